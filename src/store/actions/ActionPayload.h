#pragma once

#include "store/AgentAction.h"

#include <QByteArray>
#include <optional>

namespace kontor::actions {

// The JSON an outbox entry carries: everything the connector needs to deliver the action, with local ids (it
// maps them to remote ids when it delivers, so ids confirmed in the meantime are picked up), and everything
// the store needs to re-apply the action on top of newer server state.
QByteArray encodePayload(const AgentAction &action, std::optional<qint64> messageId);
// Returns nullopt for a kind this version does not know or a payload that lacks what the kind needs.
std::optional<AgentAction> decodePayload(QStringView kind, qint64 accountId, qint64 conversationId,
                                         const QByteArray &payload);

} // namespace kontor::actions
