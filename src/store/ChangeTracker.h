#pragma once

#include "store/ChangeSet.h"

namespace kontor::sql {
class Database;
}

namespace kontor {

// Collects, through SQLite's update hook, which rows the current transaction of one connection changes.
// The hook does not fire for WITHOUT ROWID tables (labels on a conversation, team members, mentions); the
// code that writes those marks the change itself through pending().
class ChangeTracker
{
public:
    explicit ChangeTracker(sql::Database &db);
    ~ChangeTracker();
    ChangeTracker(const ChangeTracker &) = delete;
    ChangeTracker &operator=(const ChangeTracker &) = delete;

    ChangeSet &pending() { return pending_; }
    // Hands over what was collected and starts afresh; call after COMMIT succeeded.
    ChangeSet take();
    void discard() { pending_.clear(); }

private:
    static void onUpdate(void *self, int operation, const char *database, const char *table, long long rowId);
    static void onRollback(void *self);

    sql::Database &db_;
    ChangeSet pending_;
};

} // namespace kontor
