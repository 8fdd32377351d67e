#include "store/migrations/MigrationSteps.h"

#include "store/sql/Database.h"

namespace kontor::migrations {

// Every join of two customers, and every suggestion or refusal to join them, names the identifier it was
// about (kind, scope and normalised value as in identities), so that the agent sees why, and so that an
// identifier already seen with several people is known for what it is.
// A conversation remembers the backend contact it belongs to (its contact identity), so that undoing a join
// takes back to the other customer also what that contact wrote after the join.
// The merge items are looked up by item too: the customer a contact was joined away from is where its name
// belongs.
static const char joinEvidence[] = R"sql(
ALTER TABLE customer_merges ADD COLUMN evidence_kind TEXT NOT NULL DEFAULT '';
ALTER TABLE customer_merges ADD COLUMN evidence_scope TEXT NOT NULL DEFAULT '';
ALTER TABLE customer_merges ADD COLUMN evidence_value TEXT NOT NULL DEFAULT '';
ALTER TABLE merge_suggestions ADD COLUMN evidence_kind TEXT NOT NULL DEFAULT '';
ALTER TABLE merge_suggestions ADD COLUMN evidence_scope TEXT NOT NULL DEFAULT '';
ALTER TABLE merge_suggestions ADD COLUMN evidence_value TEXT NOT NULL DEFAULT '';
CREATE INDEX merge_suggestions_evidence ON merge_suggestions(evidence_kind, evidence_scope, evidence_value);
CREATE INDEX customer_merge_items_item ON customer_merge_items(item_kind, item_id);
ALTER TABLE conversations ADD COLUMN contact_identity_id INTEGER;
)sql";

void addJoinEvidence(sql::Database &db)
{
    db.exec(joinEvidence);
}

} // namespace kontor::migrations
