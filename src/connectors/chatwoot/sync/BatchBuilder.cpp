#include "connectors/chatwoot/sync/BatchBuilder.h"

namespace kontor::chatwoot {

BatchBuilder::BatchBuilder(const AccountRecord &account, AccountSnapshot &snapshot,
                           const IdentityNormalizer &normalizer)
    : account_(account)
    , snapshot_(snapshot)
    , context_{&snapshot, normalizer}
{
    batch_.account = account_;
}

bool BatchBuilder::addConversation(const QJsonObject &conversation)
{
    std::optional<MappedConversation> mapped = mapConversation(conversation, context_);
    if (!mapped) {
        ++skipped_;
        return false;
    }
    // The snapshot is shared with the connector: this version check keeps a stale page from overwriting a
    // newer realtime update of the same conversation.
    if (!snapshot_.acceptConversationVersion(mapped->record.remoteId, mapped->updatedAt))
        return false;
    if (mapped->contact)
        addCustomer(*mapped->contact);
    batch_.conversations.append(mapped->record);
    for (const MappedMessage &message : std::as_const(mapped->messages))
        addMapped(message);
    lastMessages_.insert(mapped->record.remoteId, mapped->lastMessageId);
    maxMessageId_ = qMax(maxMessageId_, mapped->lastMessageId);
    return true;
}

void BatchBuilder::addMessages(const QJsonArray &messages, const QString &conversationId)
{
    for (const QJsonValue &value : messages)
        addMessage(value.toObject(), conversationId);
}

bool BatchBuilder::addMessage(const QJsonObject &message, const QString &conversationId)
{
    std::optional<MappedMessage> mapped = mapMessage(message, conversationId);
    if (!mapped) {
        ++skipped_;
        return false;
    }
    addMapped(*mapped);
    return true;
}

void BatchBuilder::addMapped(const MappedMessage &message)
{
    maxMessageId_ = qMax(maxMessageId_, message.id);
    if (message.deleted) {
        if (!batch_.deletedMessageRemoteIds.contains(message.record.remoteId))
            batch_.deletedMessageRemoteIds.append(message.record.remoteId);
        return;
    }
    if (messages_.contains(message.record.remoteId)) {
        for (MessageRecord &existing : batch_.messages) {
            if (existing.remoteId == message.record.remoteId)
                existing = message.record; // the later copy is the newer one
        }
        return;
    }
    messages_.insert(message.record.remoteId);
    batch_.messages.append(message.record);
}

bool BatchBuilder::addContact(const QJsonObject &contact)
{
    std::optional<CustomerRecord> mapped = mapContact(contact, context_);
    if (!mapped) {
        ++skipped_;
        return false;
    }
    addCustomer(*mapped);
    return true;
}

void BatchBuilder::addCustomer(const CustomerRecord &customer)
{
    if (customers_.contains(customer.remoteId)) {
        for (CustomerRecord &existing : batch_.customers) {
            if (existing.remoteId != customer.remoteId)
                continue;
            // The fuller copy wins: a contact listing carries contact inboxes that a conversation's sender
            // lacks.
            if (customer.identities.size() >= existing.identities.size())
                existing = customer;
        }
        return;
    }
    customers_.insert(customer.remoteId);
    batch_.customers.append(customer);
}

bool BatchBuilder::hasRecords() const
{
    return !batch_.inboxes.isEmpty() || !batch_.agents.isEmpty() || !batch_.teams.isEmpty() ||
           !batch_.customers.isEmpty() || !batch_.conversations.isEmpty() || !batch_.messages.isEmpty() ||
           !batch_.cannedResponses.isEmpty() || !batch_.deletedMessageRemoteIds.isEmpty() ||
           !batch_.deletedConversationRemoteIds.isEmpty() || !batch_.deletedContactRemoteIds.isEmpty() ||
           !batch_.csatAnswers.isEmpty();
}

IngestBatch BatchBuilder::take()
{
    IngestBatch result = std::move(batch_);
    batch_ = IngestBatch();
    batch_.account = account_;
    customers_.clear();
    messages_.clear();
    lastMessages_.clear();
    return result;
}

} // namespace kontor::chatwoot
