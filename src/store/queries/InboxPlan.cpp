#include "store/queries/InboxPlan.h"

#include "store/sql/Database.h"

#include <variant>

namespace kontor {

namespace {

const char *sortIndex(InboxSort sort)
{
    switch (sort) {
    case InboxSort::LastActivity:
        break;
    case InboxSort::WaitingLongest:
        return " INDEXED BY conversations_status_waiting";
    case InboxSort::SlaDue:
        return " INDEXED BY conversations_status_sla";
    case InboxSort::Priority:
        return " INDEXED BY conversations_status_priority";
    }
    return " INDEXED BY conversations_status_activity";
}

using Key = std::variant<std::monostate, qint64, QString>;

// The filter that usually narrows most, with its index and a count of its rows per status.
struct Candidate
{
    const char *index = nullptr;
    const char *countSql = nullptr; // parameters :key (unless monostate), :status, :limit
    QList<Key> keys;
};

Candidate candidateFor(const InboxFilter &filter, const QList<qint64> &myAgents)
{
    Candidate c;
    if (filter.view == InboxView::Mine) {
        c.index = " INDEXED BY conversations_assignee";
        c.countSql = "SELECT count(*) FROM (SELECT 1 FROM conversations "
                     "WHERE assignee_id = :key AND status = :status LIMIT :limit)";
        for (qint64 agent : myAgents)
            c.keys.append(agent);
    } else if (filter.inboxId) {
        c.index = " INDEXED BY conversations_inbox";
        c.countSql = "SELECT count(*) FROM (SELECT 1 FROM conversations "
                     "WHERE inbox_id = :key AND status = :status LIMIT :limit)";
        c.keys.append(*filter.inboxId);
    } else if (filter.teamId) {
        c.index = " INDEXED BY conversations_team";
        c.countSql = "SELECT count(*) FROM (SELECT 1 FROM conversations "
                     "WHERE team_id = :key AND status = :status LIMIT :limit)";
        c.keys.append(*filter.teamId);
    } else if (filter.view == InboxView::Unassigned) {
        c.index = " INDEXED BY conversations_assignee";
        c.countSql = "SELECT count(*) FROM (SELECT 1 FROM conversations "
                     "WHERE assignee_id IS NULL AND status = :status LIMIT :limit)";
        c.keys.append(std::monostate());
    } else if (filter.channel) {
        c.index = " INDEXED BY conversations_channel";
        c.countSql = "SELECT count(*) FROM (SELECT 1 FROM conversations "
                     "WHERE channel = :key AND status = :status LIMIT :limit)";
        c.keys.append(channelKey(*filter.channel));
    }
    return c;
}

// Counts the candidate's rows over the statuses, stopping as soon as they are clearly many.
qint64 boundedRows(sql::Database &db, const Candidate &c, const QList<ConversationStatus> &statuses)
{
    qint64 rows = 0;
    for (const ConversationStatus status : statuses) {
        for (const Key &key : c.keys) {
            sql::Statement count = db.prepare(c.countSql);
            if (const auto *id = std::get_if<qint64>(&key))
                count.bind(":key", *id);
            else if (const auto *text = std::get_if<QString>(&key))
                count.bind(":key", *text);
            count.bind(":status", statusKey(status));
            count.bind(":limit", InboxPlan::smallFilterRows + 1);
            rows += count.step() ? count.int64(0) : 0;
            if (rows > InboxPlan::smallFilterRows)
                return rows;
        }
    }
    return rows;
}

} // namespace

namespace {

qint64 boundedSetRows(sql::Database &db, const char *sqlText, std::optional<qint64> key)
{
    sql::Statement count = db.prepare(sqlText);
    if (key)
        count.bind(":key", *key);
    count.bind(":limit", InboxPlan::smallFilterRows + 1);
    return count.step() ? count.int64(0) : 0;
}

} // namespace

InboxPlan InboxPlan::choose(sql::Database &db, const InboxFilter &filter, InboxSort sort,
                            const QList<ConversationStatus> &statuses, const QList<qint64> &myAgents)
{
    InboxPlan plan;
    // A label or the mentions have no index in sort order; a small set is read first and sorted.
    if (filter.labelId &&
        boundedSetRows(db,
                       "SELECT count(*) FROM (SELECT 1 FROM conversation_labels WHERE label_id = :key "
                       "LIMIT :limit)",
                       *filter.labelId) <= smallFilterRows) {
        plan.from = " FROM conversation_labels cl CROSS JOIN conversations c ON c.id = cl.conversation_id "
                    "WHERE cl.label_id = :label AND ";
        plan.labelInFrom = true;
        return plan;
    }
    if (filter.view == InboxView::Mentions &&
        boundedSetRows(db,
                       "SELECT count(*) FROM (SELECT 1 FROM mentions WHERE agent_id IN "
                       "(SELECT id FROM agents WHERE is_self = 1) LIMIT :limit)",
                       std::nullopt) <= smallFilterRows) {
        plan.from = " FROM (SELECT DISTINCT conversation_id FROM mentions WHERE agent_id IN "
                    "(SELECT id FROM agents WHERE is_self = 1)) mc CROSS JOIN conversations c "
                    "ON c.id = mc.conversation_id WHERE ";
        plan.mentionsInFrom = true;
        return plan;
    }
    const Candidate candidate = filter.labelId ? Candidate() : candidateFor(filter, myAgents);
    std::string index;
    if (!candidate.index)
        index = sortIndex(sort);
    else if (sort == InboxSort::LastActivity) // the filter indexes end in last_activity_at
        index = candidate.index;
    else
        index = boundedRows(db, candidate, statuses) <= smallFilterRows ? candidate.index : sortIndex(sort);
    plan.from = " FROM conversations" + index + " WHERE ";
    return plan;
}

} // namespace kontor
