#include "models/InboxOrdering.h"

#include <limits>
#include <tuple>

namespace kontor::models {

namespace {
constexpr qint64 sortsLast = std::numeric_limits<qint64>::max();

qint64 priorityRank(Priority priority)
{
    switch (priority) {
    case Priority::Urgent:
        return 4;
    case Priority::High:
        return 3;
    case Priority::Medium:
        return 2;
    case Priority::Low:
        return 1;
    case Priority::None:
        break;
    }
    return 0;
}
} // namespace

std::optional<UtcMillis> nextSlaDeadline(const ConversationRow &row)
{
    if (!row.firstReplyAt) {
        if (row.slaFirstReplyDue && row.slaResolutionDue)
            return qMin(*row.slaFirstReplyDue, *row.slaResolutionDue);
        return row.slaFirstReplyDue ? row.slaFirstReplyDue : row.slaResolutionDue;
    }
    return row.slaResolutionDue;
}

InboxCursor inboxSortCursor(const ConversationRow &row, InboxSort sort)
{
    switch (sort) {
    case InboxSort::LastActivity:
        break;
    case InboxSort::WaitingLongest:
        return {row.waitingSince.value_or(sortsLast), 0, row.id};
    case InboxSort::SlaDue:
        return {nextSlaDeadline(row).value_or(sortsLast), 0, row.id};
    case InboxSort::Priority:
        return {priorityRank(row.priority), row.lastActivityAt, row.id};
    }
    return {row.lastActivityAt, 0, row.id};
}

bool inboxSortsBefore(const InboxCursor &a, const InboxCursor &b, InboxSort sort)
{
    const auto ka = std::tie(a.key, a.secondKey, a.id);
    const auto kb = std::tie(b.key, b.secondKey, b.id);
    switch (sort) {
    case InboxSort::WaitingLongest:
    case InboxSort::SlaDue:
        return ka < kb; // ascending: the longest wait and the nearest deadline first
    case InboxSort::LastActivity:
    case InboxSort::Priority:
        break;
    }
    return ka > kb; // descending: the newest and the most urgent first
}

} // namespace kontor::models
