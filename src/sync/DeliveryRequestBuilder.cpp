#include "sync/DeliveryRequestBuilder.h"

#include "store/StoreReader.h"
#include "store/actions/ActionPayload.h"
#include "store/sql/Database.h"

#include <QCoreApplication>

namespace kontor {

namespace {
std::optional<QString> remoteIdOf(StoreReader &reader, const char *sqlText, qint64 id)
{
    auto q = reader.database().prepare(sqlText);
    q.bind(1, id);
    if (!q.step())
        return std::nullopt;
    return q.isNull(0) ? QString() : q.text(0);
}
} // namespace

DeliveryPreparation prepareDelivery(StoreReader &reader, const OutboxEntry &entry, bool outcomeUnknown)
{
    DeliveryPreparation result;
    if (!entry.conversationId) {
        result.problem =
            QCoreApplication::translate("SyncEngine", "The conversation of this action was deleted.");
        result.permanent = true;
        return result;
    }
    std::optional<AgentAction> action =
        actions::decodePayload(entry.kind, *entry.conversationId, entry.payload);
    if (!action) {
        result.problem =
            QCoreApplication::translate("SyncEngine", "This action cannot be read; it was made by "
                                                      "another version of Kontor.");
        result.permanent = true;
        return result;
    }
    const std::optional<QString> conversation =
        remoteIdOf(reader, "SELECT remote_id FROM conversations WHERE id = ?", *entry.conversationId);
    if (!conversation) {
        result.problem =
            QCoreApplication::translate("SyncEngine", "The conversation of this action was deleted.");
        result.permanent = true;
        return result;
    }
    if (conversation->isEmpty()) {
        result.problem =
            QCoreApplication::translate("SyncEngine", "Waiting for the backend to confirm the conversation.");
        return result;
    }

    DeliveryRequest request{entry, *action, *conversation, {}, {}, outcomeUnknown};
    if (const auto *assign = std::get_if<AssignConversation>(&*action)) {
        if (assign->agentId)
            request.agentRemoteId =
                remoteIdOf(reader, "SELECT remote_id FROM agents WHERE id = ?", *assign->agentId)
                    .value_or(QString());
        if (assign->teamId)
            request.teamRemoteId =
                remoteIdOf(reader, "SELECT remote_id FROM teams WHERE id = ?", *assign->teamId)
                    .value_or(QString());
        if ((assign->agentId && request.agentRemoteId.isEmpty()) ||
            (assign->teamId && request.teamRemoteId.isEmpty())) {
            result.problem = QCoreApplication::translate(
                "SyncEngine", "The agent or team of this assignment no longer exists.");
            result.permanent = true;
            return result;
        }
    }
    result.request = std::move(request);
    return result;
}

} // namespace kontor
