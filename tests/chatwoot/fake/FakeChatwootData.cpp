// The fake's seed data: the dashboard's fixtures and generated contacts and conversations.
#include "FakeChatwoot.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QTimeZone>

namespace kontor::chatwoot::fake {

namespace {

qint64 now()
{
    return QDateTime::currentSecsSinceEpoch();
}

QJsonDocument fixture(const QString &name)
{
    QFile file(QStringLiteral(":/chatwoot-fake/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("fixture %s missing", qPrintable(name));
    return QJsonDocument::fromJson(file.readAll());
}

} // namespace

FakeChatwoot::FakeChatwoot(QObject *parent)
    : FakeChatwoot(Seed{}, parent)
{}

FakeChatwoot::FakeChatwoot(const Seed &seed, QObject *parent)
    : QObject(parent)
{
    http_.setHandler([this](const HttpRequest &request) { return handle(request); });
    http_.setCable(&cable_);
    cable_.setAuthorizer([](const QJsonObject &identifier) {
        return identifier.value(QLatin1StringView("pubsub_token")).toString() == pubsubToken() &&
               identifier.value(QLatin1StringView("user_id")).toInteger() == kUserId;
    });
    cable_.setPresenceSource([] {
        QJsonObject users;
        users.insert(QStringLiteral("1"), QStringLiteral("online"));
        users.insert(QStringLiteral("2"), QStringLiteral("busy"));
        return QJsonObject{{QStringLiteral("account_id"), kAccountId},
                           {QStringLiteral("users"), users},
                           {QStringLiteral("contacts"), QJsonObject{}}};
    });
    this->seed(seed);
}

FakeChatwoot::~FakeChatwoot() = default;

void FakeChatwoot::seed(const Seed &seed)
{
    inboxes_.insert(1, {1, QStringLiteral("Website"), QStringLiteral("Channel::WebWidget"), {}});
    inboxes_.insert(2, {2, QStringLiteral("Support mail"), QStringLiteral("Channel::Email"), {}});
    inboxes_.insert(3, {3, QStringLiteral("WhatsApp"), QStringLiteral("Channel::Whatsapp"), {}});
    inboxes_.insert(4,
                    {4, QStringLiteral("SMS"), QStringLiteral("Channel::TwilioSms"), QStringLiteral("sms")});
    inboxes_.insert(5, {5, QStringLiteral("Telegram"), QStringLiteral("Channel::Telegram"), {}});
    inboxes_.insert(6, {6, QStringLiteral("Facebook"), QStringLiteral("Channel::FacebookPage"), {}});
    agents_.insert(1, QStringLiteral("Ada Agent"));
    agents_.insert(2, QStringLiteral("Bo Berg"));
    agents_.insert(3, QStringLiteral("Cy Chen"));
    teams_.insert(1, {QStringLiteral("Billing"), {1, 2}});
    teams_.insert(2, {QStringLiteral("Tech"), {3}});
    accountLabels_ = {QStringLiteral("billing"), QStringLiteral("vip"), QStringLiteral("bug"),
                      QStringLiteral("feedback")};
    cacheKeys_ = {{QStringLiteral("label"), QStringLiteral("l1")},
                  {QStringLiteral("inbox"), QStringLiteral("i1")},
                  {QStringLiteral("team"), QStringLiteral("t1")}};

    customAttributes_ = seed.customAttributes;
    seedFixtures(seed.looseFixture);
    const qint64 base = now() - 30 * 24 * 3600;
    for (int i = 0; i < seed.contacts; ++i) {
        Contact contact;
        contact.id = 1000 + i;
        contact.name = QStringLiteral("Customer %1").arg(i);
        // Mixed spellings, as backends report them: the connector normalises.
        contact.email = i % 3 == 0 ? QStringLiteral(" Customer%1@Example.ORG ").arg(i)
                                   : QStringLiteral("customer%1@example.org").arg(i);
        if (i % 2 == 0)
            contact.phone = QStringLiteral("+49 30 1234%1").arg(i, 4, 10, QLatin1Char('0'));
        if (i % 5 == 0)
            contact.identifier = QStringLiteral("user-%1").arg(i);
        const Inbox &inbox = inboxes_[1 + i % 6];
        contact.inboxes.append({inbox.id, sourceIdFor(contact, inbox)});
        contact.createdAt = base + i * 60;
        contacts_.insert(contact.id, contact);
    }
    static const QStringList statuses{QStringLiteral("open"), QStringLiteral("pending"),
                                      QStringLiteral("snoozed"), QStringLiteral("resolved")};
    static const QStringList priorities{QString(), QStringLiteral("low"), QStringLiteral("high"),
                                        QStringLiteral("urgent")};
    for (int i = 0; i < seed.conversations && !contacts_.isEmpty(); ++i) {
        Conversation conversation;
        conversation.id = 100 + i;
        const Contact &contact = contacts_[1000 + i % qMax(1, seed.contacts)];
        conversation.contactId = contact.id;
        conversation.inboxId = contact.inboxes.value(0).first;
        conversation.status = statuses[i % 4];
        if (conversation.status == QLatin1StringView("snoozed"))
            conversation.snoozedUntil = now() + 86400;
        conversation.priority = priorities[i % 4];
        conversation.assigneeId = i % 3 == 0 ? 0 : 1 + i % 3;
        conversation.teamId = i % 4 == 0 ? 1 : 0;
        if (i % 5 == 0)
            conversation.labels = {QStringLiteral("billing")};
        if (conversation.inboxId == 2)
            conversation.subject = QStringLiteral("Order %1").arg(4000 + i);
        conversation.createdAt = base + i * 3600;
        conversation.updatedAt = double(conversation.createdAt) + 0.25;
        conversation.lastActivityAt = conversation.createdAt;
        for (int m = 0; m < seed.messagesPerConversation; ++m) {
            const bool incoming = m % 2 == 0;
            addMessage(conversation, incoming ? 0 : 1, m == 3,
                       QStringLiteral("Message %1 of %2").arg(m).arg(i),
                       incoming ? QStringLiteral("contact") : QStringLiteral("user"),
                       incoming ? contact.id : 1 + (i % 3));
            conversation.messages.last()[QStringLiteral("created_at")] = conversation.createdAt + m * 60;
        }
        conversation.lastActivityAt = conversation.createdAt + (seed.messagesPerConversation - 1) * 60;
        conversation.updatedAt = double(conversation.lastActivityAt) + 0.5;
        conversation.waitingSince =
            conversation.status == QLatin1StringView("open") ? conversation.lastActivityAt : 0;
        conversation.firstReplyAt = seed.messagesPerConversation > 1 ? conversation.createdAt + 60 : 0;
        if (seed.slas && i % 5 == 1) {
            conversation.slaPolicyId = 1 + (i / 5) % 2;
            conversation.slaAppliedAt = conversation.createdAt;
        }
        conversations_.insert(conversation.id, conversation);
    }
}

void FakeChatwoot::seedFixtures(bool loose)
{
    // The dashboard's text-only web widget conversation: 19 messages of types 0..3, a private note, a form,
    // a failed message.
    Contact hey;
    hey.id = 597;
    hey.name = QStringLiteral("hey");
    hey.email = QStringLiteral("hey@example.com");
    hey.inboxes.append({1, QStringLiteral("2d0ff2a3-3d6a-4ad4-a5cb-1c0e3f0f9b3e")});
    hey.createdAt = 1732195600;
    contacts_.insert(hey.id, hey);
    Conversation widget;
    widget.id = 43;
    widget.inboxId = 1;
    widget.contactId = hey.id;
    widget.createdAt = 1732195656;
    for (const QJsonValue &value : fixture(QStringLiteral("messages_web_widget_text_only.json")).array()) {
        QJsonObject message = value.toObject();
        // The dashboard marks a message it is still sending "progress"; the server only knows sent,
        // delivered, read and failed (Message's status enum), and a message it has is at least sent.
        if (message.value(QLatin1StringView("status")) == QLatin1StringView("progress"))
            message[QStringLiteral("status")] = QStringLiteral("sent");
        message[QStringLiteral("inbox_id")] = 1;
        message[QStringLiteral("conversation_id")] = 43;
        widget.messages.append(message);
        widget.lastActivityAt =
            qMax(widget.lastActivityAt, qint64(message.value(QLatin1StringView("created_at")).toDouble()));
    }
    widget.updatedAt = double(widget.lastActivityAt) + 0.123456;
    conversations_.insert(widget.id, widget);

    if (!loose)
        return;
    // The older, hand-trimmed conversation fixture: a sender without email, messages of another conversation.
    const QJsonObject looseFixture = fixture(QStringLiteral("conversation_with_messages.json")).object();
    const QJsonObject sender = looseFixture.value(QLatin1StringView("meta"))
                                   .toObject()
                                   .value(QLatin1StringView("sender"))
                                   .toObject();
    Contact flower;
    flower.id = sender.value(QLatin1StringView("id")).toInteger();
    flower.name = sender.value(QLatin1StringView("name")).toString();
    flower.inboxes.append({1, QStringLiteral("5f1ad9c2-7f0e-4b1a-9c57-6a8f0c2d7e11")});
    flower.createdAt = 1621144000;
    contacts_.insert(flower.id, flower);
    Conversation looseConversation;
    looseConversation.id = looseFixture.value(QLatin1StringView("id")).toInteger();
    looseConversation.inboxId = 1;
    looseConversation.contactId = flower.id;
    looseConversation.createdAt = 1621144123;
    looseConversation.lastActivityAt = looseFixture.value(QLatin1StringView("timestamp")).toInteger();
    for (const QJsonValue &value : looseFixture.value(QLatin1StringView("messages")).toArray()) {
        QJsonObject message = value.toObject();
        if (message.value(QLatin1StringView("conversation_id")).toInteger() == looseConversation.id)
            looseConversation.messages.append(message);
    }
    looseConversation.updatedAt = 1621145476.91;
    conversations_.insert(looseConversation.id, looseConversation);
}

QJsonObject FakeChatwoot::addMessage(Conversation &conversation, int type, bool isPrivate,
                                     const QString &content, const QString &senderType, qint64 senderId,
                                     const QString &echoId)
{
    QJsonObject sender;
    if (senderType == QLatin1StringView("contact")) {
        sender = contactJson(senderId, false);
    } else if (senderType == QLatin1StringView("user")) {
        sender = {{QStringLiteral("id"), senderId},
                  {QStringLiteral("name"), agents_.value(senderId)},
                  {QStringLiteral("available_name"), agents_.value(senderId)},
                  {QStringLiteral("type"), QStringLiteral("user")}};
    }
    QJsonObject message{
        {QStringLiteral("id"), nextMessageId_++},
        {QStringLiteral("content"), content},
        {QStringLiteral("inbox_id"), conversation.inboxId},
        {QStringLiteral("conversation_id"), conversation.id},
        {QStringLiteral("message_type"), type},
        {QStringLiteral("content_type"), QStringLiteral("text")},
        {QStringLiteral("status"), QStringLiteral("sent")},
        {QStringLiteral("content_attributes"), QJsonObject{}},
        {QStringLiteral("created_at"), now()},
        {QStringLiteral("private"), isPrivate},
        {QStringLiteral("source_id"), QJsonValue(QJsonValue::Null)},
        {QStringLiteral("sender"), sender.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(sender)}};
    if (!echoId.isEmpty())
        message.insert(QStringLiteral("echo_id"), echoId);
    conversation.messages.append(message);
    conversation.lastActivityAt = now();
    if (type == 0)
        conversation.unread = qMin(conversation.unread + 1, 10);
    touch(conversation);
    return message;
}

void FakeChatwoot::touch(Conversation &conversation)
{
    // Float seconds, strictly rising, like Rails' updated_at.
    conversation.updatedAt =
        qMax(double(QDateTime::currentMSecsSinceEpoch()) / 1000.0, conversation.updatedAt + 0.001);
}

} // namespace kontor::chatwoot::fake
