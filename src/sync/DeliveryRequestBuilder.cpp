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

namespace {

DeliveryPreparation problem(const char *text, bool permanent)
{
    DeliveryPreparation result;
    result.problem = QCoreApplication::translate("SyncEngine", text);
    result.permanent = permanent;
    return result;
}

// The customer's contact record on the account: the oldest when merges gave them several.
QString contactRemoteIdOf(StoreReader &reader, qint64 customerId, qint64 accountId)
{
    auto q =
        reader.database().prepare("SELECT value FROM identities WHERE customer_id = ? AND kind = 'contact' "
                                  "AND account_id = ? ORDER BY id LIMIT 1");
    q.bind(1, customerId);
    q.bind(2, accountId);
    return q.step() ? q.text(0) : QString();
}

} // namespace

DeliveryPreparation prepareDelivery(StoreReader &reader, const OutboxEntry &entry, bool outcomeUnknown)
{
    std::optional<AgentAction> action =
        actions::decodePayload(entry.kind, entry.accountId, entry.conversationId.value_or(0), entry.payload);
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
    const std::optional<QString> conversation =
        remoteIdOf(reader, "SELECT remote_id FROM conversations WHERE id = ?", *entry.conversationId);
    if (!conversation)
        return problem(deleted, true);
    request.conversationRemoteId = *conversation;
    if (const std::optional<QString> channel =
            remoteIdOf(reader, "SELECT channel FROM conversations WHERE id = ?", *entry.conversationId))
        request.channel = channelFromKey(*channel);

    if (const auto *start = std::get_if<StartConversation>(&*action)) {
        request.contactRemoteId = contactRemoteIdOf(reader, start->customerId, entry.accountId);
        if (request.contactRemoteId.isEmpty())
            return problem(
                QT_TRANSLATE_NOOP("SyncEngine",
                                  "The customer has no contact record on this account to write to."),
                true);
        if (start->inboxId)
            request.inboxRemoteId =
                remoteIdOf(reader, "SELECT remote_id FROM inboxes WHERE id = ?", *start->inboxId)
                    .value_or(QString());
    } else if (conversation->isEmpty()) {
        return problem(
            QT_TRANSLATE_NOOP("SyncEngine", "Waiting for the backend to confirm the conversation."), false);
    }

    if (const auto *send = std::get_if<SendMessage>(&*action)) {
        request.files = reader.outboxFiles(entry.id);
        for (qint64 agent : send->mentionedAgentIds) {
            auto q = reader.database().prepare("SELECT remote_id, name FROM agents WHERE id = ?");
            q.bind(1, agent);
            if (q.step()) // a colleague who left meanwhile is just not notified
                request.mentionedAgents.append({q.text(0), q.text(1)});
        }
    }
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
