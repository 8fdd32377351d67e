#include "store/migrations/MigrationSteps.h"

#include "store/sql/Database.h"

namespace kontor::migrations {

// What a backend knows about a customer beyond how to reach them (plan, customer since, city, …). Each
// account keeps its own set: two backends may say different things about the same person, and a sync of one
// replaces only what that one said. value is locale-independent text; kind says how to read it.
static const char customerAttributes[] = R"sql(
CREATE TABLE customer_attributes (
    id           INTEGER PRIMARY KEY,
    customer_id  INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    account_id   INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    key          TEXT NOT NULL,
    label        TEXT NOT NULL DEFAULT '',
    value        TEXT NOT NULL DEFAULT '',
    kind         TEXT NOT NULL DEFAULT 'text',
    position     INTEGER NOT NULL DEFAULT 0,
    UNIQUE (customer_id, account_id, key)
);
CREATE INDEX customer_attributes_account ON customer_attributes(account_id);
)sql";

void addCustomerAttributes(sql::Database &db)
{
    db.exec(customerAttributes);
}

} // namespace kontor::migrations
