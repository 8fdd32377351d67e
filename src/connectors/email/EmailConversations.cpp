#include "connectors/email/EmailConversations.h"

namespace kontor::email {

EmailConversations::EmailConversations(EmailMappingContext context)
    : context_(std::move(context))
{}

std::optional<EmailRecords> EmailConversations::learn(const ParsedEmail &email, UtcMillis receivedAt)
{
    EmailMappingContext context = context_;
    context.receivedAt = receivedAt;
    const QString customerAddress = customerAddressOf(email, context);
    if (customerAddress.isEmpty())
        return std::nullopt;
    const UtcMillis at = email.date.value_or(receivedAt);
    const QString conversation = threader_.assign(email, customerAddress, at);
    auto records = mapEmailRecords(email, conversation, context);
    if (!records)
        return std::nullopt;

    const bool firstTime = !seenMessageIds_.contains(email.messageId);
    seenMessageIds_.insert(email.messageId);
    auto existing = conversations_.find(conversation);
    if (existing == conversations_.end()) {
        Summary summary;
        summary.thread = {records->customer.remoteId, records->customer.name, email.subject, {}};
        summary.record = records->conversation;
        existing = conversations_.insert(conversation, summary);
    }
    Summary &summary = *existing;
    if (firstTime)
        summary.thread.messageIds.append(email.messageId);
    ConversationRecord &record = summary.record;
    const bool outgoing = records->message.kind == MessageKind::Outgoing;
    if (at < record.createdAt) {
        // An older message of the conversation fetched later (a parent after its reply): it names the
        // conversation's beginning and subject.
        record.createdAt = at;
        record.subject = email.subject;
        summary.thread.subject = email.subject;
    }
    if (at >= record.lastActivityAt) {
        record.lastActivityAt = at;
        record.waitingSince = outgoing ? std::nullopt : std::optional<UtcMillis>(at);
    }
    records->conversation = record;
    return records;
}

void EmailConversations::remember(const ParsedEmail &email, UtcMillis receivedAt)
{
    learn(email, receivedAt);
}

bool EmailConversations::add(const ParsedEmail &email, UtcMillis receivedAt, IngestBatch &batch)
{
    const auto records = learn(email, receivedAt);
    if (!records)
        return false;
    auto sameCustomer = [&](const CustomerRecord &c) { return c.remoteId == records->customer.remoteId; };
    if (std::none_of(batch.customers.begin(), batch.customers.end(), sameCustomer))
        batch.customers.append(records->customer);
    auto sameConversation = [&](const ConversationRecord &c) {
        return c.remoteId == records->conversation.remoteId;
    };
    auto conversation =
        std::find_if(batch.conversations.begin(), batch.conversations.end(), sameConversation);
    if (conversation == batch.conversations.end())
        batch.conversations.append(records->conversation);
    else
        *conversation = records->conversation;
    auto sameMessage = [&](const MessageRecord &m) { return m.remoteId == records->message.remoteId; };
    if (std::none_of(batch.messages.begin(), batch.messages.end(), sameMessage))
        batch.messages.append(records->message);
    return true;
}

std::optional<ConversationThread> EmailConversations::thread(const QString &conversationRemoteId) const
{
    const auto summary = conversations_.constFind(conversationRemoteId);
    if (summary == conversations_.constEnd())
        return std::nullopt;
    return summary->thread;
}

} // namespace kontor::email
