#include "connectors/chatwoot/api/JsonRead.h"
#include "connectors/chatwoot/mapping/RecordMapping.h"
#include <algorithm>

namespace kontor::chatwoot {

namespace {

ConversationStatus statusOf(const QJsonValue &value)
{
    const QString text = readString(value);
    if (text == QLatin1StringView("resolved") || text == QLatin1StringView("1"))
        return ConversationStatus::Resolved;
    if (text == QLatin1StringView("pending") || text == QLatin1StringView("2"))
        return ConversationStatus::Pending;
    if (text == QLatin1StringView("snoozed") || text == QLatin1StringView("3"))
        return ConversationStatus::Snoozed;
    return ConversationStatus::Open;
}

Priority priorityOf(const QJsonValue &value)
{
    const QString text = readString(value);
    if (text == QLatin1StringView("low") || text == QLatin1StringView("0"))
        return Priority::Low;
    if (text == QLatin1StringView("medium") || text == QLatin1StringView("1"))
        return Priority::Medium;
    if (text == QLatin1StringView("high") || text == QLatin1StringView("2"))
        return Priority::High;
    if (text == QLatin1StringView("urgent") || text == QLatin1StringView("3"))
        return Priority::Urgent;
    return Priority::None;
}

QStringList labelsOf(const QJsonValue &value)
{
    QStringList labels;
    for (const QJsonValue &label : value.toArray()) {
        const QString text = readString(label).trimmed();
        if (!text.isEmpty())
            labels.append(text);
    }
    return labels;
}

} // namespace

std::optional<MappedConversation> mapConversation(const QJsonObject &conversation,
                                                  const MappingContext &context)
{
    MappedConversation mapped;
    ConversationRecord &record = mapped.record;
    record.remoteId = readId(conversation.value(QLatin1StringView("id")));
    const QJsonObject meta = conversation.value(QLatin1StringView("meta")).toObject();
    const QJsonObject sender = meta.value(QLatin1StringView("sender")).toObject();
    if (record.remoteId.isEmpty())
        return std::nullopt;

    mapped.contact =
        mapContact(sender, context, conversation.value(QLatin1StringView("contact_inbox")).toObject());
    if (!mapped.contact) // a conversation belongs to a customer; without one there is nothing to attach it to
        return std::nullopt;
    record.customerRemoteId = mapped.contact->remoteId;

    record.inboxRemoteId = readId(conversation.value(QLatin1StringView("inbox_id")));
    QString channelType = readString(meta.value(QLatin1StringView("channel")));
    if (channelType.isEmpty()) // the websocket shape has it at the top
        channelType = readString(conversation.value(QLatin1StringView("channel")));
    record.channel =
        context.snapshot ? context.snapshot->channelOf(record.inboxRemoteId, channelType) : Channel::Api;

    const QJsonObject additional = conversation.value(QLatin1StringView("additional_attributes")).toObject();
    record.subject = readString(additional.value(QLatin1StringView("mail_subject")));
    record.status = statusOf(conversation.value(QLatin1StringView("status")));
    record.snoozedUntil = readTimestamp(conversation.value(QLatin1StringView("snoozed_until")));
    if (record.status != ConversationStatus::Snoozed)
        record.snoozedUntil.reset();
    record.priority = priorityOf(conversation.value(QLatin1StringView("priority")));

    // An agent bot as assignee is not an agent of the account; the conversation then counts as unassigned.
    const QString assigneeType = readString(meta.value(QLatin1StringView("assignee_type")));
    const QJsonValue assignee = meta.value(QLatin1StringView("assignee"));
    if (assigneeType != QLatin1StringView("AgentBot")) {
        record.assigneeRemoteId = readId(assignee.toObject().value(QLatin1StringView("id")));
        if (record.assigneeRemoteId.isEmpty() && !meta.contains(QLatin1StringView("assignee")))
            record.assigneeRemoteId = readId(conversation.value(QLatin1StringView("assignee_id")));
    }
    record.teamRemoteId =
        readId(meta.value(QLatin1StringView("team")).toObject().value(QLatin1StringView("id")));
    if (record.teamRemoteId.isEmpty() && !meta.contains(QLatin1StringView("team")))
        record.teamRemoteId = readId(conversation.value(QLatin1StringView("team_id")));
    record.labels = labelsOf(conversation.value(QLatin1StringView("labels")));

    record.createdAt = readTimestamp(conversation.value(QLatin1StringView("created_at"))).value_or(0);
    std::optional<UtcMillis> lastActivity =
        readTimestamp(conversation.value(QLatin1StringView("last_activity_at")));
    if (!lastActivity)
        lastActivity = readTimestamp(conversation.value(QLatin1StringView("timestamp")));
    record.lastActivityAt = lastActivity.value_or(record.createdAt);
    record.waitingSince = readTimestamp(conversation.value(QLatin1StringView("waiting_since")));
    record.firstReplyAt = readTimestamp(conversation.value(QLatin1StringView("first_reply_created_at")));
    // Chatwoot caps unread_count at 10 (it counts the last ten incoming messages since the agent last
    // looked).
    record.unreadCount =
        int(std::clamp<qint64>(readInteger(conversation.value(QLatin1StringView("unread_count"))), 0, 10));
    mapped.updatedAt = readTimestamp(conversation.value(QLatin1StringView("updated_at"))).value_or(0);

    // The SLA: applied_sla where the server writes it (Enterprise, both shapes), else the policy named by
    // sla_policy_id from the account's list.
    const QJsonObject appliedSla = conversation.value(QLatin1StringView("applied_sla")).toObject();
    std::optional<SlaPolicy> sla = mapAppliedSla(appliedSla);
    const QString slaPolicyId = readId(conversation.value(QLatin1StringView("sla_policy_id")));
    if (!sla && !slaPolicyId.isEmpty() && context.snapshot)
        sla = context.snapshot->slaPolicies.value(slaPolicyId);
    if (sla && !sla->remoteId.isEmpty())
        applySlaPolicy(
            record, *sla,
            readTimestamp(appliedSla.value(QLatin1StringView("created_at"))).value_or(record.createdAt));

    QJsonArray messages = conversation.value(QLatin1StringView("messages")).toArray();
    const QJsonValue lastNonActivity = conversation.value(QLatin1StringView("last_non_activity_message"));
    if (lastNonActivity.isObject())
        messages.append(lastNonActivity);
    for (const QJsonValue &value : messages) {
        std::optional<MappedMessage> message = mapMessage(value.toObject(), record.remoteId);
        if (!message || message->record.conversationRemoteId != record.remoteId)
            continue;
        mapped.lastMessageId = qMax(mapped.lastMessageId, message->id);
        mapped.messages.append(*message);
    }
    return mapped;
}

} // namespace kontor::chatwoot
