#include "store/sql/Transaction.h"

#include "store/sql/Database.h"
#include "store/sql/Error.h"

namespace kontor::sql {

Transaction::Transaction(Database &db, Kind kind)
    : db_(db)
{
    db_.prepare(kind == Kind::Immediate ? "BEGIN IMMEDIATE" : "BEGIN").run();
}

Transaction::~Transaction()
{
    if (!open_)
        return;
    // SQLite may already have rolled back on its own (e.g. after SQLITE_FULL); a second ROLLBACK would fail.
    if (!db_.inTransaction())
        return;
    try {
        db_.prepare("ROLLBACK").run();
    } catch (const Error &) {
        // Nothing sensible is left to do in a destructor; SQLite rolls back on close at the latest.
    }
}

void Transaction::commit()
{
    db_.prepare("COMMIT").run();
    open_ = false;
}

} // namespace kontor::sql
