#include "store/migrations/MigrationSteps.h"

#include "store/sql/Database.h"

namespace kontor::migrations {

// The interactive part of a message (options offered and picked, cards, a form, a survey), as JSON written by
// MessageInteraction::toJson; NULL for an ordinary message.
static const char messageInteractions[] = R"sql(
ALTER TABLE messages ADD COLUMN interaction TEXT;
)sql";

void addMessageInteractions(sql::Database &db)
{
    db.exec(messageInteractions);
}

} // namespace kontor::migrations
