#include "sync/DeliveryRequestBuilder.h"

#include "store/StoreReader.h"

#include <QCoreApplication>

namespace kontor {

namespace {

DeliveryPreparation problem(const char *text, bool permanent)
{
    DeliveryPreparation result;
    result.problem = QCoreApplication::translate("SyncEngine", text);
    result.permanent = permanent;
    return result;
}

} // namespace

DeliveryPreparation prepareDelivery(StoreReader &reader, const OutboxEntry &entry, bool outcomeUnknown)
{
    std::optional<AgentAction> action = OutboxQueries::actionOf(entry);
    if (!action)
        return problem(QT_TRANSLATE_NOOP("SyncEngine", "This action cannot be read; it was made by another "
                                                       "version of Kontor."),
                       true);
    DeliveryRequest request{entry, *action};
    request.outcomeUnknown = outcomeUnknown;
    if (std::holds_alternative<MergeContacts>(*action) || std::holds_alternative<UpdateContact>(*action)) {
        DeliveryPreparation result;
        result.request = std::move(request);
        return result; // it names its contacts' remote ids itself
    }

    const char *deleted = QT_TRANSLATE_NOOP("SyncEngine", "The conversation of this action was deleted.");
    if (!entry.conversationId)
        return problem(deleted, true);
    const std::optional<ConversationRemote> conversation =
        reader.remoteIds().conversation(*entry.conversationId);
    if (!conversation)
        return problem(deleted, true);
    request.conversationRemoteId = conversation->remoteId;
    request.channel = conversation->channel;

    if (const auto *start = std::get_if<StartConversation>(&*action)) {
        request.contactRemoteId = reader.remoteIds().contact(start->customerId, entry.accountId);
        if (request.contactRemoteId.isEmpty())
            return problem(
                QT_TRANSLATE_NOOP("SyncEngine",
                                  "The customer has no contact record on this account to write to."),
                true);
        if (start->inboxId)
            request.inboxRemoteId = reader.remoteIds().inbox(*start->inboxId).value_or(QString());
    } else if (conversation->remoteId.isEmpty()) {
        return problem(
            QT_TRANSLATE_NOOP("SyncEngine", "Waiting for the backend to confirm the conversation."), false);
    }

    if (const auto *send = std::get_if<SendMessage>(&*action)) {
        request.files = reader.outboxFiles(entry.id);
        for (qint64 agent : send->mentionedAgentIds) {
            // A colleague who left meanwhile is just not notified.
            if (const std::optional<AgentRemote> remote = reader.remoteIds().agent(agent))
                request.mentionedAgents.append({remote->remoteId, remote->name});
        }
    }
    if (const auto *assign = std::get_if<AssignConversation>(&*action)) {
        if (assign->agentId)
            request.agentRemoteId =
                reader.remoteIds().agent(*assign->agentId).value_or(AgentRemote{}).remoteId;
        if (assign->teamId)
            request.teamRemoteId = reader.remoteIds().team(*assign->teamId).value_or(QString());
        if ((assign->agentId && request.agentRemoteId.isEmpty()) ||
            (assign->teamId && request.teamRemoteId.isEmpty()))
            return problem(
                QT_TRANSLATE_NOOP("SyncEngine", "The agent or team of this assignment no longer exists."),
                true);
    }
    DeliveryPreparation result;
    result.request = std::move(request);
    return result;
}

} // namespace kontor
