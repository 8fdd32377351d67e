// The JSON shapes Chatwoot gives its records, REST and websocket.
#include "FakeChatwoot.h"

#include <QDateTime>
#include <QTimeZone>

namespace kontor::chatwoot::fake {

QString FakeChatwoot::sourceIdFor(const Contact &contact, const Inbox &inbox) const
{
    const QString type = inbox.channelType;
    if (type == QLatin1StringView("Channel::Email"))
        return contact.email.trimmed().toLower();
    if (type == QLatin1StringView("Channel::Whatsapp"))
        return QStringLiteral("4915112%1").arg(contact.id, 6, 10, QLatin1Char('0'));
    if (type == QLatin1StringView("Channel::TwilioSms"))
        return QStringLiteral("+4930555%1").arg(contact.id, 4, 10, QLatin1Char('0'));
    if (type == QLatin1StringView("Channel::Telegram") || type == QLatin1StringView("Channel::FacebookPage"))
        return QString::number(7000000000LL + contact.id);
    return QStringLiteral("00000000-0000-4000-8000-%1").arg(contact.id, 12, 10, QLatin1Char('0'));
}

QString FakeChatwoot::channelOf(qint64 inboxId) const
{
    return inboxes_.value(inboxId).channelType;
}

QJsonObject FakeChatwoot::inboxJson(const Inbox &inbox) const
{
    QJsonObject json{{QStringLiteral("id"), inbox.id},
                     {QStringLiteral("name"), inbox.name},
                     {QStringLiteral("channel_id"), inbox.id * 10},
                     {QStringLiteral("channel_type"), inbox.channelType},
                     {QStringLiteral("avatar_url"), QString()},
                     {QStringLiteral("enable_auto_assignment"), true},
                     {QStringLiteral("csat_survey_enabled"), false}};
    if (!inbox.medium.isEmpty())
        json.insert(QStringLiteral("medium"), inbox.medium);
    return json;
}

QJsonObject FakeChatwoot::agentJson(qint64 id) const
{
    const QString name = agents_.value(id);
    const QString email = name.section(u' ', 0, 0).toLower() + QStringLiteral("@example.com");
    return {{QStringLiteral("id"), id},
            {QStringLiteral("account_id"), kAccountId},
            {QStringLiteral("name"), name},
            {QStringLiteral("available_name"), name},
            {QStringLiteral("email"), email},
            {QStringLiteral("role"), id == 1 ? QStringLiteral("administrator") : QStringLiteral("agent")},
            {QStringLiteral("availability_status"),
             id == 3 ? QStringLiteral("offline") : QStringLiteral("online")},
            {QStringLiteral("auto_offline"), true},
            {QStringLiteral("confirmed"), true},
            {QStringLiteral("thumbnail"), QString()}};
}

QJsonObject FakeChatwoot::profileJson(bool withToken) const
{
    QJsonObject profile{
        {QStringLiteral("id"), kUserId},
        {QStringLiteral("account_id"), kAccountId},
        {QStringLiteral("name"), QStringLiteral("Ada Agent")},
        {QStringLiteral("available_name"), QStringLiteral("Ada Agent")},
        {QStringLiteral("display_name"), QStringLiteral("Ada")},
        {QStringLiteral("email"), email()},
        {QStringLiteral("pubsub_token"), pubsubToken()},
        {QStringLiteral("role"), administrator_ ? QStringLiteral("administrator") : QStringLiteral("agent")},
        {QStringLiteral("type"), QStringLiteral("SuperAdmin")},
        {QStringLiteral("confirmed"), true}};
    if (withToken)
        profile.insert(QStringLiteral("access_token"), token());
    const QJsonArray accounts{
        QJsonObject{{QStringLiteral("id"), kAccountId},
                    {QStringLiteral("name"), QStringLiteral("Acme Support")},
                    {QStringLiteral("status"), QStringLiteral("active")},
                    {QStringLiteral("role"),
                     administrator_ ? QStringLiteral("administrator") : QStringLiteral("agent")},
                    {QStringLiteral("availability_status"), QStringLiteral("online")}},
        QJsonObject{{QStringLiteral("id"), kOtherAccountId},
                    {QStringLiteral("name"), QStringLiteral("Other Co")},
                    {QStringLiteral("status"), QStringLiteral("active")},
                    {QStringLiteral("role"), QStringLiteral("agent")},
                    {QStringLiteral("availability_status"), QStringLiteral("online")}}};
    profile.insert(QStringLiteral("accounts"), accounts);
    return profile;
}

QJsonObject FakeChatwoot::contactJson(qint64 id, bool withInboxes) const
{
    const Contact contact = contacts_.value(id);
    auto orNull = [](const QString &text) {
        return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
    };
    QJsonObject json{{QStringLiteral("id"), contact.id},
                     {QStringLiteral("name"), contact.name},
                     {QStringLiteral("email"), orNull(contact.email)},
                     {QStringLiteral("phone_number"), orNull(contact.phone)},
                     {QStringLiteral("identifier"), orNull(contact.identifier)},
                     {QStringLiteral("thumbnail"), QString()},
                     {QStringLiteral("blocked"), false},
                     {QStringLiteral("availability_status"), QStringLiteral("offline")},
                     {QStringLiteral("additional_attributes"), QJsonObject{}},
                     {QStringLiteral("custom_attributes"), customAttributesOf(contact.id)},
                     {QStringLiteral("created_at"), contact.createdAt},
                     {QStringLiteral("last_activity_at"), contact.createdAt},
                     {QStringLiteral("type"), QStringLiteral("contact")}};
    if (withInboxes) {
        QJsonArray inboxes;
        for (const auto &[inboxId, sourceId] : contact.inboxes)
            inboxes.append(QJsonObject{{QStringLiteral("source_id"), sourceId},
                                       {QStringLiteral("inbox"), inboxJson(inboxes_.value(inboxId))}});
        json.insert(QStringLiteral("contact_inboxes"), inboxes);
    }
    return json;
}

QJsonObject FakeChatwoot::messageJson(const QJsonObject &message, bool websocketShape) const
{
    QJsonObject json = message;
    if (!websocketShape && !listsEchoIds_)
        json.remove(QStringLiteral("echo_id"));
    if (websocketShape) {
        json.insert(QStringLiteral("account_id"), kAccountId);
        json.insert(QStringLiteral("updated_at"),
                    QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        const QJsonObject sender = message.value(QLatin1StringView("sender")).toObject();
        const QString type = sender.value(QLatin1StringView("type")).toString();
        json.insert(QStringLiteral("sender_type"), type == QLatin1StringView("user") ? QStringLiteral("User")
                                                   : type == QLatin1StringView("contact")
                                                       ? QStringLiteral("Contact")
                                                       : QString());
        json.insert(QStringLiteral("sender_id"), sender.value(QLatin1StringView("id")));
    }
    return json;
}

QJsonValue FakeChatwoot::snoozedUntilJson(const Conversation &conversation)
{
    // A datetime column: Rails writes it as ISO-8601 text, or null.
    if (!conversation.snoozedUntil)
        return QJsonValue(QJsonValue::Null);
    return QDateTime::fromSecsSinceEpoch(*conversation.snoozedUntil, QTimeZone::UTC)
        .toString(Qt::ISODateWithMs);
}

QJsonObject FakeChatwoot::conversationJson(qint64 id, bool websocketShape) const
{
    const Conversation c = conversations_.value(id);
    QJsonObject meta{{QStringLiteral("sender"), contactJson(c.contactId, false)},
                     {QStringLiteral("assignee_type"), QStringLiteral("User")},
                     {QStringLiteral("hmac_verified"), false}};
    const QJsonObject team{{QStringLiteral("id"), c.teamId},
                           {QStringLiteral("name"), teams_.value(c.teamId).first}};
    if (websocketShape) {
        // push_event_data (Conversations::EventDataPresenter) names both, null when there is none.
        meta.insert(QStringLiteral("assignee"),
                    c.assigneeId > 0 ? QJsonValue(agentJson(c.assigneeId)) : QJsonValue(QJsonValue::Null));
        meta.insert(QStringLiteral("team"), c.teamId > 0 ? QJsonValue(team) : QJsonValue(QJsonValue::Null));
    } else {
        // The REST partial (conversations/partials/_conversation.json.jbuilder) writes them only when set.
        if (c.assigneeId > 0)
            meta.insert(QStringLiteral("assignee"), agentJson(c.assigneeId));
        if (c.teamId > 0)
            meta.insert(QStringLiteral("team"), team);
    }
    // What Chatwoot keeps there: what the conversation's creator sent, and an email conversation's subject.
    QJsonObject additionalAttributes = c.additionalAttributes;
    if (!c.subject.isEmpty())
        additionalAttributes.insert(QStringLiteral("mail_subject"), c.subject);
    QJsonObject json{{QStringLiteral("id"), c.id},
                     {QStringLiteral("account_id"), kAccountId},
                     {QStringLiteral("inbox_id"), c.inboxId},
                     {QStringLiteral("status"), c.status},
                     {QStringLiteral("priority"),
                      c.priority.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(c.priority)},
                     {QStringLiteral("labels"), QJsonArray::fromStringList(c.labels)},
                     {QStringLiteral("muted"), false},
                     {QStringLiteral("can_reply"), true},
                     {QStringLiteral("additional_attributes"), additionalAttributes},
                     {QStringLiteral("custom_attributes"), QJsonObject{}},
                     // ISO, as Chatwoot writes snoozed_until; updated_at is float seconds; the rest integers.
                     {QStringLiteral("snoozed_until"), snoozedUntilJson(c)},
                     {QStringLiteral("created_at"), c.createdAt},
                     {QStringLiteral("updated_at"), c.updatedAt},
                     {QStringLiteral("timestamp"), c.lastActivityAt},
                     {QStringLiteral("last_activity_at"), c.lastActivityAt},
                     {QStringLiteral("agent_last_seen_at"), 0},
                     {QStringLiteral("contact_last_seen_at"), 0},
                     {QStringLiteral("first_reply_created_at"), c.firstReplyAt},
                     {QStringLiteral("waiting_since"), c.waitingSince},
                     {QStringLiteral("unread_count"), c.unread}};
    json.insert(QStringLiteral("messages"), c.messages.isEmpty()
                                                ? QJsonArray()
                                                : QJsonArray{messageJson(c.messages.last(), websocketShape)});
    if (websocketShape) {
        json.insert(QStringLiteral("channel"), channelOf(c.inboxId));
        const Contact contact = contacts_.value(c.contactId);
        for (const auto &[inboxId, sourceId] : contact.inboxes) {
            if (inboxId == c.inboxId)
                json.insert(QStringLiteral("contact_inbox"),
                            QJsonObject{{QStringLiteral("source_id"), sourceId},
                                        {QStringLiteral("inbox_id"), inboxId}});
        }
    } else {
        meta.insert(QStringLiteral("channel"), channelOf(c.inboxId));
        // The newest message that is not an activity line (null when there is none), and the fields the
        // partial always writes.
        QJsonValue lastNonActivity(QJsonValue::Null);
        for (auto it = c.messages.crbegin(); it != c.messages.crend(); ++it) {
            if (it->value(QLatin1StringView("message_type")).toInt() != 2) {
                lastNonActivity = messageJson(*it);
                break;
            }
        }
        json.insert(QStringLiteral("last_non_activity_message"), lastNonActivity);
        json.insert(QStringLiteral("assignee_last_seen_at"), 0);
        json.insert(QStringLiteral("sla_policy_id"),
                    c.slaPolicyId && slaEnabled_ ? QJsonValue(c.slaPolicyId) : QJsonValue(QJsonValue::Null));
        json.insert(QStringLiteral("uuid"),
                    QStringLiteral("00000000-0000-4000-9000-%1").arg(c.id, 12, 10, QLatin1Char('0')));
    }
    // Enterprise writes the applied policy in both shapes, only where one applies.
    if (const QJsonValue appliedSla = appliedSlaJson(c); appliedSla.isObject())
        json.insert(QStringLiteral("applied_sla"), appliedSla);
    json.insert(QStringLiteral("meta"), meta);
    return json;
}

} // namespace kontor::chatwoot::fake
