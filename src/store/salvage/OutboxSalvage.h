#pragma once

#include "store/StoreKey.h"

#include <QString>

namespace kontor::sql {
class Database;
}

namespace kontor::salvage {

// What came back from a damaged store.
struct SalvageReport
{
    bool opened = false;  // the damaged file could be read at all
    int actionsSaved = 0; // unsent outbox entries now in the fresh store
    int actionsLost = 0;  // unsent entries seen but not readable
    bool outboxUnreadable =
        false;            // parts of the outbox could not be read: how many entries were there is unknown
    int filesKept = 0;    // files the saved entries send, now in the fresh store
    int filesMissing = 0; // files they name whose bytes could not be read back

    bool lostSomething() const { return actionsLost > 0 || outboxUnreadable || filesMissing > 0 || !opened; }
};

// Brings the unsent outbox entries (queued, sending or failed) of the damaged store at damagedPath into
// fresh, an empty store of the latest schema, with what each needs to be delivered and shown: its account,
// conversation, customer and their identities, the entry it waits for, and the optimistic message with its
// attachments and mentions, and the files it sends (read in from beside the damaged store when an earlier
// version kept them there). Ids are kept, so the entries' payloads stay right. The damaged file is only read.
// Everything goes in one transaction committed with synchronous=FULL, so the report never claims more than
// is on disk. Entries in 'sending' stay so: their outcome is unknown and is reconciled before any resend.
// The damaged store is read with damagedKey (none for a plain one). Throws sql::Error only when the fresh
// store cannot be written.
SalvageReport salvageOutbox(const QString &damagedPath, sql::Database &fresh,
                            const StoreKey &damagedKey = {});

} // namespace kontor::salvage
