#include "store/migrations/MigrationSteps.h"

#include "store/sql/Database.h"

namespace kontor::migrations {

// The inbox sorts need one ascending or descending key per order, each with an index that starts with the
// status (every inbox view filters by it), so that a page is an index range, never a sort of the whole inbox.
// The keys are virtual generated columns: nothing to keep in step, and the indexes hold the computed values.
// "Not waiting" and "no SLA" sort last, hence the largest integer in place of NULL.
static const char inboxSortKeys[] = R"sql(
ALTER TABLE conversations ADD COLUMN priority_rank INTEGER GENERATED ALWAYS AS (
    CASE priority WHEN 'urgent' THEN 4 WHEN 'high' THEN 3 WHEN 'medium' THEN 2 WHEN 'low' THEN 1 ELSE 0 END
) VIRTUAL;
ALTER TABLE conversations ADD COLUMN waiting_key INTEGER GENERATED ALWAYS AS (
    coalesce(waiting_since, 9223372036854775807)
) VIRTUAL;
-- The next deadline: the first-reply SLA while no agent has replied, the resolution SLA after that.
ALTER TABLE conversations ADD COLUMN sla_due_at INTEGER GENERATED ALWAYS AS (
    coalesce(CASE WHEN first_reply_at IS NULL
                  THEN min(coalesce(sla_first_reply_due, 9223372036854775807),
                           coalesce(sla_resolution_due, 9223372036854775807))
                  ELSE sla_resolution_due END,
             9223372036854775807)
) VIRTUAL;

CREATE INDEX conversations_status_priority ON conversations(status, priority_rank, last_activity_at);
CREATE INDEX conversations_status_waiting ON conversations(status, waiting_key);
CREATE INDEX conversations_status_sla ON conversations(status, sla_due_at);
)sql";

void addInboxSortKeys(sql::Database &db)
{
    db.exec(inboxSortKeys);
}

} // namespace kontor::migrations
