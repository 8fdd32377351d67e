#include "connectors/demo/backend/DemoActionJson.h"

#include "connectors/demo/backend/DemoJsonReader.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace kontor {

namespace {

QJsonValue optionalText(const std::optional<QString> &text)
{
    return text ? QJsonValue(*text) : QJsonValue(QJsonValue::Null);
}

std::optional<QString> readOptionalText(DemoJsonReader &in, const QJsonObject &json, const char *key)
{
    const QJsonValue value = json.value(QLatin1StringView(key));
    if (value.isNull() || value.isUndefined())
        return std::nullopt;
    return in.string(key);
}

template<typename Enum>
Enum readKey(DemoJsonReader &in, const char *key, std::optional<Enum> (*parse)(QStringView))
{
    const std::optional<Enum> value = parse(in.string(key));
    if (in.ok() && !value)
        in.fail(u"unknown key"_s, key);
    return value.value_or(Enum{});
}

QJsonArray filesToJson(const QList<DemoSentFile> &files)
{
    QJsonArray array;
    for (const DemoSentFile &file : files)
        array.append(QJsonObject{{u"fileName"_s, file.fileName},
                                 {u"mimeType"_s, file.mimeType},
                                 {u"sizeBytes"_s, file.sizeBytes}});
    return array;
}

QList<DemoSentFile> readFiles(DemoJsonReader &in, const QJsonObject &json)
{
    QList<DemoSentFile> files;
    if (!json.contains(u"files"_s))
        return files; // actions recorded before files could be sent
    for (const QJsonValue &item : in.array("files")) {
        DemoJsonReader f = in.nested(item.toObject(), u"files"_s);
        files.append({f.string("fileName"), f.string("mimeType"), f.integer("sizeBytes")});
    }
    return files;
}

struct PayloadWriter
{
    QJsonObject &o;

