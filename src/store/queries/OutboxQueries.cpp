#include "store/queries/OutboxQueries.h"

#include "store/actions/ActionPayload.h"
#include "store/sql/Database.h"

#include <string>

namespace kontor {

namespace {

const char entryColumns[] =
    "SELECT o.id, o.uuid, o.account_id, o.conversation_id, o.kind, o.payload, o.state, "
    "  o.attempts, o.next_attempt_at, o.last_error, o.depends_on, o.created_at, o.updated_at, "
    "  coalesce(o.first_sent_at, 0) "
    "FROM outbox o ";

OutboxEntry readEntry(const sql::Statement &s)
{
    OutboxEntry e;
    e.id = s.int64(0);
    e.uuid = s.text(1);
    e.accountId = s.int64(2);
    e.conversationId = s.optionalInt64(3);
    e.kind = s.text(4);
    e.payload = s.text(5).toUtf8();
    e.state = outboxStateFromKey(s.text(6)).value_or(OutboxState::Failed);
    e.attempts = s.int32(7);
    e.nextAttemptAt = s.int64(8);
    e.lastError = s.text(9);
    e.dependsOn = s.text(10);
    e.createdAt = s.int64(11);
    e.updatedAt = s.int64(12);
    e.firstSentAt = s.int64(13);
    return e;
}

} // namespace

OutboxQueries::OutboxQueries(sql::Database &db)
    : db_(db)
{}

std::optional<OutboxEntry> OutboxQueries::entry(const QString &uuid)
{
    sql::Statement select = db_.prepare(std::string(entryColumns) + "WHERE o.uuid = ?");
    select.bindAll(uuid);
    if (!select.step())
        return std::nullopt;
    return readEntry(select);
}

QList<OutboxEntry> OutboxQueries::deliverable(UtcMillis now, int limit)
{
    sql::Statement select = db_.prepare(
        std::string(entryColumns) +
        "WHERE o.state IN ('queued', 'uncertain') AND o.next_attempt_at <= ?1 "
        "  AND NOT EXISTS (SELECT 1 FROM outbox d WHERE d.uuid = o.depends_on AND d.state <> 'confirmed') "
        "ORDER BY o.next_attempt_at, o.id LIMIT ?2");
    select.bindAll(now, limit);
    QList<OutboxEntry> entries;
    while (select.step())
        entries.append(readEntry(select));
    return entries;
}

QList<OutboxEntry> OutboxQueries::pending(qint64 conversationId)
{
    sql::Statement select = db_.prepare(
        std::string(entryColumns) + "WHERE o.conversation_id = ? AND o.state <> 'confirmed' ORDER BY o.id");
    select.bindAll(conversationId);
    QList<OutboxEntry> entries;
    while (select.step())
        entries.append(readEntry(select));
    return entries;
}

QList<OutboxEntry> OutboxQueries::inFlight()
{
    sql::Statement select =
        db_.prepare(std::string(entryColumns) + "WHERE o.state = 'sending' ORDER BY o.id");
    QList<OutboxEntry> entries;
    while (select.step())
        entries.append(readEntry(select));
    return entries;
}

namespace {

// The names come from the payload's ids; an id that no longer resolves leaves its name empty.
const char unfinishedColumns[] =
    "SELECT o.id, o.uuid, o.account_id, o.conversation_id, o.kind, o.payload, o.state, "
    "  o.attempts, o.next_attempt_at, o.last_error, o.depends_on, o.created_at, o.updated_at, "
    "  coalesce(o.first_sent_at, 0), coalesce(cu.name, survivor.name, owner.name, ''), coalesce(c.subject, "
    "''), "
    "c.channel, "
    "  c.id IS NULL OR c.remote_id IS NOT NULL, "
    "  coalesce(a.name, ''), coalesce(t.name, ''), coalesce(merged.name, ''), d.kind, d.state "
    "FROM outbox o "
    "LEFT JOIN conversations c ON c.id = o.conversation_id "
    "LEFT JOIN customers cu ON cu.id = c.customer_id "
    "LEFT JOIN agents a ON o.kind = 'assign' AND a.id = json_extract(o.payload, '$.agent_id') "
    "LEFT JOIN teams t ON o.kind = 'assign' AND t.id = json_extract(o.payload, '$.team_id') "
    "LEFT JOIN customer_merges m "
    "  ON o.kind = 'merge_contacts' AND m.id = json_extract(o.payload, '$.merge_id') "
    "LEFT JOIN customers survivor ON survivor.id = m.survivor_id "
    "LEFT JOIN customers merged ON merged.id = m.merged_id "
    "LEFT JOIN identities contact ON o.kind = 'update_contact' AND contact.kind = 'contact' "
    "  AND contact.account_id = o.account_id AND contact.value = json_extract(o.payload, '$.contact') "
    "LEFT JOIN customers owner ON owner.id = contact.customer_id "
    "LEFT JOIN outbox d ON d.uuid = o.depends_on "
    "WHERE o.state <> 'confirmed' ";

UnfinishedAction readUnfinished(const sql::Statement &select)
{
    UnfinishedAction a;
    a.entry = readEntry(select);
    a.action = OutboxQueries::actionOf(a.entry);
    a.customerName = select.text(14);
    a.subject = select.text(15);
    if (const std::optional<QString> channel = select.optionalText(16))
        a.channel = channelFromKey(*channel);
    a.conversationStarted = select.int64(17) != 0;
    a.agentName = select.text(18);
    a.teamName = select.text(19);
    a.mergedCustomerName = select.text(20);
    a.dependsOnKind = select.text(21);
    if (const std::optional<QString> state = select.optionalText(22))
        a.dependsOnState = outboxStateFromKey(*state);
    return a;
}

} // namespace

std::optional<AgentAction> OutboxQueries::actionOf(const OutboxEntry &entry)
{
    return actions::decodePayload(entry.kind, entry.accountId, entry.conversationId.value_or(0),
                                  entry.payload);
}

QList<UnfinishedAction> OutboxQueries::unfinished(int limit)
{
    sql::Statement select = db_.prepare(std::string(unfinishedColumns) + "ORDER BY o.id LIMIT ?");
    select.bindAll(limit);
    QList<UnfinishedAction> actions;
    while (select.step())
        actions.append(readUnfinished(select));
    return actions;
}

std::optional<UnfinishedAction> OutboxQueries::unfinishedAction(const QString &uuid)
{
    sql::Statement select = db_.prepare(std::string(unfinishedColumns) + "AND o.uuid = ?");
    select.bindAll(uuid);
    if (!select.step())
        return std::nullopt;
    return readUnfinished(select);
}

QMap<OutboxState, qint64> OutboxQueries::countsByState()
{
    sql::Statement select = db_.prepare("SELECT state, count(*) FROM outbox GROUP BY state");
    QMap<OutboxState, qint64> counts;
    while (select.step()) {
        if (const auto state = outboxStateFromKey(select.text(0)))
            counts.insert(*state, select.int64(1));
    }
    return counts;
}

std::optional<UtcMillis> OutboxQueries::nextAttemptAt()
{
    sql::Statement select =
        db_.prepare("SELECT min(next_attempt_at) FROM outbox WHERE state IN ('queued', 'uncertain')");
    if (!select.step())
        return std::nullopt;
    return select.optionalInt64(0);
}

} // namespace kontor
