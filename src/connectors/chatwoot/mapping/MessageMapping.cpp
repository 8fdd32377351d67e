#include "connectors/chatwoot/api/JsonRead.h"
#include "connectors/chatwoot/mapping/RecordMapping.h"
#include "core/InputLimits.h"

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

QString boundedText(const QJsonValue &value)
{
    return readString(value).left(limits::messageInteractionText);
}

template<typename Item>
void appendBounded(QList<Item> &list, Item item)
{
    if (list.size() < limits::messageInteractionItems)
        list.append(std::move(item));
}

// Chatwoot's items are {title, value} for options; submitted_values name what was picked by title or value.
QStringList chosenOptions(const QJsonArray &items, const QJsonArray &submitted)
{
    QStringList chosen;
    for (const QJsonValue &value : submitted) {
        const QJsonObject picked = value.toObject();
        QString title = boundedText(picked.value(QLatin1StringView("title")));
        const QString pickedValue = boundedText(picked.value(QLatin1StringView("value")));
        for (const QJsonValue &item : items) {
            const QJsonObject option = item.toObject();
            if (title.isEmpty() && readString(option.value(QLatin1StringView("value"))) == pickedValue)
                title = boundedText(option.value(QLatin1StringView("title")));
        }
        appendBounded(chosen, title.isEmpty() ? pickedValue : title);
    }
    return chosen;
}

// The interactive part of a message by Chatwoot's content_type, from content_attributes (the shapes of
// Chatwoot's message model and its widget): input_select, cards, form, article, input_csat, input_email;
// integrations and any other non-text type are kept by name. Ordinary text has none.
std::optional<MessageInteraction> interactionOf(const QJsonObject &message)
{
    const QString contentType = readString(message.value(QLatin1StringView("content_type")));
    if (contentType.isEmpty() || contentType == QLatin1StringView("text") ||
        contentType == QLatin1StringView("incoming_email"))
        return std::nullopt;
    const QJsonObject attributes = message.value(QLatin1StringView("content_attributes")).toObject();
    const QJsonArray items = attributes.value(QLatin1StringView("items")).toArray();
    const QJsonValue submittedValue = attributes.value(QLatin1StringView("submitted_values"));
    const QJsonArray submitted = submittedValue.toArray();
    MessageInteraction interaction;
    if (contentType == QLatin1StringView("input_select")) {
        interaction.type = MessageInteraction::Type::Options;
        for (const QJsonValue &item : items)
            appendBounded(interaction.options,
                          boundedText(item.toObject().value(QLatin1StringView("title"))));
        interaction.chosen = chosenOptions(items, submitted);
    } else if (contentType == QLatin1StringView("cards")) {
        interaction.type = MessageInteraction::Type::Cards;
        for (const QJsonValue &item : items) {
            const QJsonObject card = item.toObject();
            MessageInteraction::Card mapped{boundedText(card.value(QLatin1StringView("title"))),
                                            boundedText(card.value(QLatin1StringView("description"))),
                                            {}};
            for (const QJsonValue &action : card.value(QLatin1StringView("actions")).toArray()) {
                const QJsonObject a = action.toObject();
                if (readString(a.value(QLatin1StringView("type"))) == QLatin1StringView("link"))
                    appendBounded(mapped.links,
                                  MessageInteraction::Link{boundedText(a.value(QLatin1StringView("text"))),
                                                           boundedText(a.value(QLatin1StringView("uri")))});
            }
            appendBounded(interaction.cards, std::move(mapped));
        }
    } else if (contentType == QLatin1StringView("form")) {
        interaction.type = MessageInteraction::Type::Form;
        for (const QJsonValue &item : items) {
            const QJsonObject field = item.toObject();
            const QString name = readString(field.value(QLatin1StringView("name")));
            QString label = boundedText(field.value(QLatin1StringView("label")));
            if (label.isEmpty())
                label = name.left(limits::messageInteractionText);
            QString value;
            for (const QJsonValue &entry : submitted) {
                if (readString(entry.toObject().value(QLatin1StringView("name"))) == name)
                    value = boundedText(entry.toObject().value(QLatin1StringView("value")));
            }
            appendBounded(interaction.fields, MessageInteraction::Field{label, value});
        }
    } else if (contentType == QLatin1StringView("article")) {
        interaction.type = MessageInteraction::Type::Articles;
        for (const QJsonValue &item : items) {
            const QJsonObject article = item.toObject();
            appendBounded(interaction.articles,
                          MessageInteraction::Link{boundedText(article.value(QLatin1StringView("title"))),
                                                   boundedText(article.value(QLatin1StringView("link")))});
        }
    } else if (contentType == QLatin1StringView("input_csat")) {
        interaction.type = MessageInteraction::Type::RatingSurvey;
        const QJsonObject response =
            submittedValue.toObject().value(QLatin1StringView("csat_survey_response")).toObject();
        const qint64 rating = readInteger(response.value(QLatin1StringView("rating")), 0);
        if (rating >= 1 && rating <= 5)
            interaction.rating = int(rating);
        interaction.answer = boundedText(response.value(QLatin1StringView("feedback_message")));
    } else if (contentType == QLatin1StringView("input_email")) {
        interaction.type = MessageInteraction::Type::EmailRequest;
        interaction.answer = boundedText(attributes.value(QLatin1StringView("submitted_email")));
    } else {
        interaction.type = MessageInteraction::Type::Other;
        interaction.name = contentType.left(100);
    }
    return interaction;
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
    record.interaction = interactionOf(message);
    mapped.deleted = readBool(message.value(QLatin1StringView("content_attributes"))
                                  .toObject()
                                  .value(QLatin1StringView("deleted")));
    return mapped;
}

} // namespace kontor::chatwoot
