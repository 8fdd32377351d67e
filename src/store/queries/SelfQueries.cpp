#include "store/queries/SelfQueries.h"

#include "store/sql/Database.h"

namespace kontor {

SelfQueries::SelfQueries(sql::Database &db)
    : db_(db)
{}

QSet<qint64> SelfQueries::agentIds()
{
    sql::Statement select = db_.prepare("SELECT id FROM agents WHERE is_self = 1");
    QSet<qint64> ids;
    while (select.step())
        ids.insert(select.int64(0));
    return ids;
}

bool SelfQueries::isSelf(qint64 agentId)
{
    sql::Statement select = db_.prepare("SELECT is_self FROM agents WHERE id = ?");
    select.bindAll(agentId);
    return select.step() && select.int64(0) != 0;
}

QSet<qint64> SelfQueries::openAssignedConversations()
{
    sql::Statement select = db_.prepare("SELECT id FROM conversations WHERE status <> 'resolved' "
                                        "AND assignee_id IN (SELECT id FROM agents WHERE is_self = 1)");
    QSet<qint64> ids;
    while (select.step())
        ids.insert(select.int64(0));
    return ids;
}

bool SelfQueries::mentionedIn(qint64 conversationId)
{
    sql::Statement select = db_.prepare("SELECT 1 FROM mentions WHERE conversation_id = ? "
                                        "AND agent_id IN (SELECT id FROM agents WHERE is_self = 1) LIMIT 1");
    select.bindAll(conversationId);
    return select.step();
}

bool SelfQueries::mentionedInMessage(qint64 messageId, std::optional<qint64> authorAgentId)
{
    sql::Statement select = db_.prepare("SELECT 1 FROM mentions m JOIN agents a ON a.id = m.agent_id "
                                        "WHERE m.message_id = ? AND a.is_self = 1 AND m.agent_id IS NOT ?");
    select.bindAll(messageId, authorAgentId);
    return select.step();
}

} // namespace kontor
