#include "connectors/chatwoot/api/JsonRead.h"
#include "connectors/chatwoot/mapping/RecordMapping.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>

namespace kontor::chatwoot {

namespace {

// message_type is an integer in REST and websocket payloads and a string in webhook-shaped ones.
MessageKind kindOf(const QJsonValue &type, bool isPrivate)
{
    const QString text = readString(type);
    if (text == QLatin1StringView("0") || text == QLatin1StringView("incoming"))
        return MessageKind::Incoming;
    if (text == QLatin1StringView("2") || text == QLatin1StringView("activity"))
        return MessageKind::Activity;
    // 1 = outgoing; 3 = template (bot and widget-form messages, sent to the customer).
    return isPrivate ? MessageKind::Note : MessageKind::Outgoing;
}

DeliveryState deliveryOf(const QString &status)
{
    if (status == QLatin1StringView("sent"))
        return DeliveryState::Sent;
    if (status == QLatin1StringView("delivered"))
        return DeliveryState::Delivered;
    if (status == QLatin1StringView("read"))
        return DeliveryState::Read;
    if (status == QLatin1StringView("failed"))
        return DeliveryState::Failed;
    return DeliveryState::Sent;
}

QStringList mentionedUsers(const QString &content)
{
    // Mentions in notes are markdown links: [@Name](mention://user/<id>/<Name>).
    static const QRegularExpression mention(QStringLiteral("mention://user/(\\d+)/"));
    QStringList ids;
    for (auto it = mention.globalMatch(content); it.hasNext();) {
        const QString id = it.next().captured(1);
        if (!ids.contains(id))
            ids.append(id);
    }
    return ids;
}

AttachmentRecord attachmentOf(const QJsonObject &attachment)
{
    AttachmentRecord record;
    record.remoteId = readId(attachment.value(QLatin1StringView("id")));
    record.remoteUrl = readString(attachment.value(QLatin1StringView("data_url")));
    const QString extension = readString(attachment.value(QLatin1StringView("extension")));
    record.fileName = QFileInfo(QUrl(record.remoteUrl).path()).fileName();
    if (record.fileName.isEmpty()) {
        record.fileName = readString(attachment.value(QLatin1StringView("fallback_title")));
        if (record.fileName.isEmpty())
            record.fileName =
                QStringLiteral("attachment") + (extension.isEmpty() ? QString() : u'.' + extension);
    }
    const QString fileType = readString(attachment.value(QLatin1StringView("file_type")));
    if (fileType == QLatin1StringView("image") || fileType == QLatin1StringView("audio") ||
        fileType == QLatin1StringView("video"))
        record.mimeType = fileType + u'/' + (extension.isEmpty() ? QStringLiteral("*") : extension);
    const qint64 size = readInteger(attachment.value(QLatin1StringView("file_size")), -1);
    if (size >= 0)
        record.sizeBytes = size;
    return record;
}

} // namespace

std::optional<MappedMessage> mapMessage(const QJsonObject &message, const QString &conversationIdFallback)
{
    MappedMessage mapped;
    MessageRecord &record = mapped.record;
    record.remoteId = readId(message.value(QLatin1StringView("id")));
    mapped.id = readIdNumber(message.value(QLatin1StringView("id")));
    record.conversationRemoteId = readId(message.value(QLatin1StringView("conversation_id")));
    if (record.conversationRemoteId.isEmpty())
        record.conversationRemoteId = conversationIdFallback;
    const std::optional<UtcMillis> created = readTimestamp(message.value(QLatin1StringView("created_at")));
    if (record.remoteId.isEmpty() || record.conversationRemoteId.isEmpty() || !created)
        return std::nullopt;
    record.createdAt = *created;

    const bool isPrivate = readBool(message.value(QLatin1StringView("private")));
    record.kind = kindOf(message.value(QLatin1StringView("message_type")), isPrivate);
    record.body = readString(message.value(QLatin1StringView("content")));
    // Agents write Markdown in Chatwoot; customers' text is shown as it came.
    record.bodyFormat = (record.kind == MessageKind::Outgoing || record.kind == MessageKind::Note)
                            ? BodyFormat::Markdown
                            : BodyFormat::Plain;
    if (record.kind == MessageKind::Outgoing || record.kind == MessageKind::Note)
        record.deliveryState = deliveryOf(readString(message.value(QLatin1StringView("status"))));
    record.echoUuid = readString(message.value(QLatin1StringView("echo_id")));

    const QJsonObject sender = message.value(QLatin1StringView("sender")).toObject();
    QString senderType = readString(sender.value(QLatin1StringView("type"))).toLower();
    QString senderId = readId(sender.value(QLatin1StringView("id")));
    if (senderType.isEmpty()) { // the DB columns of websocket payloads: "User", "Contact", "AgentBot"
        senderType = readString(message.value(QLatin1StringView("sender_type"))).toLower();
        senderId = readId(message.value(QLatin1StringView("sender_id")));
    }
    record.authorName = readString(sender.value(QLatin1StringView("available_name")));
    if (record.authorName.isEmpty())
        record.authorName = readString(sender.value(QLatin1StringView("name")));
    if (senderType == QLatin1StringView("user"))
        record.authorAgentRemoteId = senderId;
    else if (senderType == QLatin1StringView("contact"))
        record.authorCustomerRemoteId = senderId;

    if (record.kind == MessageKind::Note)
        record.mentionedAgentRemoteIds = mentionedUsers(record.body);
    const QJsonArray attachments = message.value(QLatin1StringView("attachments")).toArray();
    for (const QJsonValue &value : attachments) {
        const AttachmentRecord attachment = attachmentOf(value.toObject());
        if (!attachment.remoteId.isEmpty())
            record.attachments.append(attachment);
    }
    mapped.deleted = readBool(message.value(QLatin1StringView("content_attributes"))
                                  .toObject()
                                  .value(QLatin1StringView("deleted")));
    return mapped;
}

} // namespace kontor::chatwoot
