#include "store/migrations/MigrationSteps.h"

#include "store/sql/Database.h"

namespace kontor::migrations {

// Times are UTC milliseconds since the epoch. Enumerations are stored as the stable text keys from core/
// (channelKey, statusKey…). Every entity a backend knows keeps its remote id, unique per connector account.
static const char baseSchema[] = R"sql(
CREATE TABLE accounts (
    id          INTEGER PRIMARY KEY,
    connector   TEXT NOT NULL,          -- 'demo', 'chatwoot', 'imap'…
    remote_id   TEXT NOT NULL,          -- the backend's own name for the account
    name        TEXT NOT NULL DEFAULT '',
    created_at  INTEGER NOT NULL,
    UNIQUE (connector, remote_id)
);

CREATE TABLE inboxes (
    id          INTEGER PRIMARY KEY,
    account_id  INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    remote_id   TEXT NOT NULL,
    name        TEXT NOT NULL DEFAULT '',
    channel     TEXT NOT NULL,
    UNIQUE (account_id, remote_id)
);

-- A customer is one person across every connector; the connectors' contact records are identities of kind
-- 'contact'. A merged customer keeps its row (merged_into set) so that a merge can be undone exactly.
CREATE TABLE customers (
    id           INTEGER PRIMARY KEY,
    name         TEXT NOT NULL DEFAULT '',
    created_at   INTEGER NOT NULL,
    updated_at   INTEGER NOT NULL,
    merged_into  INTEGER REFERENCES customers(id)
);
CREATE INDEX customers_merged_into ON customers(merged_into);

-- One identity belongs to one customer: value is normalised (email trimmed and lower-cased, phone E.164), and
-- scope separates the namespaces that are not global: the platform for messenger handles, the account id for
-- a backend's contact ids, '' for email and phone.
CREATE TABLE identities (
    id             INTEGER PRIMARY KEY,
    customer_id    INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    kind           TEXT NOT NULL,
    value          TEXT NOT NULL,
    scope          TEXT NOT NULL DEFAULT '',
    platform       TEXT,
    account_id     INTEGER REFERENCES accounts(id) ON DELETE CASCADE,
    display_value  TEXT NOT NULL DEFAULT '',
    created_at     INTEGER NOT NULL,
    UNIQUE (kind, scope, value)
);
CREATE INDEX identities_customer ON identities(customer_id);
CREATE INDEX identities_account ON identities(account_id);

CREATE TABLE agents (
    id              INTEGER PRIMARY KEY,
    account_id      INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    remote_id       TEXT NOT NULL,
    name            TEXT NOT NULL DEFAULT '',
    email           TEXT NOT NULL DEFAULT '',
    presence        TEXT NOT NULL DEFAULT 'offline',
    presence_since  INTEGER,
    capacity        INTEGER NOT NULL DEFAULT 0,   -- concurrent conversations; 0 means no limit
    is_self         INTEGER NOT NULL DEFAULT 0,   -- the agent signed in on this account
    UNIQUE (account_id, remote_id)
);

-- Merges are recorded with every row they moved, so that unmerge restores exactly what was there.
CREATE TABLE customer_merges (
    id              INTEGER PRIMARY KEY,
    survivor_id     INTEGER NOT NULL REFERENCES customers(id),
    merged_id       INTEGER NOT NULL REFERENCES customers(id),
    actor_agent_id  INTEGER REFERENCES agents(id) ON DELETE SET NULL,   -- NULL when resolved automatically
    reason          TEXT NOT NULL,
    created_at      INTEGER NOT NULL,
    undone_at       INTEGER
);
CREATE INDEX customer_merges_survivor ON customer_merges(survivor_id);
CREATE INDEX customer_merges_merged ON customer_merges(merged_id);
CREATE TABLE customer_merge_items (
    merge_id   INTEGER NOT NULL REFERENCES customer_merges(id) ON DELETE CASCADE,
    item_kind  TEXT NOT NULL,     -- 'identity', 'conversation', 'csat'
    item_id    INTEGER NOT NULL,
    PRIMARY KEY (merge_id, item_kind, item_id)
) WITHOUT ROWID;

CREATE TABLE merge_suggestions (
    id          INTEGER PRIMARY KEY,
    customer_a  INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    customer_b  INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    reason      TEXT NOT NULL,
    score       REAL NOT NULL DEFAULT 0,
    state       TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'accepted', 'dismissed')),
    created_at  INTEGER NOT NULL,
    CHECK (customer_a < customer_b),
    UNIQUE (customer_a, customer_b)
);
CREATE INDEX merge_suggestions_b ON merge_suggestions(customer_b);

