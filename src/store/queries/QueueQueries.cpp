#include "store/queries/QueueQueries.h"

#include "store/sql/Database.h"

namespace kontor {

namespace {

// One pass over the open conversations (a small part of the store: resolved ones are the bulk), cheap enough
// for a wallboard that refreshes every few seconds.
const char byInbox[] =
    "SELECT inbox_id, count(waiting_since), total(waiting_since IS NOT NULL AND assignee_id IS NULL), "
    "  min(waiting_since), count(*) FROM conversations WHERE status = 'open' GROUP BY inbox_id ORDER BY "
    "inbox_id";
const char byTeam[] =
    "SELECT team_id, count(waiting_since), total(waiting_since IS NOT NULL AND assignee_id IS NULL), "
    "  min(waiting_since), count(*) FROM conversations WHERE status = 'open' GROUP BY team_id ORDER BY "
    "team_id";
const char byChannel[] =
    "SELECT channel, count(waiting_since), total(waiting_since IS NOT NULL AND assignee_id IS NULL), "
    "  min(waiting_since), count(*) FROM conversations WHERE status = 'open' GROUP BY channel ORDER BY "
    "channel";
const char overall[] =
    "SELECT NULL, count(waiting_since), total(waiting_since IS NOT NULL AND assignee_id IS NULL), "
    "  min(waiting_since), count(*) FROM conversations WHERE status = 'open'";

QueueFigure readFigure(const sql::Statement &s, QueueGrouping grouping)
{
    QueueFigure f;
    if (grouping == QueueGrouping::Channel)
        f.channel = channelFromKey(s.text(0));
    else
        f.groupId = s.optionalInt64(0);
    f.waiting = s.int64(1);
    f.unassignedWaiting = qint64(s.real(2));
    f.oldestWaitingSince = s.optionalInt64(3);
    f.open = s.int64(4);
    return f;
}

} // namespace

QueueQueries::QueueQueries(sql::Database &db)
    : db_(db)
{}

QList<QueueFigure> QueueQueries::figures(QueueGrouping grouping)
{
    const char *sqlText = grouping == QueueGrouping::Inbox  ? byInbox
                          : grouping == QueueGrouping::Team ? byTeam
                                                            : byChannel;
    sql::Statement select = db_.prepare(sqlText);
    QList<QueueFigure> figures;
    while (select.step())
        figures.append(readFigure(select, grouping));
    return figures;
}

QueueFigure QueueQueries::totals()
{
    sql::Statement select = db_.prepare(overall);
    select.step();
    return readFigure(select, QueueGrouping::Inbox);
}

} // namespace kontor
