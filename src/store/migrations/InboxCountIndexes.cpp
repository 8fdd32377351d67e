#include "store/migrations/MigrationSteps.h"

#include "store/sql/Database.h"

namespace kontor::migrations {

// The live counts beside every inbox view read index entries only. Unread conversations get a partial index
// with the columns the views filter on, so counting them never reads a table row; the channel filter gets the
// index the other filters have (its pages sorted by activity, its counts).
static const char inboxCountIndexes[] = R"sql(
CREATE INDEX conversations_unread ON conversations(status, assignee_id, inbox_id, team_id, channel)
    WHERE unread_count > 0;
CREATE INDEX conversations_channel ON conversations(channel, status, last_activity_at);
)sql";

void addInboxCountIndexes(sql::Database &db)
{
    db.exec(inboxCountIndexes);
}

} // namespace kontor::migrations