CREATE TABLE teams (
    id          INTEGER PRIMARY KEY,
    account_id  INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    remote_id   TEXT NOT NULL,
    name        TEXT NOT NULL DEFAULT '',
    UNIQUE (account_id, remote_id)
);
CREATE TABLE team_members (
    team_id   INTEGER NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
    agent_id  INTEGER NOT NULL REFERENCES agents(id) ON DELETE CASCADE,
    PRIMARY KEY (team_id, agent_id)
) WITHOUT ROWID;
CREATE INDEX team_members_agent ON team_members(agent_id);

CREATE TABLE labels (
    id     INTEGER PRIMARY KEY,
    name   TEXT NOT NULL UNIQUE COLLATE NOCASE,
    color  TEXT NOT NULL DEFAULT ''
);

-- remote_id is NULL for a conversation created here until its backend confirms it.
CREATE TABLE conversations (
    id                    INTEGER PRIMARY KEY,
    account_id            INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    remote_id             TEXT,
    inbox_id              INTEGER REFERENCES inboxes(id) ON DELETE SET NULL,
    channel               TEXT NOT NULL,
    customer_id           INTEGER NOT NULL REFERENCES customers(id),
    subject               TEXT NOT NULL DEFAULT '',
    status                TEXT NOT NULL DEFAULT 'open',
    snoozed_until         INTEGER,
    priority              TEXT NOT NULL DEFAULT 'none',
    assignee_id           INTEGER REFERENCES agents(id) ON DELETE SET NULL,
    team_id               INTEGER REFERENCES teams(id) ON DELETE SET NULL,
    created_at            INTEGER NOT NULL,
    last_activity_at      INTEGER NOT NULL,
    waiting_since         INTEGER,          -- the customer has waited for an agent since then; NULL when not
    first_reply_at        INTEGER,
    sla_first_reply_due   INTEGER,
    sla_resolution_due    INTEGER,
    unread_count          INTEGER NOT NULL DEFAULT 0,
    last_message_preview  TEXT NOT NULL DEFAULT '',
    UNIQUE (account_id, remote_id)
);
CREATE INDEX conversations_status_activity ON conversations(status, last_activity_at);
CREATE INDEX conversations_assignee ON conversations(assignee_id, status, last_activity_at);
CREATE INDEX conversations_inbox ON conversations(inbox_id, status, last_activity_at);
CREATE INDEX conversations_team ON conversations(team_id, status, last_activity_at);
CREATE INDEX conversations_customer ON conversations(customer_id, last_activity_at);

CREATE TABLE conversation_labels (
    conversation_id  INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
    label_id         INTEGER NOT NULL REFERENCES labels(id) ON DELETE CASCADE,
    PRIMARY KEY (conversation_id, label_id)
) WITHOUT ROWID;
CREATE INDEX conversation_labels_label ON conversation_labels(label_id, conversation_id);

-- customer_id repeats the conversation's customer so that a customer's timeline is one index range; the
-- trigger below keeps it right when a conversation moves to another customer (merge, unmerge).
-- body_text is the plain-text rendition of an HTML body, used for search; NULL when body is plain already.
CREATE TABLE messages (
    id                  INTEGER PRIMARY KEY,
    conversation_id     INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
    account_id          INTEGER NOT NULL,
    customer_id         INTEGER NOT NULL,
    remote_id           TEXT,
    client_uuid         TEXT UNIQUE,
    kind                TEXT NOT NULL,
    channel             TEXT NOT NULL,
    author_agent_id     INTEGER,
    author_customer_id  INTEGER,
    author_name         TEXT NOT NULL DEFAULT '',
    body                TEXT NOT NULL DEFAULT '',
    body_format         TEXT NOT NULL DEFAULT 'plain',
    body_text           TEXT,
    created_at          INTEGER NOT NULL,
    delivery_state      TEXT NOT NULL DEFAULT 'none',
    UNIQUE (account_id, remote_id)
);
CREATE INDEX messages_conversation ON messages(conversation_id, created_at);
CREATE INDEX messages_customer ON messages(customer_id, created_at);

