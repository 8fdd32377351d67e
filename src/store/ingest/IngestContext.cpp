#include "store/ingest/IngestContext.h"

#include "store/sql/Database.h"

namespace kontor::ingest {

IngestContext::IngestContext(sql::Database &database, ChangeSet &changeMarks, IngestResult &ingestResult,
                             UtcMillis timeNow)
    : db(database)
    , marks(changeMarks)
    , result(ingestResult)
    , now(timeNow)
{}

void IngestContext::count(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Inserted:
        ++result.inserted;
        break;
    case Outcome::Updated:
        ++result.updated;
        break;
    case Outcome::Unchanged:
        ++result.unchanged;
        break;
    }
}

void IngestContext::skip(const char *kind, const QString &remoteId, const QString &reason)
{
    result.skipped.append({QString::fromLatin1(kind), remoteId, reason});
}

std::optional<qint64> IngestContext::lookup(QHash<QString, qint64> &cache, const char *sqlText,
                                            const QString &remoteId)
{
    if (remoteId.isEmpty())
        return std::nullopt;
    const auto cached = cache.constFind(remoteId);
    if (cached != cache.constEnd())
        return *cached;
    sql::Statement find = db.prepare(sqlText);
    find.bindAll(accountId, remoteId);
    if (!find.step())
        return std::nullopt;
    const qint64 id = find.int64(0);
    cache.insert(remoteId, id);
    return id;
}

std::optional<qint64> IngestContext::inboxId(const QString &remoteId)
{
    return lookup(inboxes, "SELECT id FROM inboxes WHERE account_id = ? AND remote_id = ?", remoteId);
}

std::optional<qint64> IngestContext::agentId(const QString &remoteId)
{
    return lookup(agents, "SELECT id FROM agents WHERE account_id = ? AND remote_id = ?", remoteId);
}

std::optional<qint64> IngestContext::teamId(const QString &remoteId)
{
    return lookup(teams, "SELECT id FROM teams WHERE account_id = ? AND remote_id = ?", remoteId);
}

std::optional<qint64> IngestContext::customerId(const QString &contactRemoteId)
{
    if (contactRemoteId.isEmpty())
        return std::nullopt;
    const auto cached = customers.constFind(contactRemoteId);
    if (cached != customers.constEnd())
        return *cached;
    sql::Statement find = db.prepare(
        "SELECT customer_id, id FROM identities WHERE kind = 'contact' AND scope = ? AND value = ?");
    find.bindAll(QString::number(accountId), contactRemoteId);
    if (!find.step())
        return std::nullopt;
    const qint64 id = find.int64(0);
    customers.insert(contactRemoteId, id);
    contactIdentities.insert(contactRemoteId, find.int64(1));
    return id;
}

std::optional<qint64> IngestContext::contactIdentityId(const QString &contactRemoteId)
{
    if (!customerId(contactRemoteId))
        return std::nullopt;
    const auto cached = contactIdentities.constFind(contactRemoteId);
    if (cached != contactIdentities.constEnd())
        return *cached;
    sql::Statement find =
        db.prepare("SELECT id FROM identities WHERE kind = 'contact' AND scope = ? AND value = ?");
    find.bindAll(QString::number(accountId), contactRemoteId);
    if (!find.step())
        return std::nullopt;
    contactIdentities.insert(contactRemoteId, find.int64(0));
    return find.int64(0);
}

std::optional<ConversationRef> IngestContext::conversation(const QString &remoteId)
{
    if (remoteId.isEmpty())
        return std::nullopt;
    const auto cached = conversations.constFind(remoteId);
    if (cached != conversations.constEnd())
        return *cached;
    sql::Statement find = db.prepare(
        "SELECT id, customer_id, channel FROM conversations WHERE account_id = ? AND remote_id = ?");
    find.bindAll(accountId, remoteId);
    if (!find.step())
        return std::nullopt;
    ConversationRef ref{find.int64(0), find.int64(1), channelFromKey(find.text(2)).value_or(Channel::Api)};
    conversations.insert(remoteId, ref);
    return ref;
}

} // namespace kontor::ingest
