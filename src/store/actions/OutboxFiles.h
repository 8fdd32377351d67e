#pragma once

#include "store/AgentAction.h"

namespace kontor::sql {
class Database;
}

namespace kontor::actions {

// The files an agent sends are kept inside the store, beside their outbox entry (table outbox_files), so that
// a message waiting in the outbox still has them when the originals were moved or deleted — encrypted with
// the store, on disk exactly when the action is, and gone with the entry. Nothing of them is written beside
// the store. OutboxFileSource reads them back for delivery.

// Checks the message's files (readable, at most maxAttachmentBytes) and fills in their name (unique within
// the message), type and size. Throws std::invalid_argument for a file that cannot be read or is too large.
void describeAttachments(SendMessage &message);

// Reads the message's files (described already) into the store for its outbox entry, each piece by piece,
// never whole in memory. Runs in the transaction that records the entry. Throws std::invalid_argument when a
// file cannot be read or changed meanwhile, sql::Error when the store cannot take it.
void storeOutboxFiles(sql::Database &db, qint64 outboxId, const SendMessage &message);

} // namespace kontor::actions