CREATE TRIGGER conversations_customer_moved AFTER UPDATE OF customer_id ON conversations
WHEN old.customer_id IS NOT new.customer_id
BEGIN
    UPDATE messages SET customer_id = new.customer_id WHERE conversation_id = new.id;
END;

CREATE TABLE mentions (
    message_id       INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
    agent_id         INTEGER NOT NULL REFERENCES agents(id) ON DELETE CASCADE,
    conversation_id  INTEGER NOT NULL,
    PRIMARY KEY (message_id, agent_id)
) WITHOUT ROWID;
CREATE INDEX mentions_agent ON mentions(agent_id, conversation_id);

CREATE TABLE attachments (
    id          INTEGER PRIMARY KEY,
    message_id  INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
    account_id  INTEGER NOT NULL,
    remote_id   TEXT,
    file_name   TEXT NOT NULL DEFAULT '',
    mime_type   TEXT NOT NULL DEFAULT '',
    size_bytes  INTEGER,
    remote_url  TEXT,
    local_path  TEXT,
    UNIQUE (account_id, remote_id)
);
CREATE INDEX attachments_message ON attachments(message_id);

CREATE TABLE canned_responses (
    id          INTEGER PRIMARY KEY,
    account_id  INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    remote_id   TEXT NOT NULL,
    short_code  TEXT NOT NULL,
    content     TEXT NOT NULL DEFAULT '',
    UNIQUE (account_id, remote_id)
);
CREATE INDEX canned_responses_short_code ON canned_responses(short_code);

CREATE TABLE csat_answers (
    id               INTEGER PRIMARY KEY,
    account_id       INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    remote_id        TEXT NOT NULL,
    conversation_id  INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
    customer_id      INTEGER NOT NULL,
    rating           INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5),
    comment          TEXT NOT NULL DEFAULT '',
    created_at       INTEGER NOT NULL,
    UNIQUE (account_id, remote_id)
);
CREATE INDEX csat_answers_conversation ON csat_answers(conversation_id);
CREATE INDEX csat_answers_created ON csat_answers(created_at);

-- The agent's actions not yet confirmed by their backend. uuid is the idempotency key sent with the action;
-- depends_on names the entry that must be confirmed first.
CREATE TABLE outbox (
    id               INTEGER PRIMARY KEY,
    uuid             TEXT NOT NULL UNIQUE,
    account_id       INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    conversation_id  INTEGER REFERENCES conversations(id) ON DELETE SET NULL,
    kind             TEXT NOT NULL,
    payload          TEXT NOT NULL DEFAULT '{}',
    state            TEXT NOT NULL DEFAULT 'queued'
                     CHECK (state IN ('queued', 'sending', 'confirmed', 'failed')),
    attempts         INTEGER NOT NULL DEFAULT 0,
    next_attempt_at  INTEGER NOT NULL,
    last_error       TEXT,
    depends_on       TEXT REFERENCES outbox(uuid) ON DELETE SET NULL,
    created_at       INTEGER NOT NULL,
    updated_at       INTEGER NOT NULL
);
CREATE INDEX outbox_state ON outbox(state, next_attempt_at);
CREATE INDEX outbox_conversation ON outbox(conversation_id, state);
CREATE INDEX outbox_depends_on ON outbox(depends_on);

CREATE TABLE sync_cursors (
    id          INTEGER PRIMARY KEY,
    account_id  INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    stream      TEXT NOT NULL,
    value       TEXT NOT NULL,
    updated_at  INTEGER NOT NULL,
    UNIQUE (account_id, stream)
);
)sql";

void createBaseSchema(sql::Database &db)
{
    db.exec(baseSchema);
}

} // namespace kontor::migrations
