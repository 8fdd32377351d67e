#include "store/queries/InboxQueries.h"

#include "store/queries/InboxPlan.h"
#include "store/sql/Database.h"

#include <string>

namespace kontor {

namespace {

struct SortSpec
{
    const char *key;       // first sort key, a column of conversations
    const char *secondKey; // second sort key, or "0"
    const char *order;     // ORDER BY inside an arm: matches an index
    const char *after;     // keyset condition inside an arm
    const char *outerOrder;
};

SortSpec specFor(InboxSort sort)
{
    switch (sort) {
    case InboxSort::LastActivity:
        break;
    case InboxSort::WaitingLongest:
        return {"waiting_key", "0", "waiting_key, id", "(waiting_key, id) > (:k1, :id)", "p.k1, p.id"};
    case InboxSort::SlaDue:
        return {"sla_due_at", "0", "sla_due_at, id", "(sla_due_at, id) > (:k1, :id)", "p.k1, p.id"};
    case InboxSort::Priority:
        return {"priority_rank", "last_activity_at", "priority_rank DESC, last_activity_at DESC, id DESC",
                "(priority_rank, last_activity_at, id) < (:k1, :k2, :id)", "p.k1 DESC, p.k2 DESC, p.id DESC"};
    }
    return {"last_activity_at", "0", "last_activity_at DESC, id DESC", "(last_activity_at, id) < (:k1, :id)",
            "p.k1 DESC, p.id DESC"};
}

const char rowColumns[] =
    "SELECT c.id, c.account_id, c.remote_id, c.inbox_id, c.channel, c.customer_id, cu.name, c.subject, "
    "c.status, "
    "  c.snoozed_until, c.priority, c.assignee_id, a.name, c.team_id, c.created_at, c.last_activity_at, "
    "  c.waiting_since, c.first_reply_at, c.sla_first_reply_due, c.sla_resolution_due, c.unread_count, "
    "  c.last_message_preview, "
    "  (SELECT group_concat(l.name, char(31)) FROM conversation_labels cl JOIN labels l ON l.id = "
    "cl.label_id "
    "   WHERE cl.conversation_id = c.id) ";
const char rowJoins[] =
    " JOIN customers cu ON cu.id = c.customer_id LEFT JOIN agents a ON a.id = c.assignee_id ";

ConversationRow readRow(const sql::Statement &s)
{
    ConversationRow r;
    r.id = s.int64(0);
    r.accountId = s.int64(1);
    r.remoteId = s.text(2);
    r.inboxId = s.optionalInt64(3);
    r.channel = channelFromKey(s.text(4)).value_or(Channel::Api);
    r.customerId = s.int64(5);
    r.customerName = s.text(6);
    r.subject = s.text(7);
    r.status = statusFromKey(s.text(8)).value_or(ConversationStatus::Open);
    r.snoozedUntil = s.optionalInt64(9);
    r.priority = priorityFromKey(s.text(10)).value_or(Priority::None);
    r.assigneeId = s.optionalInt64(11);
    r.assigneeName = s.text(12);
    r.teamId = s.optionalInt64(13);
    r.createdAt = s.int64(14);
    r.lastActivityAt = s.int64(15);
    r.waitingSince = s.optionalInt64(16);
    r.firstReplyAt = s.optionalInt64(17);
    r.slaFirstReplyDue = s.optionalInt64(18);
    r.slaResolutionDue = s.optionalInt64(19);
    r.unreadCount = s.int32(20);
    r.preview = s.text(21);
    if (!s.isNull(22))
        r.labels = s.text(22).split(QChar(31));
    return r;
}

QList<ConversationStatus> statusesOf(const InboxFilter &filter)
{
    if (!filter.statuses.isEmpty())
        return filter.statuses;
    return {ConversationStatus::Open, ConversationStatus::Pending, ConversationStatus::Snoozed,
            ConversationStatus::Resolved};
}

// Conditions every view shares, on columns of conversations (no table prefix).
std::string commonConditions(const InboxFilter &filter, bool labelJoined = false, bool mentionsJoined = false)
{
    std::string where;
    if (filter.channel)
        where += " AND channel = :channel";
    if (filter.inboxId)
        where += " AND inbox_id = :inbox";
    if (filter.teamId)
        where += " AND team_id = :team";
    if (filter.accountId)
        where += " AND account_id = :account";
    if (filter.labelId && !labelJoined)
        where += " AND id IN (SELECT conversation_id FROM conversation_labels WHERE label_id = :label)";
    if (filter.view == InboxView::Mentions && !mentionsJoined)
        where += " AND id IN (SELECT conversation_id FROM mentions "
                 "WHERE agent_id IN (SELECT id FROM agents WHERE is_self = 1))";
    return where;
}

void bindCommon(sql::Statement &s, const InboxFilter &filter)
{
    if (filter.channel)
        s.bind(":channel", channelKey(*filter.channel));
    if (filter.inboxId)
        s.bind(":inbox", *filter.inboxId);
    if (filter.teamId)
        s.bind(":team", *filter.teamId);
    if (filter.accountId)
        s.bind(":account", *filter.accountId);
    if (filter.labelId)
        s.bind(":label", *filter.labelId);
}

} // namespace

InboxQueries::InboxQueries(sql::Database &db)
    : db_(db)
{}

InboxPage InboxQueries::page(const InboxFilter &filter, InboxSort sort,
                             const std::optional<InboxCursor> &after, int limit)
{
    InboxPage page;
    if (limit <= 0)
        return page;
    const SortSpec spec = specFor(sort);
    const QList<ConversationStatus> statuses = statusesOf(filter);

    // The assignee dimension of an arm: mine means any agent signed in (one per account).
    QList<qint64> myAgents;
    if (filter.view == InboxView::Mine) {
        sql::Statement self = db_.prepare("SELECT id FROM agents WHERE is_self = 1 ORDER BY id");
        while (self.step())
            myAgents.append(self.int64(0));
        if (myAgents.isEmpty())
            return page;
    }
    const qsizetype assigneeArms = filter.view == InboxView::Mine ? myAgents.size() : 1;

    const InboxPlan plan = InboxPlan::choose(db_, filter, sort, statuses, myAgents);

    // One arm per (status, assignee): each is a range of an index in sort order (or a small set, sorted), cut
    // at the page size, and the arms are merged. A single IN (...) over the statuses would make SQLite sort
    // every matching row instead.
    const std::string common = commonConditions(filter, plan.labelInFrom, plan.mentionsInFrom);
    const std::string &from = plan.from;
    std::string arms;
    for (qsizetype s = 0; s < statuses.size(); ++s) {
        for (qsizetype a = 0; a < assigneeArms; ++a) {
            if (!arms.empty())
                arms += " UNION ALL ";
            arms += "SELECT * FROM (SELECT id, ";
            arms += spec.key;
            arms += " AS k1, ";
            arms += spec.secondKey;
            arms += " AS k2" + from + "status = :s" + std::to_string(s);
            if (filter.view == InboxView::Mine)
                arms += " AND assignee_id = :a" + std::to_string(a);
            else if (filter.view == InboxView::Unassigned)
                arms += " AND assignee_id IS NULL";
            arms += common;
            if (after) {
                arms += " AND ";
                arms += spec.after;
            }
            arms += " ORDER BY ";
            arms += spec.order;
            arms += " LIMIT :limit)";
        }
    }
    std::string sqlText = rowColumns;
    sqlText += ", p.k1, p.k2 FROM (" + arms + ") AS p JOIN conversations c ON c.id = p.id";
    sqlText += rowJoins;
    sqlText += "ORDER BY ";
    sqlText += spec.outerOrder;
    sqlText += " LIMIT :limit";

    sql::Statement select = db_.prepare(sqlText);
    for (qsizetype s = 0; s < statuses.size(); ++s)
        select.bind(select.parameterIndex((":s" + std::to_string(s)).c_str()), statusKey(statuses[s]));
    for (qsizetype a = 0; filter.view == InboxView::Mine && a < myAgents.size(); ++a)
        select.bind(select.parameterIndex((":a" + std::to_string(a)).c_str()), myAgents[a]);
    bindCommon(select, filter);
    if (after) {
        select.bind(":k1", after->key);
        if (select.hasParameter(":k2"))
            select.bind(":k2", after->secondKey);
        select.bind(":id", after->id);
    }
    // One row more than asked tells whether another page follows.
    select.bind(":limit", limit + 1);
    while (select.step()) {
        ConversationRow row = readRow(select);
        row.cursor = {select.int64(23), select.int64(24), row.id};
        page.rows.append(std::move(row));
    }
    if (page.rows.size() > limit) {
        page.rows.removeLast();
        page.next = page.rows.last().cursor;
    }
    return page;
}

InboxCounts InboxQueries::counts(const InboxFilter &filter)
{
    // Both counts read index entries only: the filter's index (or the label's rows) for the conversations,
    // and the partial index of unread conversations for the unread ones.
    const QList<ConversationStatus> statuses = statusesOf(filter);
    std::string where = " status IN (";
    for (qsizetype s = 0; s < statuses.size(); ++s)
        where += (s ? ", :s" : ":s") + std::to_string(s);
    where += ")";
    if (filter.view == InboxView::Mine)
        where += " AND assignee_id IN (SELECT id FROM agents WHERE is_self = 1)";
    else if (filter.view == InboxView::Unassigned)
        where += " AND assignee_id IS NULL";
    where += commonConditions(filter, filter.labelId.has_value());
    const std::string from = filter.labelId
                                 ? "SELECT count(*) FROM conversation_labels cl CROSS JOIN conversations c "
                                   "ON c.id = cl.conversation_id WHERE cl.label_id = :label AND"
                                 : "SELECT count(*) FROM conversations WHERE";
    const std::string unreadFrom = filter.labelId ? from
                                                  : "SELECT count(*) FROM conversations INDEXED BY "
                                                    "conversations_unread WHERE";

    InboxCounts counts;
    for (int unread = 0; unread < 2; ++unread) {
        sql::Statement select =
            db_.prepare((unread ? unreadFrom : from) + where + (unread ? " AND unread_count > 0" : ""));
        for (qsizetype s = 0; s < statuses.size(); ++s)
            select.bind(select.parameterIndex((":s" + std::to_string(s)).c_str()), statusKey(statuses[s]));
        bindCommon(select, filter);
        const qint64 n = select.step() ? select.int64(0) : 0;
        (unread ? counts.unread : counts.conversations) = n;
    }
    return counts;
}

std::optional<ConversationRow> InboxQueries::conversation(qint64 id)
{
    sql::Statement select =
        db_.prepare(std::string(rowColumns) + "FROM conversations c" + rowJoins + "WHERE c.id = ?");
    select.bindAll(id);
    if (!select.step())
        return std::nullopt;
    return readRow(select);
}

QList<ConversationRow> InboxQueries::conversationsOfCustomer(qint64 customerId, int limit)
{
    sql::Statement select =
        db_.prepare(std::string(rowColumns) + "FROM conversations c" + rowJoins +
                    "WHERE c.customer_id = ? ORDER BY c.last_activity_at DESC, c.id DESC LIMIT ?");
    select.bindAll(customerId, limit);
    QList<ConversationRow> rows;
    while (select.step())
        rows.append(readRow(select));
    return rows;
}

} // namespace kontor
