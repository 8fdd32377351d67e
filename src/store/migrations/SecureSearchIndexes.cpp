#include "store/migrations/MigrationSteps.h"

#include "store/sql/Database.h"

namespace kontor::migrations {

// Every full-text index drops a deleted or replaced term from its pages at once (FTS5's secure-delete, kept
// in each index's configuration), instead of leaving it in an older segment until a merge: an edited message,
// a renamed customer or an erased one leaves no old words in the file. What earlier versions left behind is
// merged away once, here.
static const char secureSearchIndexes[] = R"sql(
INSERT INTO messages_fts(messages_fts, rank) VALUES ('secure-delete', 1);
INSERT INTO conversations_fts(conversations_fts, rank) VALUES ('secure-delete', 1);
INSERT INTO customers_fts(customers_fts, rank) VALUES ('secure-delete', 1);
INSERT INTO identities_fts(identities_fts, rank) VALUES ('secure-delete', 1);
INSERT INTO messages_fts(messages_fts) VALUES ('optimize');
INSERT INTO conversations_fts(conversations_fts) VALUES ('optimize');
INSERT INTO customers_fts(customers_fts) VALUES ('optimize');
INSERT INTO identities_fts(identities_fts) VALUES ('optimize');
)sql";

void addSecureSearchIndexes(sql::Database &db)
{
    db.exec(secureSearchIndexes);
}

} // namespace kontor::migrations