    void operator()(const DemoReply &a) const
    {
        o[u"conversationId"_s] = a.conversationId;
        o[u"body"_s] = a.body;
        o[u"format"_s] = bodyFormatKey(a.format);
        o[u"channel"_s] = a.channel ? QJsonValue(channelKey(*a.channel)) : QJsonValue(QJsonValue::Null);
        o[u"files"_s] = filesToJson(a.files);
    }
    void operator()(const DemoStartConversation &a) const
    {
        o[u"customerId"_s] = a.customerId;
        o[u"channel"_s] = channelKey(a.channel);
        o[u"subject"_s] = a.subject;
        o[u"body"_s] = a.body;
        o[u"format"_s] = bodyFormatKey(a.format);
    }
    void operator()(const DemoAddNote &a) const
    {
        o[u"conversationId"_s] = a.conversationId;
        o[u"body"_s] = a.body;
        o[u"format"_s] = bodyFormatKey(a.format);
        o[u"mentionedAgentIds"_s] = QJsonArray::fromStringList(a.mentionedAgentIds);
        o[u"files"_s] = filesToJson(a.files);
    }
    void operator()(const DemoAssign &a) const
    {
        o[u"conversationId"_s] = a.conversationId;
        o[u"agentId"_s] = optionalText(a.agentId);
        o[u"teamId"_s] = optionalText(a.teamId);
    }
    void operator()(const DemoSetStatus &a) const
    {
        o[u"conversationId"_s] = a.conversationId;
        o[u"status"_s] = statusKey(a.status);
        o[u"snoozedUntil"_s] = optionalToJson(a.snoozedUntil);
    }
    void operator()(const DemoSetPriority &a) const
    {
        o[u"conversationId"_s] = a.conversationId;
        o[u"priority"_s] = priorityKey(a.priority);
    }
    void operator()(const DemoSetLabels &a) const
    {
        o[u"conversationId"_s] = a.conversationId;
        o[u"labels"_s] = QJsonArray::fromStringList(a.labels);
    }
    void operator()(const DemoAddLabel &a) const
    {
        o[u"conversationId"_s] = a.conversationId;
        o[u"label"_s] = a.label;
    }
    void operator()(const DemoRemoveLabel &a) const
    {
        o[u"conversationId"_s] = a.conversationId;
        o[u"label"_s] = a.label;
    }
    void operator()(const DemoMarkRead &a) const
    {
        o[u"conversationId"_s] = a.conversationId;
        o[u"upTo"_s] = optionalToJson(a.upTo);
    }
    void operator()(const DemoMergeCustomers &a) const
    {
        o[u"survivorId"_s] = a.survivorId;
        o[u"mergedId"_s] = a.mergedId;
    }
    void operator()(const DemoUpdateCustomer &a) const
    {
        o[u"customerId"_s] = a.customerId;
        o[u"name"_s] = a.name ? QJsonValue(*a.name) : QJsonValue();
        o[u"email"_s] = a.email ? QJsonValue(*a.email) : QJsonValue();
        o[u"phone"_s] = a.phone ? QJsonValue(*a.phone) : QJsonValue();
    }
};

std::optional<DemoActionPayload> readPayload(DemoJsonReader &in, const QJsonObject &json, const QString &kind)
{
    if (kind == u"reply") {
        DemoReply a{
            in.string("conversationId"), in.string("body"), readKey(in, "format", &bodyFormatFromKey), {}};
        if (!json.value(u"channel"_s).isNull())
            a.channel = readKey(in, "channel", &channelFromKey);
        a.files = readFiles(in, json);
        return a;
    }
    if (kind == u"start_conversation")
        return DemoStartConversation{in.string("customerId"), readKey(in, "channel", &channelFromKey),
                                     in.string("subject"), in.string("body"),
                                     readKey(in, "format", &bodyFormatFromKey)};
    if (kind == u"note")
        return DemoAddNote{in.string("conversationId"), in.string("body"),
                           readKey(in, "format", &bodyFormatFromKey), in.strings("mentionedAgentIds"),
                           readFiles(in, json)};
    if (kind == u"assign")
        return DemoAssign{in.string("conversationId"), readOptionalText(in, json, "agentId"),
                          readOptionalText(in, json, "teamId")};
    if (kind == u"set_status")
        return DemoSetStatus{in.string("conversationId"), readKey(in, "status", &statusFromKey),
                             in.optionalInteger("snoozedUntil")};
    if (kind == u"set_priority")
        return DemoSetPriority{in.string("conversationId"), readKey(in, "priority", &priorityFromKey)};
    if (kind == u"set_labels")
        return DemoSetLabels{in.string("conversationId"), in.strings("labels")};
    if (kind == u"add_label")
        return DemoAddLabel{in.string("conversationId"), in.string("label")};
    if (kind == u"remove_label")
        return DemoRemoveLabel{in.string("conversationId"), in.string("label")};
    if (kind == u"mark_read")
        return DemoMarkRead{in.string("conversationId"), in.optionalInteger("upTo")};
    if (kind == u"merge_customers")
        return DemoMergeCustomers{in.string("survivorId"), in.string("mergedId")};
    if (kind == u"update_customer")
        return DemoUpdateCustomer{in.string("customerId"), readOptionalText(in, json, "name"),
                                  readOptionalText(in, json, "email"), readOptionalText(in, json, "phone")};
    in.fail(u"unknown action"_s, "kind");
    return std::nullopt;
}

} // namespace

QJsonObject demoActionToJson(const DemoAction &action)
{
    QJsonObject object{{u"kind"_s, demoActionKind(action.payload)}, {u"clientUuid"_s, action.clientUuid}};
    std::visit(PayloadWriter{object}, action.payload);
    return object;
}

std::optional<DemoAction> demoActionFromJson(const QJsonObject &json, QString &error)
{
    DemoJsonReader in(json, u"action"_s, &error);
    const QString kind = in.string("kind");
    const QString clientUuid = in.string("clientUuid");
    if (!in.ok())
        return std::nullopt;
    std::optional<DemoActionPayload> payload = readPayload(in, json, kind);
    if (!payload || !in.ok())
        return std::nullopt;
    return DemoAction{clientUuid, std::move(*payload)};
}

} // namespace kontor
