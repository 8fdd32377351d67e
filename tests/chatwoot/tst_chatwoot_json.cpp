// The tolerant JSON readers, the record mapping, the cursor, the label merge and the spec checker, without a
// server: mixed integer/float/ISO timestamps, odd ids, malformed and truncated bodies.
#include "connectors/chatwoot/api/Endpoint.h"
#include "connectors/chatwoot/api/JobError.h"
#include "connectors/chatwoot/api/JsonRead.h"
#include "connectors/chatwoot/mapping/ChannelMapping.h"
#include "connectors/chatwoot/mapping/RecordMapping.h"
#include "connectors/chatwoot/outbox/OutboxDelivery.h"
#include "connectors/chatwoot/sync/SyncCursor.h"
#include "fake/OpenApiContract.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace kontor;
using namespace kontor::chatwoot;

class TestChatwootJson : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void timestamps_data()
    {
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<qint64>("millis"); // -1: none
        QTest::newRow("integer seconds") << QJsonValue(1732195656) << 1732195656000LL;
        QTest::newRow("float seconds") << QJsonValue(1621145476.91) << 1621145476910LL;
        QTest::newRow("numeric string") << QJsonValue(QStringLiteral("1732195656")) << 1732195656000LL;
        QTest::newRow("iso with millis")
            << QJsonValue(QStringLiteral("2021-05-14T08:17:42.041Z")) << 1620980262041LL;
        QTest::newRow("iso with offset")
            << QJsonValue(QStringLiteral("2021-05-14T10:17:42+02:00")) << 1620980262000LL;
        QTest::newRow("iso without zone is utc")
            << QJsonValue(QStringLiteral("2021-05-14T08:17:42")) << 1620980262000LL;
        QTest::newRow("milliseconds") << QJsonValue(1732195656123.0) << 1732195656123LL;
        QTest::newRow("zero is never") << QJsonValue(0) << -1LL;
        QTest::newRow("null") << QJsonValue(QJsonValue::Null) << -1LL;
        QTest::newRow("garbage") << QJsonValue(QStringLiteral("yesterday")) << -1LL;
        QTest::newRow("object") << QJsonValue(QJsonObject{}) << -1LL;
    }

    void timestamps()
    {
        QFETCH(QJsonValue, value);
        QFETCH(qint64, millis);
        const std::optional<UtcMillis> read = readTimestamp(value);
        if (millis < 0)
            QVERIFY(!read);
        else
            QCOMPARE(read.value_or(-1), millis);
    }

    void ids()
    {
        QCOMPARE(readId(QJsonValue(42)), QStringLiteral("42"));
        QCOMPARE(readId(QJsonValue(42.0)), QStringLiteral("42"));
        QCOMPARE(readId(QJsonValue(QStringLiteral(" 42 "))), QStringLiteral("42"));
        QCOMPARE(readId(QJsonValue(4382131101.0)), QStringLiteral("4382131101"));
        QVERIFY(readId(QJsonValue(4.5)).isEmpty());
        QVERIFY(readId(QJsonValue(QJsonValue::Null)).isEmpty());
        QCOMPARE(readIdNumber(QJsonValue(QStringLiteral("17"))), 17);
    }

    void malformedAndTruncatedBodies_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("truncated") << QByteArray("{\"payload\":[{\"id\":1,\"name\":\"Web");
        QTest::newRow("html") << QByteArray("<html><body>Bad gateway</body></html>");
        QTest::newRow("trailing garbage") << QByteArray("{\"a\":1}}");
    }

    void malformedAndTruncatedBodies()
    {
        QFETCH(QByteArray, body);
        const ParsedJson parsed = parseJson(body);
        QVERIFY(!parsed.ok());
        QVERIFY(parsed.document.isNull());
        QVERIFY(!parsed.error.contains(QLatin1StringView("Web"))); // the error never quotes the content
    }

    void aBareNullIsAnEmptyAnswer()
    {
        // Rails' `render json: nil` (an unassignment): well-formed, with nothing in it.
        for (const QByteArray &body : {QByteArray("null"), QByteArray(" null\n")}) {
            const ParsedJson parsed = parseJson(body);
            QVERIFY(parsed.ok());
            QVERIFY(parsed.document.isNull());
        }
        QVERIFY(!parseJson("nul").ok());
    }

    void aStatusOnlyTheDashboardUsesIsNotQueued()
    {
        // "progress" is the dashboard's own mark for a message it is still sending; a server never sends it.
        const QJsonObject message{{QStringLiteral("id"), 1},
                                  {QStringLiteral("conversation_id"), 2},
                                  {QStringLiteral("message_type"), 1},
                                  {QStringLiteral("content"), QStringLiteral("hi")},
                                  {QStringLiteral("created_at"), 1700000000},
                                  {QStringLiteral("status"), QStringLiteral("progress")}};
        const std::optional<MappedMessage> mapped = mapMessage(message);
        QVERIFY(mapped);
        QCOMPARE(mapped->record.deliveryState, DeliveryState::Sent);
    }

    void payloadShapes()
    {
        QCOMPARE(payloadArray(QJsonDocument(QJsonArray{1, 2})).size(), 2);
        QCOMPARE(payloadArray(QJsonDocument(QJsonObject{{QStringLiteral("payload"), QJsonArray{1}}})).size(),
                 1);
        const QJsonObject conversations{
            {QStringLiteral("data"), QJsonObject{{QStringLiteral("payload"), QJsonArray{1, 2, 3}}}}};
        QCOMPARE(payloadArray(QJsonDocument(conversations)).size(), 3);
    }

    void retryTable_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("outcome");
        using O = DeliveryResult::Outcome;
        QTest::newRow("401") << int(JobStatus::Unauthorized) << int(O::AuthenticationNeeded);
        QTest::newRow("404") << int(JobStatus::NotFound) << int(O::PermanentError);
        QTest::newRow("422") << int(JobStatus::Rejected) << int(O::PermanentError);
        // Turned away unread: sent again later as it is.
        QTest::newRow("429") << int(JobStatus::RateLimited) << int(O::RetryableError);
        QTest::newRow("host not found") << int(JobStatus::HostNotFound) << int(O::RetryableError);
        QTest::newRow("connection refused") << int(JobStatus::ConnectionRefused) << int(O::RetryableError);
        // Broke off after it was sent: it may have been carried out, so it is checked before a resend.
        QTest::newRow("500") << int(JobStatus::ServerError) << int(O::MayHaveLanded);
        QTest::newRow("timeout") << int(JobStatus::Timeout) << int(O::MayHaveLanded);
        QTest::newRow("connection cut") << int(JobStatus::NetworkError) << int(O::MayHaveLanded);
        QTest::newRow("malformed") << int(JobStatus::MalformedResponse) << int(O::MayHaveLanded);
    }

    void retryTable()
    {
        QFETCH(int, status);
        QFETCH(int, outcome);
        QCOMPARE(int(deliveryResultFor({JobStatus(status), 0, QStringLiteral("x"), 0}).outcome), outcome);
    }

    void retryAfter()
    {
        QCOMPARE(parseRetryAfter("7", 0), 7000);
        QCOMPARE(parseRetryAfter("", 0), 0);
        const qint64 now =
            QDateTime(QDate(2015, 10, 21), QTime(7, 27, 0), QTimeZone::UTC).toMSecsSinceEpoch();
        QCOMPARE(parseRetryAfter("Wed, 21 Oct 2015 07:28:00 GMT", now), 60000);
    }

    void serverUrls_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("bare host") << QStringLiteral("chat.example.com")
                                   << QStringLiteral("https://chat.example.com");
        QTest::newRow("trailing slash")
            << QStringLiteral("https://chat.example.com/") << QStringLiteral("https://chat.example.com");
        QTest::newRow("port and http")
            << QStringLiteral("http://127.0.0.1:3000") << QStringLiteral("http://127.0.0.1:3000");
        QTest::newRow("path prefix") << QStringLiteral("https://example.com/chatwoot/")
                                     << QStringLiteral("https://example.com/chatwoot");
        QTest::newRow("ftp") << QStringLiteral("ftp://example.com") << QString();
        QTest::newRow("spaces") << QStringLiteral("not a url") << QString();
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("credentials") << QStringLiteral("https://user:pw@example.com") << QString();
    }

    void serverUrls()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(normalizeServerUrl(input).toString(), expected);
    }

    void endpointUrls()
    {
        const Endpoint endpoint{QUrl(QStringLiteral("https://example.com/chatwoot")), 7, {}};
        QCOMPARE(endpoint.url(endpoint.accountPath(QStringLiteral("/inboxes"))).toString(),
                 QStringLiteral("https://example.com/chatwoot/api/v1/accounts/7/inboxes"));
        QCOMPARE(endpoint.cableUrl().toString(), QStringLiteral("wss://example.com/chatwoot/cable"));
        QCOMPARE(endpoint.accountRemoteId(), QStringLiteral("example.com/7"));
    }

    void channels()
    {
        QCOMPARE(channelForInboxType(QStringLiteral("Channel::WebWidget")), Channel::WebChat);
        QCOMPARE(channelForInboxType(QStringLiteral("Channel::TwilioSms"), QStringLiteral("whatsapp")),
                 Channel::WhatsApp);
        QCOMPARE(channelForInboxType(QStringLiteral("Channel::TwilioSms"), QStringLiteral("sms")),
                 Channel::Sms);
        QCOMPARE(channelForInboxType(QStringLiteral("Channel::FacebookPage")), Channel::Messenger);
        QCOMPARE(channelForInboxType(QStringLiteral("Channel::Line")), Channel::Api);
        QCOMPARE(channelForInboxType(QStringLiteral("Channel::SomethingNew")), Channel::Api);
    }

    void fixtureMessagesMap()
    {
        QFile file(QStringLiteral(":/chatwoot-fake/messages_web_widget_text_only.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray messages = QJsonDocument::fromJson(file.readAll()).array();
        QCOMPARE(messages.size(), 19);
        int notes = 0, activities = 0, incoming = 0;
        for (const QJsonValue &value : messages) {
            const std::optional<MappedMessage> mapped = mapMessage(value.toObject());
            QVERIFY(mapped);
            notes += mapped->record.kind == MessageKind::Note;
            activities += mapped->record.kind == MessageKind::Activity;
            incoming += mapped->record.kind == MessageKind::Incoming;
            if (mapped->record.kind == MessageKind::Incoming)
                QCOMPARE(mapped->record.authorCustomerRemoteId, QStringLiteral("597"));
        }
        QCOMPARE(notes, 1);
        QCOMPARE(activities, 5);
        QCOMPARE(incoming, 7);
    }

    void mentionsAndDeletions()
    {
        const QJsonObject note{
            {QStringLiteral("id"), 9},
            {QStringLiteral("conversation_id"), 3},
            {QStringLiteral("message_type"), 1},
            {QStringLiteral("private"), true},
            {QStringLiteral("created_at"), 1700000000.5},
            {QStringLiteral("content"), QStringLiteral("[@Bo](mention://user/2/Bo) look")},
            {QStringLiteral("content_attributes"), QJsonObject{{QStringLiteral("deleted"), true}}}};
        const std::optional<MappedMessage> mapped = mapMessage(note);
        QVERIFY(mapped);
        QCOMPARE(mapped->record.mentionedAgentRemoteIds, QStringList{QStringLiteral("2")});
        QVERIFY(mapped->deleted);
        QCOMPARE(mapped->record.createdAt, 1700000000500LL);
        QVERIFY(!mapMessage(QJsonObject{{QStringLiteral("id"), 1}})); // no conversation, no time: skipped
    }

    void contactIdentitiesAreNormalised()
    {
        AccountSnapshot snapshot;
        snapshot.inboxChannels.insert(QStringLiteral("3"), Channel::WhatsApp);
        const MappingContext context{&snapshot, IdentityNormalizer(IdentitySettings{QStringLiteral("DE")})};
        const QJsonObject contact{
            {QStringLiteral("id"), 5},
            {QStringLiteral("name"), QStringLiteral("Ole")},
            {QStringLiteral("email"), QStringLiteral(" Ole@Example.DK ")},
            {QStringLiteral("phone_number"), QStringLiteral("030 1234567")},
            {QStringLiteral("identifier"), QStringLiteral("crm-77")},
            {QStringLiteral("contact_inboxes"),
             QJsonArray{QJsonObject{{QStringLiteral("source_id"), QStringLiteral("4917112345678")},
                                    {QStringLiteral("inbox"), QJsonObject{{QStringLiteral("id"), 3}}}},
                        QJsonObject{{QStringLiteral("source_id"), QStringLiteral("not a number")},
                                    {QStringLiteral("inbox"), QJsonObject{{QStringLiteral("id"), 3}}}}}}};
        const std::optional<CustomerRecord> record = mapContact(contact, context);
        QVERIFY(record);
        QStringList values;
        for (const IdentityRecord &identity : record->identities)
            values.append(identityKindKey(identity.kind) + u':' + identity.value);
        QVERIFY2(values.contains(QStringLiteral("email:ole@example.dk")), qPrintable(values.join(u',')));
        QVERIFY2(values.contains(QStringLiteral("phone:+49301234567")), qPrintable(values.join(u',')));
        QVERIFY2(values.contains(QStringLiteral("phone:+4917112345678")), qPrintable(values.join(u',')));
        QVERIFY2(values.contains(QStringLiteral("handle:crm-77")), qPrintable(values.join(u',')));
        QCOMPARE(values.size(), 4); // the rejected source id is left out
    }

    void contactAttributesKeepTheirKinds()
    {
        QFile file(QStringLiteral(":/chatwoot-fake/contact_with_attributes.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject contact =
            QJsonDocument::fromJson(file.readAll()).object().value(u"payload").toObject();
        const MappingContext context{nullptr, IdentityNormalizer()};
        const std::optional<CustomerRecord> record = mapContact(contact, context);
        QVERIFY(record);
        QVERIFY(record->attributes);
        QStringList rows;
        for (const AttributeRecord &attribute : *record->attributes)
            rows.append(attribute.key + u'|' + attribute.label + u'|' + attribute.value + u'|' +
                        attributeKindKey(attribute.kind));
        // The contact form's fields first, in its order; then the custom attributes; blank and null ones
        // left out.
        const QStringList expected{
            QStringLiteral("additional.company_name|Company|Cykelværkstedet ApS|text"),
            QStringLiteral("additional.city|City|Aarhus|text"),
            QStringLiteral("additional.country|Country|Denmark|text"),
            QStringLiteral(
                "additional.description|Description|Runs the webshop for a bike repair chain|text"),
            QStringLiteral("crm_record|Crm record|https://crm.example.dk/contacts/412|link"),
            QStringLiteral("customer_since|Customer since|2019-04-02|date"),
            QStringLiteral("interests|Interests|cargo bikes, e-bikes|list"),
            QStringLiteral("lifetime_value|Lifetime value|4312.5|number"),
            QStringLiteral("order_count|Order count|37|number"),
            QStringLiteral("plan|Plan|Premium|text"),
            QStringLiteral("vip|Vip|true|boolean"),
        };
        QCOMPARE(rows, expected);

        // Without either object the contact says nothing about attributes, which is not "none".
        QJsonObject bare = contact;
        bare.remove(QStringLiteral("additional_attributes"));
        bare.remove(QStringLiteral("custom_attributes"));
        QVERIFY(!mapContact(bare, context)->attributes);
        bare.insert(QStringLiteral("custom_attributes"), QJsonObject{});
        const auto none = mapContact(bare, context)->attributes;
        QVERIFY(none && none->isEmpty());
        // Hostile shapes are skipped, never a crash.
        bare.insert(QStringLiteral("custom_attributes"),
                    QJsonObject{{QStringLiteral("x"), QJsonObject{{QStringLiteral("y"), 1}}},
                                {QStringLiteral("y"), QJsonArray{QJsonObject{}, 3}}});
        bare.insert(QStringLiteral("additional_attributes"), QJsonArray{1, 2});
        const auto hostile = mapContact(bare, context)->attributes;
        QVERIFY(hostile);
        QCOMPARE(hostile->size(), 1);
        QCOMPARE(hostile->first().value, QStringLiteral("3"));
    }

    void conversationsWithoutAContactAreSkipped()
    {
        AccountSnapshot snapshot;
        const MappingContext context{&snapshot, IdentityNormalizer()};
        QVERIFY(!mapConversation(QJsonObject{{QStringLiteral("id"), 1}}, context));
        const QJsonObject botAssigned{
            {QStringLiteral("id"), 2},
            {QStringLiteral("status"), 3},
            {QStringLiteral("priority"), QJsonValue(QJsonValue::Null)},
            {QStringLiteral("snoozed_until"), QStringLiteral("2030-01-01T00:00:00.000Z")},
            {QStringLiteral("updated_at"), 1700000000.123456},
            {QStringLiteral("waiting_since"), 0},
            {QStringLiteral("unread_count"), 99},
            {QStringLiteral("meta"),
             QJsonObject{{QStringLiteral("sender"), QJsonObject{{QStringLiteral("id"), 8}}},
                         {QStringLiteral("assignee_type"), QStringLiteral("AgentBot")},
                         {QStringLiteral("assignee"), QJsonObject{{QStringLiteral("id"), 4}}},
                         {QStringLiteral("channel"), QStringLiteral("Channel::Telegram")}}}};
        const auto mapped = mapConversation(botAssigned, context);
        QVERIFY(mapped);
        QCOMPARE(mapped->record.status, ConversationStatus::Snoozed);
        QVERIFY(mapped->record.assigneeRemoteId.isEmpty());
        QCOMPARE(mapped->record.channel, Channel::Telegram);
        QVERIFY(!mapped->record.waitingSince);
        QCOMPARE(mapped->record.unreadCount, 10);
        QCOMPARE(mapped->updatedAt, 1700000000123LL);
        QCOMPARE(*mapped->record.snoozedUntil,
                 QDateTime(QDate(2030, 1, 1), QTime(0, 0), QTimeZone::UTC).toMSecsSinceEpoch());
    }

    void cursorRoundTrip()
    {
        SyncCursor cursor;
        cursor.firstSyncDone = true;
        cursor.syncedAt = 1700000000000;
        cursor.maxMessageId = 4382131101;
        cursor.cacheKeys = {QStringLiteral("l"), QStringLiteral("i"), QStringLiteral("t")};
        QCOMPARE(SyncCursor::decode(cursor.encode()), cursor);
        QVERIFY(!SyncCursor::decode(QString()).firstSyncDone);
        QVERIFY(!SyncCursor::decode(QStringLiteral("{\"v\":99}")).firstSyncDone);
        QVERIFY(!SyncCursor::decode(QStringLiteral("garbage")).firstSyncDone);
    }

    void labelMergeKeepsColleagues()
    {
        const QStringList current{QStringLiteral("vip"), QStringLiteral("billing")};
        QCOMPARE(OutboxDelivery::mergeLabels(current, QStringLiteral("bug"), {}),
                 (QStringList{QStringLiteral("vip"), QStringLiteral("billing"), QStringLiteral("bug")}));
        QCOMPARE(OutboxDelivery::mergeLabels(current, {}, QStringLiteral("VIP")),
                 QStringList{QStringLiteral("billing")});
        QCOMPARE(OutboxDelivery::mergeLabels(current, QStringLiteral("Billing"), {}), current);
    }

    void specChecker()
    {
        const fake::OpenApiContract contract = fake::OpenApiContract::bundled();
        QVERIFY(contract.isValid());
        fake::HttpRequest request;
        request.method = "POST";
        request.path = QStringLiteral("/api/v1/accounts/1/conversations/5/toggle_status");
        request.headers.insert("api_access_token", "x");
        request.body = "{\"status\":\"sleeping\"}";
        auto verdict = contract.check(request);
        QVERIFY(verdict.covered);
        QVERIFY(!verdict.violations.isEmpty());
        request.body = "{\"status\":\"snoozed\",\"snoozed_until\":1757506877}";
        QVERIFY(contract.check(request).violations.isEmpty());
        request.body.clear();
        QVERIFY(!contract.check(request).violations.isEmpty()); // the body is required
        request.method = "GET";
        request.path = QStringLiteral("/api/v1/accounts/1/conversations");
        request.query = QUrlQuery(QStringLiteral("status=whatever"));
        QVERIFY(!contract.check(request).violations.isEmpty());
        request.query = QUrlQuery(QStringLiteral("status=all&page=2"));
        QVERIFY(contract.check(request).violations.isEmpty());
        request.headers.clear();
        QVERIFY(!contract.check(request).violations.isEmpty()); // no token
        request.path = QStringLiteral("/api/v1/accounts/1/labels");
        QVERIFY(!contract.check(request).covered);
    }
};

QTEST_GUILESS_MAIN(TestChatwootJson)
#include "tst_chatwoot_json.moc"
