#pragma once

#include "core/Time.h"
#include "store/ChangeSet.h"
#include "store/CustomerAction.h"

namespace kontor::sql {
class Database;
}

namespace kontor::actions {

// Applies a merge or unmerge of customers with the outbox entries it makes or drops, inside the caller's
// transaction. Throws CustomerActionRefused when it cannot be done.
CustomerActionReceipt recordCustomerAction(sql::Database &db, ChangeSet &marks, const CustomerAction &action,
                                           UtcMillis now);

// Drops the contact merges a customer merge asked for that have not gone out yet (queued or failed).
void dropUnsentContactMerges(sql::Database &db, qint64 mergeId);

} // namespace kontor::actions
