#pragma once

#include "core/Time.h"
#include "store/ChangeSet.h"

namespace kontor::sql {
class Database;
}

namespace kontor {

// What a write running on the store's writer thread gets: the writer's connection, inside a transaction that
// commits when the work returns and rolls back when it throws, and the change set that goes out after commit.
// Changes to rowid tables are collected automatically; mark the others (WITHOUT ROWID tables) yourself.
class WriteContext
{
public:
    WriteContext(sql::Database &db, ChangeSet &changes, UtcMillis now)
        : db_(db)
        , changes_(changes)
        , now_(now)
    {}

    sql::Database &db() { return db_; }
    ChangeSet &changes() { return changes_; }
    UtcMillis now() const { return now_; }

private:
    sql::Database &db_;
    ChangeSet &changes_;
    UtcMillis now_;
};

} // namespace kontor
