#include "store/migrations/MigrationSteps.h"

#include "store/sql/Database.h"

namespace kontor::migrations {

// External-content FTS5 indexes: the text lives once, in the tables; the indexes hold only tokens. The
// triggers keep them in step, and an external-content index must be told the exact old text on delete, which
// is why the update triggers delete the old row before inserting the new one. Updates that do not change the
// indexed text (most conversation updates: activity times, status) skip the index entirely.
//
// prefix='2 3' keeps prefix queries for short prefixes (what an agent types first) from merging thousands of
// term lists at query time.
static const char messageIndex[] = R"sql(
CREATE VIRTUAL TABLE messages_fts USING fts5(
    search_text, content='messages_search', content_rowid='id',
    tokenize='unicode61 remove_diacritics 2', prefix='2 3');
)sql";

static const char schema[] = R"sql(
-- What message search indexes: the plain rendition of HTML bodies, the body itself otherwise.
CREATE VIEW messages_search AS
    SELECT id, coalesce(body_text, body) AS search_text FROM messages;

CREATE TRIGGER messages_fts_insert AFTER INSERT ON messages
BEGIN
    INSERT INTO messages_fts(rowid, search_text) VALUES (new.id, coalesce(new.body_text, new.body));
END;
CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages
BEGIN
    INSERT INTO messages_fts(messages_fts, rowid, search_text)
        VALUES ('delete', old.id, coalesce(old.body_text, old.body));
END;
CREATE TRIGGER messages_fts_update AFTER UPDATE OF body, body_text ON messages
WHEN coalesce(old.body_text, old.body) IS NOT coalesce(new.body_text, new.body)
BEGIN
    INSERT INTO messages_fts(messages_fts, rowid, search_text)
        VALUES ('delete', old.id, coalesce(old.body_text, old.body));
    INSERT INTO messages_fts(rowid, search_text) VALUES (new.id, coalesce(new.body_text, new.body));
END;

CREATE VIRTUAL TABLE conversations_fts USING fts5(
    subject, content='conversations', content_rowid='id', tokenize='unicode61 remove_diacritics 2',
    prefix='2 3');
CREATE TRIGGER conversations_fts_insert AFTER INSERT ON conversations
BEGIN
    INSERT INTO conversations_fts(rowid, subject) VALUES (new.id, new.subject);
END;
CREATE TRIGGER conversations_fts_delete AFTER DELETE ON conversations
BEGIN
    INSERT INTO conversations_fts(conversations_fts, rowid, subject) VALUES ('delete', old.id, old.subject);
END;
CREATE TRIGGER conversations_fts_update AFTER UPDATE OF subject ON conversations
WHEN old.subject IS NOT new.subject
BEGIN
    INSERT INTO conversations_fts(conversations_fts, rowid, subject) VALUES ('delete', old.id, old.subject);
    INSERT INTO conversations_fts(rowid, subject) VALUES (new.id, new.subject);
END;

CREATE VIRTUAL TABLE customers_fts USING fts5(
    name, content='customers', content_rowid='id', tokenize='unicode61 remove_diacritics 2', prefix='2 3');
CREATE TRIGGER customers_fts_insert AFTER INSERT ON customers
BEGIN
    INSERT INTO customers_fts(rowid, name) VALUES (new.id, new.name);
END;
CREATE TRIGGER customers_fts_delete AFTER DELETE ON customers
BEGIN
    INSERT INTO customers_fts(customers_fts, rowid, name) VALUES ('delete', old.id, old.name);
END;
CREATE TRIGGER customers_fts_update AFTER UPDATE OF name ON customers
WHEN old.name IS NOT new.name
BEGIN
    INSERT INTO customers_fts(customers_fts, rowid, name) VALUES ('delete', old.id, old.name);
    INSERT INTO customers_fts(rowid, name) VALUES (new.id, new.name);
END;

CREATE VIRTUAL TABLE identities_fts USING fts5(
    display_value, content='identities', content_rowid='id', tokenize='unicode61 remove_diacritics 2',
    prefix='2 3');
CREATE TRIGGER identities_fts_insert AFTER INSERT ON identities
BEGIN
    INSERT INTO identities_fts(rowid, display_value) VALUES (new.id, new.display_value);
END;
CREATE TRIGGER identities_fts_delete AFTER DELETE ON identities
BEGIN
    INSERT INTO identities_fts(identities_fts, rowid, display_value) VALUES ('delete', old.id, old.display_value);
END;
CREATE TRIGGER identities_fts_update AFTER UPDATE OF display_value ON identities
WHEN old.display_value IS NOT new.display_value
BEGIN
    INSERT INTO identities_fts(identities_fts, rowid, display_value) VALUES ('delete', old.id, old.display_value);
    INSERT INTO identities_fts(rowid, display_value) VALUES (new.id, new.display_value);
END;

-- Index what earlier versions stored.
INSERT INTO messages_fts(messages_fts) VALUES ('rebuild');
INSERT INTO conversations_fts(conversations_fts) VALUES ('rebuild');
INSERT INTO customers_fts(customers_fts) VALUES ('rebuild');
INSERT INTO identities_fts(identities_fts) VALUES ('rebuild');
)sql";

void createFullTextSearch(sql::Database &db)
{
    db.exec(messageIndex);
    db.exec(schema);
}

} // namespace kontor::migrations
