#include "store/queries/RemoteIdQueries.h"

#include "store/sql/Database.h"

namespace kontor {

namespace {
// A record without a remote id reads as an empty one.
std::optional<QString> remoteIdOf(sql::Database &db, const char *sqlText, qint64 id)
{
    sql::Statement select = db.prepare(sqlText);
    select.bindAll(id);
    if (!select.step())
        return std::nullopt;
    return select.isNull(0) ? QString() : select.text(0);
}
} // namespace

RemoteIdQueries::RemoteIdQueries(sql::Database &db)
    : db_(db)
{}

std::optional<ConversationRemote> RemoteIdQueries::conversation(qint64 conversationId)
{
    sql::Statement select = db_.prepare("SELECT remote_id, channel FROM conversations WHERE id = ?");
    select.bindAll(conversationId);
    if (!select.step())
        return std::nullopt;
    ConversationRemote remote;
    if (!select.isNull(0))
        remote.remoteId = select.text(0);
    if (!select.isNull(1))
        remote.channel = channelFromKey(select.text(1));
    return remote;
}

QString RemoteIdQueries::contact(qint64 customerId, qint64 accountId)
{
    sql::Statement select =
        db_.prepare("SELECT value FROM identities WHERE customer_id = ? AND kind = 'contact' "
                    "AND account_id = ? ORDER BY id LIMIT 1");
    select.bindAll(customerId, accountId);
    return select.step() ? select.text(0) : QString();
}

std::optional<QString> RemoteIdQueries::inbox(qint64 inboxId)
{
    return remoteIdOf(db_, "SELECT remote_id FROM inboxes WHERE id = ?", inboxId);
}

std::optional<AgentRemote> RemoteIdQueries::agent(qint64 agentId)
{
    sql::Statement select = db_.prepare("SELECT remote_id, name FROM agents WHERE id = ?");
    select.bindAll(agentId);
    if (!select.step())
        return std::nullopt;
    return AgentRemote{select.isNull(0) ? QString() : select.text(0), select.text(1)};
}

std::optional<QString> RemoteIdQueries::team(qint64 teamId)
{
    return remoteIdOf(db_, "SELECT remote_id FROM teams WHERE id = ?", teamId);
}

} // namespace kontor
