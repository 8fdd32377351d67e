#pragma once

#include "store/queries/InboxQueries.h"

#include <string>

namespace kontor::sql {
class Database;
}

namespace kontor {

// How the arms of an inbox page read conversations. SQLite's planner, without statistics, cannot tell a
// filter that keeps 500 conversations from one that keeps 50,000, and picks the wrong index either way
// (reading tens of thousands of index entries for a page of mine, or sorting a quarter of the inbox). The
// plan decides from a bounded count of the filter instead:
// - a small filter (at most smallFilterRows rows) is read through its own index, and its rows are sorted;
// - a large one is read through the sort key's index in order, skipping rows the filter rejects.
// Sorting by last activity needs no choice when the filter has an index: those end in last_activity_at.
struct InboxPlan
{
    static constexpr qint64 smallFilterRows = 2000;

    // The arms' "FROM … WHERE " prefix: conversations through the chosen index, or a small label or mentions
    // set joined to conversations.
    std::string from;
    bool labelInFrom = false;    // the label condition is the join itself
    bool mentionsInFrom = false; // the mentions condition is the join itself

    static InboxPlan choose(sql::Database &db, const InboxFilter &filter, InboxSort sort,
                            const QList<ConversationStatus> &statuses, const QList<qint64> &myAgents);
};

} // namespace kontor
