#pragma once

#include "core/Channel.h"
#include "core/Time.h"

#include <QList>
#include <optional>

namespace kontor::sql {
class Database;
}

namespace kontor {

enum class QueueGrouping
{
    Inbox,
    Team,
    Channel
};

// The work waiting for an agent in one queue: open conversations whose customer waits for a reply.
struct QueueFigure
{
    std::optional<qint64> groupId{};  // inbox or team id; absent for conversations without one
    std::optional<Channel> channel{}; // for QueueGrouping::Channel
    qint64 waiting = 0;
    qint64 unassignedWaiting = 0;
    std::optional<UtcMillis> oldestWaitingSince{};
    qint64 open = 0;
    // Age of the oldest waiting contact at `now`, 0 when nobody waits.
    qint64 longestWaitMs(UtcMillis now) const
    {
        return oldestWaitingSince ? qMax<qint64>(0, now - *oldestWaitingSince) : 0;
    }
};

class QueueQueries
{
public:
    explicit QueueQueries(sql::Database &db);

    QList<QueueFigure> figures(QueueGrouping grouping);
    QueueFigure totals();

private:
    sql::Database &db_;
};

} // namespace kontor
