#include "connectors/email/mapping/EmailRecords.h"

namespace kontor::email {

namespace {

bool isOutgoing(const ParsedEmail &email, const EmailMappingContext &context)
{
    return email.from && !context.mailboxAddress.isEmpty() && email.from->address == context.mailboxAddress;
}

std::optional<EmailMailbox> customerMailbox(const ParsedEmail &email, const EmailMappingContext &context)
{
    if (isOutgoing(email, context)) {
        for (const EmailMailbox &recipient : email.recipients) {
            if (recipient.address != context.mailboxAddress)
                return recipient;
        }
        return std::nullopt;
    }
    if (email.replyTo && email.replyTo->address != context.mailboxAddress) {
        EmailMailbox mailbox = *email.replyTo;
        // "Anna <noreply@shop>" with Reply-To "anna@example.com": the name still belongs to Anna.
        if (mailbox.displayName.isEmpty() && email.from)
            mailbox.displayName = email.from->displayName;
        return mailbox;
    }
    return email.from;
}

} // namespace

QString attachmentRemoteId(const QString &messageId, const QString &partReference)
{
    return messageId + QLatin1Char('#') + partReference;
}

QString customerAddressOf(const ParsedEmail &email, const EmailMappingContext &context)
{
    const auto mailbox = customerMailbox(email, context);
    return mailbox ? mailbox->address : QString();
}

std::optional<EmailRecords> mapEmailRecords(const ParsedEmail &email, const QString &conversationRemoteId,
                                            const EmailMappingContext &context)
{
    const auto customer = customerMailbox(email, context);
    if (!customer)
        return std::nullopt;
    const bool outgoing = isOutgoing(email, context);
    const UtcMillis at = email.date.value_or(context.receivedAt);

    EmailRecords records;
    records.customer.remoteId = customer->address;
    records.customer.name = customer->displayName;
    records.customer.identities.append({IdentityKind::Email, customer->address, std::nullopt, {}});

    ConversationRecord &conversation = records.conversation;
    conversation.remoteId = conversationRemoteId;
    conversation.inboxRemoteId = context.inboxRemoteId;
    conversation.channel = Channel::Email;
    conversation.customerRemoteId = customer->address;
    conversation.subject = email.subject;
    conversation.createdAt = at;
    conversation.lastActivityAt = at;
    if (!outgoing)
        conversation.waitingSince = at;

    MessageRecord &message = records.message;
    message.remoteId = email.messageId;
    message.conversationRemoteId = conversationRemoteId;
    message.kind = outgoing ? MessageKind::Outgoing : MessageKind::Incoming;
    message.channel = Channel::Email;
    if (outgoing)
        message.authorName = email.from->displayName;
    else
        message.authorCustomerRemoteId = customer->address;
    // The HTML goes through the safe renderer; plain text is shown as it is.
    if (!email.html.isEmpty()) {
        message.body = email.html;
        message.bodyFormat = BodyFormat::Html;
    } else {
        message.body = email.plainText;
        message.bodyFormat = BodyFormat::Plain;
    }
    message.createdAt = at;
    message.deliveryState = outgoing ? DeliveryState::Sent : DeliveryState::None;
    for (const EmailAttachment &part : email.attachments) {
        AttachmentRecord attachment;
        attachment.remoteId = attachmentRemoteId(email.messageId, part.partReference);
        attachment.fileName = part.fileName;
        attachment.mimeType = part.mimeType;
        attachment.sizeBytes = part.sizeBytes;
        message.attachments.append(attachment);
    }
    return records;
}

} // namespace kontor::email
