#include "store/migrations/MigrationSteps.h"

#include "store/sql/Database.h"

namespace kontor::migrations {

// Delivery certainty lives in the store: an entry whose request may have landed is 'uncertain' (checked with
// the backend before anything is sent again) or 'unknown' (the backend cannot say; the agent decides), and
// first_sent_at tells a connector from when on to look for an earlier attempt. SQLite cannot change a CHECK
// constraint in place, so the table is rebuilt. The old table is renamed first: its own depends_on reference
// follows the rename, so that dropping it cannot touch the new table's rows.
static const char deliveryCertainty[] = R"sql(
ALTER TABLE outbox RENAME TO outbox_before_certainty;

CREATE TABLE outbox (
    id               INTEGER PRIMARY KEY,
    uuid             TEXT NOT NULL UNIQUE,
    account_id       INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    conversation_id  INTEGER REFERENCES conversations(id) ON DELETE SET NULL,
    kind             TEXT NOT NULL,
    payload          TEXT NOT NULL DEFAULT '{}',
    state            TEXT NOT NULL DEFAULT 'queued'
                     CHECK (state IN ('queued', 'sending', 'confirmed', 'failed', 'uncertain', 'unknown')),
    attempts         INTEGER NOT NULL DEFAULT 0,
    next_attempt_at  INTEGER NOT NULL,
    last_error       TEXT,
    depends_on       TEXT REFERENCES outbox(uuid) ON DELETE SET NULL,
    created_at       INTEGER NOT NULL,
    updated_at       INTEGER NOT NULL,
    first_sent_at    INTEGER
);

-- An entry found 'sending' was cut off on its way: it may have landed, and is checked before it is resent.
INSERT INTO outbox(id, uuid, account_id, conversation_id, kind, payload, state, attempts, next_attempt_at,
                   last_error, depends_on, created_at, updated_at, first_sent_at)
SELECT id, uuid, account_id, conversation_id, kind, payload,
       CASE WHEN state = 'sending' THEN 'uncertain' ELSE state END,
       attempts, next_attempt_at, last_error, depends_on, created_at, updated_at,
       CASE WHEN attempts > 0 THEN created_at END
FROM outbox_before_certainty ORDER BY id;

DROP TABLE outbox_before_certainty;

CREATE INDEX outbox_state ON outbox(state, next_attempt_at);
CREATE INDEX outbox_conversation ON outbox(conversation_id, state);
CREATE INDEX outbox_depends_on ON outbox(depends_on);
)sql";

void addDeliveryCertainty(sql::Database &db)
{
    db.exec(deliveryCertainty);
}

} // namespace kontor::migrations
