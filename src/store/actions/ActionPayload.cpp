#include "store/actions/ActionPayload.h"

#include "core/JsonInteger.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

using namespace Qt::StringLiterals;

namespace kontor::actions {

namespace {

QJsonValue optionalId(const std::optional<qint64> &id)
{
    return id ? QJsonValue(*id) : QJsonValue(QJsonValue::Null);
}

std::optional<qint64> idFrom(const QJsonValue &value)
{
    return jsonInteger(value);
}

struct Encode
{
    std::optional<qint64> messageId;

    QJsonObject operator()(const SendMessage &a) const
    {
        QJsonArray mentions;
        for (qint64 id : a.mentionedAgentIds)
            mentions.append(id);
        QJsonObject o{{u"message_id"_s, optionalId(messageId)},
                      {u"body"_s, a.body},
                      {u"format"_s, bodyFormatKey(a.format)},
                      {u"private"_s, a.isNote},
                      {u"mentions"_s, mentions}};
        if (!a.attachments.isEmpty()) {
            QJsonArray files;
            for (const OutgoingAttachment &file : a.attachments)
                // The bytes are kept beside the entry (outbox_files), in the same order.
                files.append(QJsonObject{
                    {u"name"_s, file.fileName}, {u"mime"_s, file.mimeType}, {u"size"_s, file.sizeBytes}});
            o.insert(u"attachments"_s, files);
        }
        return o;
    }
    QJsonObject operator()(const AssignConversation &a) const
    {
        return {{u"agent_id"_s, optionalId(a.agentId)}, {u"team_id"_s, optionalId(a.teamId)}};
    }
    QJsonObject operator()(const SetConversationStatus &a) const
    {
        return {{u"status"_s, statusKey(a.status)}, {u"snoozed_until"_s, optionalId(a.snoozedUntil)}};
    }
    QJsonObject operator()(const SetConversationPriority &a) const
    {
        return {{u"priority"_s, priorityKey(a.priority)}};
    }
    QJsonObject operator()(const AddConversationLabel &a) const { return {{u"label"_s, a.label}}; }
    QJsonObject operator()(const RemoveConversationLabel &a) const { return {{u"label"_s, a.label}}; }
    QJsonObject operator()(const MarkConversationRead &) const { return {}; }
    QJsonObject operator()(const StartConversation &a) const
    {
        return {{u"message_id"_s, optionalId(messageId)},
                {u"customer_id"_s, a.customerId},
                {u"channel"_s, channelKey(a.channel)},
                {u"inbox_id"_s, optionalId(a.inboxId)},
                {u"subject"_s, a.subject},
                {u"body"_s, a.body},
                {u"format"_s, bodyFormatKey(a.format)},
                {u"continues"_s, optionalId(a.continuesConversationId)}};
    }
    QJsonObject operator()(const MergeContacts &a) const
    {
        return {{u"survivor_contact"_s, a.survivorContactRemoteId},
                {u"merged_contact"_s, a.mergedContactRemoteId},
                {u"merge_id"_s, a.mergeId}};
    }
    QJsonObject operator()(const UpdateContact &a) const
    {
        QJsonObject o{{u"contact"_s, a.contactRemoteId}, {u"customer_id"_s, a.customerId}};
        if (a.name)
            o.insert(u"name"_s, *a.name);
        if (a.email)
            o.insert(u"email"_s, *a.email);
        if (a.phone)
            o.insert(u"phone"_s, *a.phone);
        return o;
    }
};

} // namespace

QByteArray encodePayload(const AgentAction &action, std::optional<qint64> messageId)
{
    return QJsonDocument(std::visit(Encode{messageId}, action)).toJson(QJsonDocument::Compact);
}

std::optional<AgentAction> decodePayload(QStringView kind, qint64 accountId, qint64 conversationId,
                                         const QByteArray &payload)
{
    const QJsonObject o = QJsonDocument::fromJson(payload).object();
    if (kind == u"send_message") {
        SendMessage a{conversationId,
                      o.value(u"body").toString(),
                      bodyFormatFromKey(o.value(u"format").toString()).value_or(BodyFormat::Plain),
                      o.value(u"private").toBool(),
                      {}};
        for (const QJsonValue &id : o.value(u"mentions").toArray())
            if (const std::optional<qint64> agent = jsonInteger(id))
                a.mentionedAgentIds.append(*agent);
        for (const QJsonValue &value : o.value(u"attachments").toArray()) {
            const QJsonObject file = value.toObject();
            a.attachments.append({{},
                                  file.value(u"name").toString(),
                                  file.value(u"mime").toString(),
                                  jsonInteger(file.value(u"size")).value_or(0)});
        }
        return a;
    }
    if (kind == u"assign")
        return AssignConversation{conversationId, idFrom(o.value(u"agent_id")), idFrom(o.value(u"team_id"))};
    if (kind == u"set_status") {
        const auto status = statusFromKey(o.value(u"status").toString());
        if (!status)
            return std::nullopt;
        return SetConversationStatus{conversationId, *status, idFrom(o.value(u"snoozed_until"))};
    }
    if (kind == u"set_priority") {
        const auto priority = priorityFromKey(o.value(u"priority").toString());
        if (!priority)
            return std::nullopt;
        return SetConversationPriority{conversationId, *priority};
    }
    if (kind == u"add_label")
        return AddConversationLabel{conversationId, o.value(u"label").toString()};
    if (kind == u"remove_label")
        return RemoveConversationLabel{conversationId, o.value(u"label").toString()};
    if (kind == u"mark_read")
        return MarkConversationRead{conversationId};
    if (kind == u"start_conversation") {
        const auto channel = channelFromKey(o.value(u"channel").toString());
        const std::optional<qint64> customer = idFrom(o.value(u"customer_id"));
        if (!channel || !customer)
            return std::nullopt;
        return StartConversation{*customer,
                                 accountId,
                                 *channel,
                                 idFrom(o.value(u"inbox_id")),
                                 o.value(u"subject").toString(),
                                 o.value(u"body").toString(),
                                 bodyFormatFromKey(o.value(u"format").toString()).value_or(BodyFormat::Plain),
                                 idFrom(o.value(u"continues")),
                                 conversationId};
    }
    if (kind == u"merge_contacts") {
        MergeContacts a{accountId, o.value(u"survivor_contact").toString(),
                        o.value(u"merged_contact").toString(), idFrom(o.value(u"merge_id")).value_or(0)};
        if (a.survivorContactRemoteId.isEmpty() || a.mergedContactRemoteId.isEmpty())
            return std::nullopt;
        return a;
    }
    if (kind == u"update_contact") {
        auto optionalText = [&o](QStringView key) -> std::optional<QString> {
            const QJsonValue value = o.value(key);
            return value.isString() ? std::optional<QString>(value.toString()) : std::nullopt;
        };
        UpdateContact a{accountId,
                        o.value(u"contact").toString(),
                        idFrom(o.value(u"customer_id")).value_or(0),
                        optionalText(u"name"),
                        optionalText(u"email"),
                        optionalText(u"phone")};
        if (a.contactRemoteId.isEmpty() || a.isEmpty())
            return std::nullopt;
        return a;
    }
    return std::nullopt;
}

} // namespace kontor::actions
