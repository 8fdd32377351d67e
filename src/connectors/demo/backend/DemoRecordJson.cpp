#include "connectors/demo/backend/DemoRecordJson.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace kontor {

namespace {

template<typename Enum>
Enum readKey(DemoJsonReader &in, const char *key, std::optional<Enum> (*parse)(QStringView))
{
    const QString text = in.string(key);
    const std::optional<Enum> value = parse(text);
    if (in.ok() && !value)
        in.fail(u"unknown key"_s, key);
    return value.value_or(Enum{});
}

QJsonObject headerToJson(const DemoRecordHeader &header, DemoRecordKind kind)
{
    return {
        {u"kind"_s, demoRecordKindKey(kind)}, {u"id"_s, header.remoteId},
        {u"updatedAt"_s, header.updatedAt},   {u"createdSeq"_s, header.createdSeq},
        {u"changeSeq"_s, header.changeSeq},
    };
}

void readHeader(DemoJsonReader &in, DemoRecordHeader &header)
{
    header.remoteId = in.string("id");
    header.updatedAt = in.integer("updatedAt");
    header.createdSeq = in.integer("createdSeq");
    header.changeSeq = in.integer("changeSeq");
    if (in.ok() && header.remoteId.isEmpty())
        in.fail(u"empty"_s, "id");
}

QJsonArray stringsToJson(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

void write(QJsonObject &o, const DemoInbox &r)
{
    o[u"name"_s] = r.name;
    o[u"channel"_s] = channelKey(r.channel);
    o[u"address"_s] = r.address;
    o[u"teamId"_s] = r.teamId;
}

void read(DemoJsonReader &in, DemoInbox &r)
{
    r.name = in.string("name");
    r.channel = readKey(in, "channel", &channelFromKey);
    r.address = in.string("address");
    r.teamId = in.string("teamId");
}

void write(QJsonObject &o, const DemoAgent &r)
{
    o[u"name"_s] = r.name;
    o[u"email"_s] = r.email;
    o[u"presence"_s] = presenceKey(r.presence);
    o[u"presenceSince"_s] = r.presenceSince;
    o[u"capacity"_s] = r.capacity;
    o[u"isSelf"_s] = r.isSelf;
    o[u"languages"_s] = stringsToJson(r.languages);
}

void read(DemoJsonReader &in, DemoAgent &r)
{
    r.name = in.string("name");
    r.email = in.string("email");
    r.presence = readKey(in, "presence", &presenceFromKey);
    r.presenceSince = in.integer("presenceSince");
    r.capacity = int(in.integer("capacity"));
    r.isSelf = in.boolean("isSelf");
    r.languages = in.strings("languages");
}

void write(QJsonObject &o, const DemoTeam &r)
{
    o[u"name"_s] = r.name;
    o[u"memberIds"_s] = stringsToJson(r.memberIds);
    o[u"languages"_s] = stringsToJson(r.languages);
    QJsonArray sla;
    for (const DemoSlaTarget &target : r.sla)
        sla.append(QJsonObject{{u"priority"_s, priorityKey(target.priority)},
                               {u"firstReplyMinutes"_s, target.firstReplyMinutes},
                               {u"resolutionMinutes"_s, target.resolutionMinutes}});
    o[u"sla"_s] = sla;
}

void read(DemoJsonReader &in, DemoTeam &r)
{
    r.name = in.string("name");
    r.memberIds = in.strings("memberIds");
    r.languages = in.strings("languages");
    for (const QJsonValue &item : in.array("sla")) {
        DemoJsonReader target = in.nested(item.toObject(), u"sla"_s);
        DemoSlaTarget sla;
        sla.priority = readKey(target, "priority", &priorityFromKey);
        sla.firstReplyMinutes = int(target.integer("firstReplyMinutes"));
        sla.resolutionMinutes = int(target.integer("resolutionMinutes"));
        r.sla.append(sla);
    }
}

void write(QJsonObject &o, const DemoCannedResponse &r)
{
    o[u"shortCode"_s] = r.shortCode;
    o[u"title"_s] = r.title;
    o[u"language"_s] = r.language;
    o[u"content"_s] = r.content;
}

void read(DemoJsonReader &in, DemoCannedResponse &r)
{
    r.shortCode = in.string("shortCode");
    r.title = in.string("title");
    r.language = in.string("language");
    r.content = in.string("content");
}

void write(QJsonObject &o, const DemoCustomer &r)
{
    o[u"name"_s] = r.name;
    o[u"language"_s] = r.language;
    o[u"timeZone"_s] = r.timeZone;
    o[u"city"_s] = r.city;
    o[u"country"_s] = r.country;
    o[u"company"_s] = r.company;
    o[u"createdAt"_s] = r.createdAt;
    o[u"mergedIntoId"_s] = r.mergedIntoId;
    QJsonArray identities;
    for (const DemoIdentity &identity : r.identities)
        identities.append(QJsonObject{
            {u"kind"_s, identityKindKey(identity.kind)},
            {u"platform"_s, identity.platform ? QJsonValue(channelKey(*identity.platform)) : QJsonValue()},
            {u"value"_s, identity.value},
            {u"displayValue"_s, identity.displayValue}});
    o[u"identities"_s] = identities;
    QJsonArray attributes;
    for (const DemoAttribute &attribute : r.attributes)
        attributes.append(QJsonObject{{u"key"_s, attribute.key},
                                      {u"label"_s, attribute.label},
                                      {u"value"_s, attribute.value},
                                      {u"kind"_s, attributeKindKey(attribute.kind)}});
    o[u"attributes"_s] = attributes;
}

void read(DemoJsonReader &in, DemoCustomer &r)
{
    r.name = in.string("name");
    r.language = in.string("language");
    r.timeZone = in.string("timeZone");
    r.city = in.string("city");
    r.country = in.string("country");
    r.company = in.string("company");
    r.createdAt = in.integer("createdAt");
    r.mergedIntoId = in.string("mergedIntoId");
    for (const QJsonValue &item : in.array("identities")) {
        const QJsonObject object = item.toObject();
        DemoJsonReader identity = in.nested(object, u"identities"_s);
        DemoIdentity value;
        value.kind = readKey(identity, "kind", &identityKindFromKey);
        if (!object.value(u"platform"_s).isNull())
            value.platform = readKey(identity, "platform", &channelFromKey);
        value.value = identity.string("value");
        value.displayValue = identity.string("displayValue");
        r.identities.append(value);
    }
    // State files written before customers had attributes have none: those customers simply have none.
    if (!in.has("attributes"))
        return;
    for (const QJsonValue &item : in.array("attributes")) {
        DemoJsonReader attribute = in.nested(item.toObject(), u"attributes"_s);
        DemoAttribute value;
        value.key = attribute.string("key");
        value.label = attribute.string("label");
        value.value = attribute.string("value");
        value.kind = readKey(attribute, "kind", &attributeKindFromKey);
        r.attributes.append(value);
    }
}

void write(QJsonObject &o, const DemoConversation &r)
{
    o[u"inboxId"_s] = r.inboxId;
    o[u"channel"_s] = channelKey(r.channel);
    o[u"customerId"_s] = r.customerId;
    o[u"subject"_s] = r.subject;
    o[u"status"_s] = statusKey(r.status);
    o[u"priority"_s] = priorityKey(r.priority);
    o[u"assigneeId"_s] = r.assigneeId;
    o[u"teamId"_s] = r.teamId;
    o[u"labels"_s] = stringsToJson(r.labels);
    o[u"createdAt"_s] = r.createdAt;
    o[u"lastActivityAt"_s] = r.lastActivityAt;
    o[u"waitingSince"_s] = optionalToJson(r.waitingSince);
    o[u"firstReplyAt"_s] = optionalToJson(r.firstReplyAt);
    o[u"resolvedAt"_s] = optionalToJson(r.resolvedAt);
    o[u"slaFirstReplyDue"_s] = optionalToJson(r.slaFirstReplyDue);
    o[u"slaResolutionDue"_s] = optionalToJson(r.slaResolutionDue);
    o[u"snoozedUntil"_s] = optionalToJson(r.snoozedUntil);
    o[u"snoozedUntilReply"_s] = r.snoozedUntilReply;
    o[u"agentLastSeenAt"_s] = optionalToJson(r.agentLastSeenAt);
    o[u"unreadCount"_s] = r.unreadCount;
    o[u"relatedConversationId"_s] = r.relatedConversationId;
    o[u"topic"_s] = r.topic;
    o[u"orderReference"_s] = r.orderReference;
    o[u"language"_s] = r.language;
}

void read(DemoJsonReader &in, DemoConversation &r)
{
    r.inboxId = in.string("inboxId");
    r.channel = readKey(in, "channel", &channelFromKey);
    r.customerId = in.string("customerId");
    r.subject = in.string("subject");
    r.status = readKey(in, "status", &statusFromKey);
    r.priority = readKey(in, "priority", &priorityFromKey);
    r.assigneeId = in.string("assigneeId");
    r.teamId = in.string("teamId");
    r.labels = in.strings("labels");
    r.createdAt = in.integer("createdAt");
    r.lastActivityAt = in.integer("lastActivityAt");
    r.waitingSince = in.optionalInteger("waitingSince");
    r.firstReplyAt = in.optionalInteger("firstReplyAt");
    r.resolvedAt = in.optionalInteger("resolvedAt");
    r.slaFirstReplyDue = in.optionalInteger("slaFirstReplyDue");
    r.slaResolutionDue = in.optionalInteger("slaResolutionDue");
    r.snoozedUntil = in.optionalInteger("snoozedUntil");
    r.snoozedUntilReply = in.boolean("snoozedUntilReply");
    r.agentLastSeenAt = in.optionalInteger("agentLastSeenAt");
    r.unreadCount = int(in.integer("unreadCount"));
    r.relatedConversationId = in.string("relatedConversationId");
    r.topic = in.string("topic");
    r.orderReference = in.string("orderReference");
    r.language = in.string("language");
}

void write(QJsonObject &o, const DemoMessage &r)
{
    o[u"conversationId"_s] = r.conversationId;
    o[u"messageKind"_s] = messageKindKey(r.kind);
    o[u"channel"_s] = channelKey(r.channel);
    o[u"format"_s] = bodyFormatKey(r.format);
    o[u"body"_s] = r.body;
    o[u"authorAgentId"_s] = r.authorAgentId;
    o[u"authorCustomerId"_s] = r.authorCustomerId;
    o[u"authorName"_s] = r.authorName;
    o[u"createdAt"_s] = r.createdAt;
    o[u"deliveryState"_s] = deliveryStateKey(r.deliveryState);
    o[u"echoUuid"_s] = r.echoUuid;
    o[u"activity"_s] = r.activity;
    o[u"callSeconds"_s] = r.callSeconds;
    o[u"mentionedAgentIds"_s] = stringsToJson(r.mentionedAgentIds);
    QJsonArray attachments;
    for (const DemoAttachment &a : r.attachments)
        attachments.append(QJsonObject{{u"id"_s, a.remoteId},
                                       {u"fileName"_s, a.fileName},
                                       {u"mimeType"_s, a.mimeType},
                                       {u"sizeBytes"_s, a.sizeBytes},
                                       {u"remoteUrl"_s, a.remoteUrl}});
    o[u"attachments"_s] = attachments;
}

void read(DemoJsonReader &in, DemoMessage &r)
{
    r.conversationId = in.string("conversationId");
    r.kind = readKey(in, "messageKind", &messageKindFromKey);
    r.channel = readKey(in, "channel", &channelFromKey);
    r.format = readKey(in, "format", &bodyFormatFromKey);
    r.body = in.string("body");
    r.authorAgentId = in.string("authorAgentId");
    r.authorCustomerId = in.string("authorCustomerId");
    r.authorName = in.string("authorName");
    r.createdAt = in.integer("createdAt");
    r.deliveryState = readKey(in, "deliveryState", &deliveryStateFromKey);
    r.echoUuid = in.string("echoUuid");
    r.activity = in.string("activity");
    r.callSeconds = int(in.integer("callSeconds"));
    r.mentionedAgentIds = in.strings("mentionedAgentIds");
    for (const QJsonValue &item : in.array("attachments")) {
        DemoJsonReader a = in.nested(item.toObject(), u"attachments"_s);
        DemoAttachment attachment;
        attachment.remoteId = a.string("id");
        attachment.fileName = a.string("fileName");
        attachment.mimeType = a.string("mimeType");
        attachment.sizeBytes = a.integer("sizeBytes");
        attachment.remoteUrl = a.string("remoteUrl");
        r.attachments.append(attachment);
    }
}

void write(QJsonObject &o, const DemoCsatAnswer &r)
{
    o[u"conversationId"_s] = r.conversationId;
    o[u"rating"_s] = r.rating;
    o[u"comment"_s] = r.comment;
    o[u"createdAt"_s] = r.createdAt;
}

void read(DemoJsonReader &in, DemoCsatAnswer &r)
{
    r.conversationId = in.string("conversationId");
    r.rating = int(in.integer("rating"));
    r.comment = in.string("comment");
    r.createdAt = in.integer("createdAt");
    if (in.ok() && (r.rating < 1 || r.rating > 5))
        in.fail(u"out of range"_s, "rating");
}

template<typename T>
DemoRecord readAs(DemoJsonReader &in)
{
    T record;
    readHeader(in, record);
    read(in, record);
    return record;
}

} // namespace

QJsonObject demoRecordToJson(const DemoRecord &record)
{
    QJsonObject object = headerToJson(headerOf(record), kindOf(record));
    std::visit([&object](const auto &r) { write(object, r); }, record);
    return object;
}

std::optional<DemoRecord> demoRecordFromJson(DemoJsonReader &in)
{
    const DemoRecordKind kind = readKey(in, "kind", &demoRecordKindFromKey);
    if (!in.ok())
        return std::nullopt;
    DemoRecord record;
    switch (kind) {
    case DemoRecordKind::Inbox:
        record = readAs<DemoInbox>(in);
        break;
    case DemoRecordKind::Agent:
        record = readAs<DemoAgent>(in);
        break;
    case DemoRecordKind::Team:
        record = readAs<DemoTeam>(in);
        break;
    case DemoRecordKind::CannedResponse:
        record = readAs<DemoCannedResponse>(in);
        break;
    case DemoRecordKind::Customer:
        record = readAs<DemoCustomer>(in);
        break;
    case DemoRecordKind::Conversation:
        record = readAs<DemoConversation>(in);
        break;
    case DemoRecordKind::Message:
        record = readAs<DemoMessage>(in);
        break;
    case DemoRecordKind::Csat:
        record = readAs<DemoCsatAnswer>(in);
        break;
    }
    if (!in.ok())
        return std::nullopt;
    return record;
}

} // namespace kontor
