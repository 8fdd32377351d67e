// The fake Chatwoot keeps faith with the real server: the connector is driven through every route Kontor
// calls (first sync, realtime gap fill, each outbox action, contact merge and update, reports, profile), and
// every request and every answer the spec covers is checked against it, the spec's own known errors aside.
// Routes the spec leaves out are listed here. Failure rows prove the response checker catches what it should.
#include "ChatwootTestRig.h"
#include "connectors/chatwoot/setup/ChatwootSignIn.h"
#include "identity/CustomerMerge.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <algorithm>

using namespace kontor;
using namespace kontor::chatwoot;

namespace {

template<typename T>
T await(QFuture<T> future)
{
    while (!future.isFinished())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    if constexpr (std::is_void_v<T>)
        future.waitForFinished();
    else
        return future.result();
}

struct Route
{
    QByteArray method;
    QString pattern; // anchored, over the path without the query
    bool inSpec;
};

// Every route Kontor calls on a Chatwoot server.
const QList<Route> &kontorRoutes()
{
    static const QList<Route> routes{
        {"GET", QStringLiteral("/api/v1/profile"), true},
        {"GET", QStringLiteral("/api/v1/accounts/1/inboxes"), true},
        {"GET", QStringLiteral("/api/v1/accounts/1/agents"), true},
        {"GET", QStringLiteral("/api/v1/accounts/1/teams"), true},
        {"GET", QStringLiteral("/api/v1/accounts/1/teams/\\d+/team_members"), true},
        {"GET", QStringLiteral("/api/v1/accounts/1/canned_responses"), true},
        {"GET", QStringLiteral("/api/v1/accounts/1/sla_policies"), false},
        {"GET", QStringLiteral("/api/v1/accounts/1/custom_attribute_definitions"), true},
        {"GET", QStringLiteral("/api/v1/accounts/1/contacts"), true},
        {"GET", QStringLiteral("/api/v1/accounts/1/contacts/\\d+"), true},
        {"PUT", QStringLiteral("/api/v1/accounts/1/contacts/\\d+"), true},
        {"GET", QStringLiteral("/api/v1/accounts/1/contacts/\\d+/conversations"), true},
        {"GET", QStringLiteral("/api/v1/accounts/1/contacts/\\d+/contactable_inboxes"), true},
        {"POST", QStringLiteral("/api/v1/accounts/1/contacts/\\d+/contact_inboxes"), true},
        {"GET", QStringLiteral("/api/v1/accounts/1/conversations"), true},
        {"POST", QStringLiteral("/api/v1/accounts/1/conversations"), true},
        {"GET", QStringLiteral("/api/v1/accounts/1/conversations/\\d+"), true},
        {"GET", QStringLiteral("/api/v1/accounts/1/conversations/\\d+/messages"), true},
        {"POST", QStringLiteral("/api/v1/accounts/1/conversations/\\d+/messages"), true},
        {"POST", QStringLiteral("/api/v1/accounts/1/conversations/\\d+/toggle_status"), true},
        {"POST", QStringLiteral("/api/v1/accounts/1/conversations/\\d+/toggle_priority"), true},
        {"POST", QStringLiteral("/api/v1/accounts/1/conversations/\\d+/assignments"), true},
        {"GET", QStringLiteral("/api/v1/accounts/1/conversations/\\d+/labels"), true},
        {"POST", QStringLiteral("/api/v1/accounts/1/conversations/\\d+/labels"), true},
        // Not in the spec (application_swagger.json has no path for them).
        {"POST", QStringLiteral("/auth/sign_in"), false}, // Devise's
        {"GET", QStringLiteral("/api/v1/accounts/1/labels"), false},
        {"GET", QStringLiteral("/api/v1/accounts/1/cache_keys"), false},
        {"POST", QStringLiteral("/api/v1/accounts/1/actions/contact_merge"), false},
        {"POST", QStringLiteral("/api/v1/accounts/1/conversations/\\d+/update_last_seen"), false},
        {"GET", QStringLiteral("/api/v2/accounts/1/live_reports/conversation_metrics"), false},
        {"GET", QStringLiteral("/api/v2/accounts/1/live_reports/grouped_conversation_metrics"), false},
    };
    return routes;
}

// The websocket (/cable) is not HTTP: the realtime tests cover it.
const Route *routeOf(const fake::HttpRequest &request)
{
    for (const Route &route : kontorRoutes()) {
        if (route.method == request.method &&
            QRegularExpression(QRegularExpression::anchoredPattern(route.pattern))
                .match(request.path)
                .hasMatch())
            return &route;
    }
    return nullptr;
}

fake::HttpRequest request(const QByteArray &method, const QString &path)
{
    fake::HttpRequest r;
    r.method = method;
    r.path = path;
    r.headers.insert("api_access_token", "t");
    return r;
}

// A spec of one operation, for the rows that need what Chatwoot's spec never declares (required properties).
const char *kSmallSpec = R"({
  "openapi": "3.0.4",
  "paths": {"/things/{id}": {"get": {"responses": {"200": {"content": {"application/json": {"schema":
    {"$ref": "#/components/schemas/thing"}}}}}}}},
  "components": {"schemas": {"thing": {"type": "object", "required": ["id", "state"], "properties": {
    "id": {"type": "integer"},
    "state": {"type": "string", "enum": ["on", "off"]},
    "note": {"type": "string", "nullable": true},
    "tags": {"type": "array", "items": {"type": "string"}},
    "kind": {"oneOf": [{"type": "integer"}, {"type": "string", "enum": ["a", "b"]}]},
    "at": {"type": "string", "format": "date-time"}}}}}
})";

} // namespace

