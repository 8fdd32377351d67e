#include "store/migrations/MigrationSteps.h"

#include "store/sql/Database.h"

namespace kontor::migrations {

// Supervisors' figures need when a conversation was resolved (resolution time, resolved today, first-contact
// resolution) and the contacts offered in a period. resolved_at follows the status in triggers, so that every
// write path (ingest, agent actions, replays) keeps it right without knowing about it:
// - a conversation that arrives resolved was resolved at its last activity;
// - one that becomes resolved was resolved at its new last activity when the change brought one (a backend
//   reporting it), else now (the agent resolving it here);
// - reopening clears it.
// Stores made before this step get the last activity of their resolved conversations, the best estimate there
// is.
static const char resolutionTimes[] = R"sql(
ALTER TABLE conversations ADD COLUMN resolved_at INTEGER;
UPDATE conversations SET resolved_at = last_activity_at WHERE status = 'resolved';
CREATE INDEX conversations_created ON conversations(created_at);
CREATE INDEX conversations_resolved ON conversations(resolved_at) WHERE resolved_at IS NOT NULL;

CREATE TRIGGER conversations_resolved_on_insert AFTER INSERT ON conversations
WHEN new.status = 'resolved' AND new.resolved_at IS NULL
BEGIN
    UPDATE conversations SET resolved_at = new.last_activity_at WHERE id = new.id;
END;

CREATE TRIGGER conversations_resolved_on_update AFTER UPDATE OF status ON conversations
WHEN new.status IS NOT old.status
BEGIN
    UPDATE conversations SET resolved_at =
        CASE WHEN new.status <> 'resolved' THEN NULL
             WHEN new.last_activity_at > old.last_activity_at THEN new.last_activity_at
             ELSE CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) END
    WHERE id = new.id;
END;
)sql";

void addResolutionTimes(sql::Database &db)
{
    db.exec(resolutionTimes);
}

} // namespace kontor::migrations
