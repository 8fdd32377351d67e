#pragma once

#include "core/Time.h"
#include "store/AgentAction.h"
#include "store/ChangeSet.h"
#include "store/Outbox.h"

#include <QSet>

namespace kontor::sql {
class Database;
}

namespace kontor::actions {

// Applies an agent's action optimistically and appends its outbox entry, inside the caller's transaction.
// Throws std::invalid_argument when the conversation does not exist.
ActionReceipt recordAction(sql::Database &db, ChangeSet &marks, const AgentAction &action, UtcMillis now);

// Re-applies the unconfirmed actions on the given conversations, after a sync overwrote them with the
// server's state.
void reapplyPendingActions(sql::Database &db, ChangeSet &marks, const QSet<qint64> &conversationIds);

// Moves an entry along queued -> sending -> confirmed/failed (or back to queued for a retry), and carries the
// outcome to the optimistic message of a send_message. Returns false when the entry does not exist or the
// move is not allowed from its current state.
bool transitionOutbox(sql::Database &db, ChangeSet &marks, const OutboxTransition &transition, UtcMillis now);

// Drops an entry the agent gave up on, with the optimistic message it wrote if it was never confirmed.
bool discardOutboxEntry(sql::Database &db, const QString &uuid);

} // namespace kontor::actions