class TestChatwootFakeContract : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::ChatwootTestRig> rig_;

    void waitOnline()
    {
        QTRY_COMPARE_WITH_TIMEOUT(rig_->state().phase, ConnectorState::Phase::Online, 20000);
        QTRY_COMPARE(rig_->fake().cable().subscriberCount(), 1);
        rig_->settle();
    }

    qint64 local(const QString &remoteId) { return rig_->conversationId(remoteId); }
    qint64 customerOfContact(const QString &contactId)
    {
        return rig_->number("SELECT customer_id FROM identities WHERE kind = 'contact' AND value = ?",
                            contactId);
    }
    OutboxState stateOf(const QString &uuid)
    {
        const auto entry = rig_->store().reader().outbox().entry(uuid);
        return entry ? entry->state : OutboxState(-1);
    }
    void deliver(const AgentAction &action)
    {
        const QString uuid = await(rig_->store().apply(action)).uuid;
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(uuid), OutboxState::Confirmed, 10000);
    }

    // The fake's last answer to method on a path matching pattern, as JSON.
    QJsonDocument lastAnswer(const QByteArray &method, const QString &pattern)
    {
        const QRegularExpression re(QRegularExpression::anchoredPattern(pattern));
        const auto &requests = rig_->fake().requests();
        for (qsizetype i = requests.size() - 1; i >= 0; --i) {
            if (requests[i].method == method && re.match(requests[i].path).hasMatch())
                return QJsonDocument::fromJson(rig_->fake().answerBodies().value(i));
        }
        return {};
    }
    QByteArray lastRawAnswer(const QByteArray &method, const QString &pattern)
    {
        const QRegularExpression re(QRegularExpression::anchoredPattern(pattern));
        const auto &requests = rig_->fake().requests();
        for (qsizetype i = requests.size() - 1; i >= 0; --i) {
            if (requests[i].method == method && re.match(requests[i].path).hasMatch())
                return rig_->fake().answerBodies().value(i).trimmed();
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        fake::FakeChatwoot::Seed seed;
        seed.contacts = 20; // more than one page of 15
        seed.conversations = 30;
        rig_ = std::make_unique<test::ChatwootTestRig>(seed);
        rig_->open();
        waitOnline();
    }

    void cleanupTestCase() { rig_.reset(); }

    void firstSync()
    {
        QVERIFY(rig_->number("SELECT count(*) FROM conversations") >= 30);
        QVERIFY(!rig_->fake().requestsTo("GET", QStringLiteral("/api/v1/accounts/1/contacts")).isEmpty());
        // Chatwoot echoes the page parameter: current_page is the string it was given.
        const QJsonObject meta = lastAnswer("GET", QStringLiteral("/api/v1/accounts/1/contacts"))
                                     .object()
                                     .value(QLatin1StringView("meta"))
                                     .toObject();
        QVERIFY(meta.value(QLatin1StringView("current_page")).isString());
        QCOMPARE(meta.value(QLatin1StringView("count")).toInteger(), 22); // 20 generated, 2 fixtures
    }

    void realtimeGapFill()
    {
        rig_->fake().cable().dropAll();
        rig_->fake().colleagueSetsStatus(111, QStringLiteral("snoozed"), true);
        rig_->fake().customerWrites(112, QStringLiteral("missed while away"), true);
        QTRY_COMPARE_WITH_TIMEOUT(rig_->fake().cable().subscriberCount(), 0, 10000);
        waitOnline();
        QTRY_COMPARE(rig_->number("SELECT count(*) FROM messages WHERE body = 'missed while away'"), 1);
        // A conversation Kontor has never seen is fetched when its message arrives.
        const qint64 id = rig_->fake().createConversationQuietly(QStringLiteral("Lars Live"),
                                                                 QStringLiteral("lars@example.dk"), 1);
        rig_->fake().customerWrites(id, QStringLiteral("are you there?"));
        QTRY_VERIFY(rig_->conversationId(QString::number(id)) > 0);
    }

    void conversationActions()
    {
        SendMessage reply;
        reply.conversationId = local(QStringLiteral("105"));
        reply.body = QStringLiteral("We have shipped it today.");
        deliver(reply);
        SendMessage note = reply;
        note.body = QStringLiteral("Internal: shipped by courier");
        note.isNote = true;
        deliver(note);

        const UtcMillis until = (nowUtcMillis() / 1000 + 7200) * 1000;
        deliver(SetConversationStatus{local(QStringLiteral("104")), ConversationStatus::Snoozed, until});
        // Rails writes the snooze time as an ISO-8601 text.
        const QJsonValue snoozed = lastAnswer("POST", QStringLiteral(".*/104/toggle_status"))
                                       .object()
                                       .value(QLatin1StringView("payload"))
                                       .toObject()
                                       .value(QLatin1StringView("snoozed_until"));
        QVERIFY(snoozed.isString());
        QCOMPARE(QDateTime::fromString(snoozed.toString(), Qt::ISODateWithMs).toMSecsSinceEpoch(), until);
        QTRY_COMPARE(rig_->number("SELECT snoozed_until FROM conversations WHERE remote_id = '104'"), until);
        deliver(SetConversationStatus{local(QStringLiteral("104")), ConversationStatus::Resolved, {}});
        QVERIFY(lastAnswer("POST", QStringLiteral(".*/104/toggle_status"))
                    .object()
                    .value(QLatin1StringView("payload"))
                    .toObject()
                    .value(QLatin1StringView("snoozed_until"))
                    .isNull());

        deliver(SetConversationPriority{local(QStringLiteral("101")), Priority::Urgent});
        deliver(SetConversationPriority{local(QStringLiteral("101")), Priority::None});
        QTRY_COMPARE(rig_->text("SELECT priority FROM conversations WHERE remote_id = '101'"),
                     QStringLiteral("none"));

        const qint64 agent = rig_->number("SELECT id FROM agents WHERE remote_id = '2'");
        const qint64 team = rig_->number("SELECT id FROM teams WHERE remote_id = '2'");
        deliver(AssignConversation{local(QStringLiteral("103")), agent, team});
        QCOMPARE(
            lastAnswer("POST", QStringLiteral(".*/103/assignments")).object().value(QLatin1StringView("id")),
            QJsonValue(2));
        deliver(AssignConversation{local(QStringLiteral("103")), std::nullopt, std::nullopt});
        // Unassigning answers `render json: nil`.
        QCOMPARE(lastRawAnswer("POST", QStringLiteral(".*/103/assignments")), QByteArray("null"));
        const QJsonObject meta = rig_->fake().conversation(103).value(QLatin1StringView("meta")).toObject();
        QVERIFY(!meta.contains(QLatin1StringView("assignee")));
        QVERIFY(!meta.contains(QLatin1StringView("team")));

        deliver(AddConversationLabel{local(QStringLiteral("100")), QStringLiteral("bug")});
        deliver(RemoveConversationLabel{local(QStringLiteral("100")), QStringLiteral("bug")});
        deliver(MarkConversationRead{local(QStringLiteral("102"))});
    }

    void contactActions()
    {
        await(CustomerMerge::rename(rig_->store(), customerOfContact(QStringLiteral("1003")),
                                    QStringLiteral("Carla Jensen")));
        const QString rename = rig_->text("SELECT uuid FROM outbox WHERE kind = 'update_contact'");
        QTRY_COMPARE(stateOf(rename), OutboxState::Confirmed);

        const qint64 survivor = customerOfContact(QStringLiteral("1005"));
        await(CustomerMerge::merge(rig_->store(), survivor, customerOfContact(QStringLiteral("1006")),
                                   std::nullopt, QStringLiteral("same person")));
        const QString merge = rig_->text("SELECT uuid FROM outbox WHERE kind = 'merge_contacts'");
        QTRY_COMPARE(stateOf(merge), OutboxState::Confirmed);

        StartConversation start;
        start.customerId = customerOfContact(QStringLiteral("1000"));
        start.accountId = rig_->number("SELECT id FROM accounts");
        start.channel = Channel::Email;
        start.inboxId = rig_->number("SELECT id FROM inboxes WHERE remote_id = ?", QStringLiteral("2"));
        start.body = QStringLiteral("Following up on your order by email");
        deliver(start);
        // The creation answer is the whole conversation, as Chatwoot renders it.
        const QJsonObject created =
            lastAnswer("POST", QStringLiteral("/api/v1/accounts/1/conversations")).object();
        QVERIFY(created.value(QLatin1StringView("meta")).isObject());
        QCOMPARE(created.value(QLatin1StringView("messages")).toArray().size(), 1);

        // A start on a channel the contact has not used yet: the contact inbox is made first.
        const DeliveryResult other = await(rig_->connector().startConversation(
            QStringLiteral("1001"), QStringLiteral("3"), QStringLiteral("Following up on WhatsApp")));
        QCOMPARE(other.outcome, DeliveryResult::Outcome::Confirmed);

        // A start whose answer was lost is looked for in the contact's conversations.
        rig_->fake().loseAnswerNext("POST", QStringLiteral("/api/v1/accounts/1/conversations"),
                                    fake::HttpResponse::Delivery::Close);
        StartConversation again = start;
        again.customerId = customerOfContact(QStringLiteral("1002"));
        again.body = QStringLiteral("Exactly one conversation, please.");
        deliver(again);
    }

    void theCreationAnswerIsTheConversation()
    {
        // The whole conversation comes back from the creation: nothing is read back.
        rig_->fake().setBroadcasts(false);
        StartConversation start;
        start.customerId = customerOfContact(QStringLiteral("1007"));
        start.accountId = rig_->number("SELECT id FROM accounts");
        start.channel = Channel::Email;
        start.inboxId = rig_->number("SELECT id FROM inboxes WHERE remote_id = ?", QStringLiteral("2"));
        start.body = QStringLiteral("Taken from the answer");
        deliver(start);
        const qint64 created = lastAnswer("POST", QStringLiteral("/api/v1/accounts/1/conversations"))
                                   .object()
                                   .value(QLatin1StringView("id"))
                                   .toInteger();
        QVERIFY(created > 0);
        QVERIFY(rig_->fake().requestsTo("GET", QStringLiteral(".*/conversations/%1").arg(created)).isEmpty());
        QTRY_COMPARE(rig_->number("SELECT count(*) FROM messages WHERE body = 'Taken from the answer'"), 1);

        // A server that answers only the ids (as the spec describes) makes the client read it back.
        const QList<qint64> ids = rig_->fake().conversationIds();
        const qint64 next = qMax<qint64>(1000, *std::max_element(ids.begin(), ids.end()) + 1);
        rig_->fake().answerAfterProcessing(
            "POST", QStringLiteral("/api/v1/accounts/1/conversations"),
            fake::HttpResponse::json(QJsonObject{{QStringLiteral("id"), next},
                                                 {QStringLiteral("account_id"), 1},
                                                 {QStringLiteral("inbox_id"), 2}}));
        start.customerId = customerOfContact(QStringLiteral("1008"));
        start.body = QStringLiteral("Read back after a slim answer");
        deliver(start);
        QCOMPARE(rig_->fake().requestsTo("GET", QStringLiteral(".*/conversations/%1").arg(next)).size(), 1);
        QTRY_COMPARE(
            rig_->number("SELECT count(*) FROM messages WHERE body = 'Read back after a slim answer'"), 1);
        rig_->fake().setBroadcasts(true);
    }

    void reportsAndProfile()
    {
        bool done = false;
        rig_->connector().fetchLiveReport([&](const LiveReport &, const JobError &error) {
            QVERIFY(error.ok());
            done = true;
        });
        QTRY_VERIFY(done);
        // Signing in with the password, as the account dialog does.
        ChatwootSignIn signIn;
        QSignalSpy signedIn(&signIn, &ChatwootSignIn::signedIn);
        signIn.signInWithPassword(rig_->fake().url(), fake::FakeChatwoot::email(),
                                  fake::FakeChatwoot::password());
        QVERIFY(signedIn.wait());
        // The profile is read at every start.
        rig_->close();
        rig_->open();
        waitOnline();
    }

    void everyRouteIsCheckedOrListed()
    {
        int checked = 0;
        const QStringList violations = rig_->contractViolations(&checked);
        QVERIFY2(violations.isEmpty(), qPrintable(violations.join(u'\n')));

        static const fake::OpenApiContract contract = fake::OpenApiContract::bundled();
        QSet<const Route *> seen;
        for (const fake::HttpRequest &request : rig_->fake().requests()) {
            const Route *route = routeOf(request);
            QVERIFY2(route, qPrintable(QStringLiteral("a route missing from the list: ") +
                                       QString::fromLatin1(request.method) + u' ' + request.path));
            seen.insert(route);
            QVERIFY2(contract.check(request).covered == route->inSpec,
                     qPrintable(QString::fromLatin1(request.method) + u' ' + request.path));
        }
        for (const Route &route : kontorRoutes())
            QVERIFY2(seen.contains(&route),
                     qPrintable(QStringLiteral("not driven: ") + QString::fromLatin1(route.method) + u' ' +
                                route.pattern));
        QVERIFY(checked > 50);
    }

    void everyKnownErrorIsNeeded()
    {
        // Each row of the table forgives something the real server does: without it, the run above fails.
        const QList<fake::OpenApiContract::KnownError> &all = fake::OpenApiContract::knownErrors();
        const auto &requests = rig_->fake().requests();
        QStringList unneeded;
        for (qsizetype row = 0; row < all.size(); ++row) {
            QList<fake::OpenApiContract::KnownError> others = all;
            others.removeAt(row);
            fake::OpenApiContract contract = fake::OpenApiContract::bundled();
            contract.setKnownErrors(others);
            int surfaced = 0;
            for (qsizetype i = 0; i < requests.size() && surfaced == 0; ++i)
                surfaced += int(contract
                                    .checkResponse(requests[i], rig_->fake().answers().value(i),
                                                   rig_->fake().answerBodies().value(i))
                                    .violations.size());
            if (surfaced == 0)
                unneeded.append(all[row].jsonPath);
        }
        QVERIFY2(unneeded.isEmpty(), qPrintable(QStringLiteral("not needed: ") + unneeded.join(u' ')));
    }

    void theCheckerCatchesWrongAnswers_data()
    {
        QTest::addColumn<bool>("small");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("violation"); // empty: none

        QTest::newRow("valid") << true << QByteArray("GET") << QStringLiteral("/things/1") << 200
                               << QByteArray(R"({"id":1,"state":"on","note":null,"tags":["x"],"kind":"a",)"
                                             R"("at":"2026-12-07T10:00:00.000Z"})")
                               << QString();
        QTest::newRow("wrong type") << true << QByteArray("GET") << QStringLiteral("/things/1") << 200
                                    << QByteArray(R"({"id":"1","state":"on"})")
                                    << QStringLiteral("body.id is not of type integer");
        QTest::newRow("missing required")
            << true << QByteArray("GET") << QStringLiteral("/things/1") << 200 << QByteArray(R"({"id":1})")
            << QStringLiteral("body.state is required but missing");
        QTest::newRow("bad enum") << true << QByteArray("GET") << QStringLiteral("/things/1") << 200
                                  << QByteArray(R"({"id":1,"state":"dimmed"})")
                                  << QStringLiteral("body.state has a value outside its enum");
        QTest::newRow("null where not nullable")
            << true << QByteArray("GET") << QStringLiteral("/things/1") << 200
            << QByteArray(R"({"id":1,"state":null})")
            << QStringLiteral("body.state is null, which its schema does not allow");
        QTest::newRow("wrong item in an array") << true << QByteArray("GET") << QStringLiteral("/things/1")
                                                << 200 << QByteArray(R"({"id":1,"state":"on","tags":[3]})")
                                                << QStringLiteral("body.tags[] is not of type string");
        QTest::newRow("no oneOf fits") << true << QByteArray("GET") << QStringLiteral("/things/1") << 200
                                       << QByteArray(R"({"id":1,"state":"on","kind":"c"})")
                                       << QStringLiteral("body.kind matches 0 of its oneOf schemas, not one");
        QTest::newRow("not a date-time") << true << QByteArray("GET") << QStringLiteral("/things/1") << 200
                                         << QByteArray(R"({"id":1,"state":"on","at":"yesterday"})")
                                         << QStringLiteral("body.at is not a date-time");
        QTest::newRow("an empty body")
            << true << QByteArray("GET") << QStringLiteral("/things/1") << 200 << QByteArray()
            << QStringLiteral("body is empty, but a JSON body is declared");
        QTest::newRow("an undeclared success")
            << true << QByteArray("GET") << QStringLiteral("/things/1") << 201 << QByteArray("{}")
            << QStringLiteral("status 201 is not declared");
        QTest::newRow("an injected failure is not checked")
            << true << QByteArray("GET") << QStringLiteral("/things/1") << 503 << QByteArray("oops")
            << QString();
        // Against Chatwoot's own spec, through $ref and allOf.
        QTest::newRow("chatwoot: a status outside the enum")
            << false << QByteArray("POST")
            << QStringLiteral("/api/v1/accounts/1/conversations/5/toggle_status") << 200
            << QByteArray(R"({"meta":{},"payload":{"success":true,"current_status":"sleeping"}})")
            << QStringLiteral("body.payload.current_status has a value outside its enum");
        QTest::newRow("chatwoot: a conversation id as text")
            << false << QByteArray("GET") << QStringLiteral("/api/v1/accounts/1/conversations") << 200
            << QByteArray(R"({"data":{"meta":{},"payload":[{"id":"7","labels":[]}]}})")
            << QStringLiteral("body.data.payload[].id is not of type number");
        QTest::newRow("chatwoot: a known error is not reported")
            << false << QByteArray("POST")
            << QStringLiteral("/api/v1/accounts/1/conversations/5/toggle_status") << 200
            << QByteArray(R"({"meta":{},"payload":{"success":true,"current_status":"snoozed",)"
                          R"("snoozed_until":"2026-12-07T10:00:00.000Z"}})")
            << QString();
    }

    void theCheckerCatchesWrongAnswers()
    {
        QFETCH(bool, small);
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QString, violation);
        const fake::OpenApiContract contract =
            small ? fake::OpenApiContract::fromJson(kSmallSpec) : fake::OpenApiContract::bundled();
        QVERIFY(contract.isValid());
        const fake::OpenApiContract::Verdict verdict =
            contract.checkResponse(request(method, path), status, body);
        QVERIFY(verdict.covered);
        if (violation.isEmpty())
            QVERIFY2(verdict.violations.isEmpty(), qPrintable(verdict.violations.join(u'\n')));
        else
            QVERIFY2(verdict.violations.contains(violation), qPrintable(verdict.violations.join(u'\n')));
    }

    void everyKnownErrorSaysWhy()
    {
        QVERIFY(!fake::OpenApiContract::knownErrors().isEmpty());
        for (const fake::OpenApiContract::KnownError &error : fake::OpenApiContract::knownErrors()) {
            QVERIFY(!error.jsonPath.isEmpty());
            QVERIFY(error.jsonPath.startsWith(QLatin1StringView("body")) || error.jsonPath.startsWith(u'*') ||
                    error.jsonPath == QLatin1StringView("status"));
            QVERIFY(error.realBehaviour.size() > 20);
        }
    }
};

QTEST_GUILESS_MAIN(TestChatwootFakeContract)
#include "tst_chatwoot_fake_contract.moc"
