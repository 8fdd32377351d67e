#pragma once

#include "core/Time.h"
#include "store/AgentAction.h"
#include "store/ChangeSet.h"

#include <QString>

namespace kontor::sql {
class Database;
}

namespace kontor::actions {

// Applies what an action changes in the conversation, as if the backend had accepted it already. Used when
// the agent acts, and again after a sync overwrote the conversation while the action was still unconfirmed
// (the server is authoritative, the agent's pending actions are re-applied on top). `at` is when the agent
// acted, so re-applying is idempotent.
void applyConversationEffect(sql::Database &db, ChangeSet &marks, const AgentAction &action, UtcMillis at);

// The first message of a conversation the agent starts, as a reply in it.
SendMessage firstMessageOf(const StartConversation &action);

// Writes the message of a SendMessage action under the outbox entry's uuid; returns its id.
qint64 writeOptimisticMessage(sql::Database &db, ChangeSet &marks, const SendMessage &action,
                              const QString &uuid, UtcMillis at);

} // namespace kontor::actions
