// What goes wrong with a Chatwoot server, and what the connector makes of it: delivery failures by HTTP
// status (401 keeps the outbox, 404 and 422 fail the entry with the reason, 429 waits for Retry-After, 500
// and timeouts retry), answers that are malformed or cut off (checked, never sent twice), bad pages during a
// sync (retried or skipped), a server down at start, a revoked token, a websocket dropped mid-frame,
// unreadable frames and events of another account.
#include "ChatwootTestRig.h"

#include "connectors/chatwoot/realtime/ActionCableClient.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace kontor;
using namespace kontor::chatwoot;
using namespace std::chrono_literals;
using fake::HttpResponse;

namespace {
template<typename T>
T await(QFuture<T> future)
{
    while (!future.isFinished())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    return future.result();
}

SyncOptions failureOptions()
{
    SyncOptions options = test::ChatwootTestRig::fastOptions();
    options.requestTimeout = 700ms;
    return options;
}

fake::FakeChatwoot::Seed smallSeed()
{
    fake::FakeChatwoot::Seed seed;
    seed.contacts = 10;
    seed.conversations = 30;
    return seed;
}
} // namespace

class TestChatwootFailures : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::ChatwootTestRig> rig_;

    void waitOnline(int timeout = 20000)
    {
        QTRY_COMPARE_WITH_TIMEOUT(rig_->state().phase, ConnectorState::Phase::Online, timeout);
        rig_->settle();
    }

    OutboxState stateOf(const QString &uuid)
    {
        const auto entry = rig_->store().reader().outbox().entry(uuid);
        return entry ? entry->state : OutboxState(-1);
    }

    QString reply(const QString &conversation, const QString &text)
    {
        SendMessage message;
        message.conversationId = rig_->conversationId(conversation);
        message.body = text;
        return await(rig_->store().apply(message)).uuid;
    }

    int copiesOf(qint64 conversation, const QString &text)
    {
        int copies = 0;
        for (const QJsonValue &m : rig_->fake().messagesOf(conversation))
            copies += m.toObject().value(QLatin1StringView("content")).toString() == text;
        return copies;
    }

private Q_SLOTS:
    void cleanup()
    {
        if (!rig_)
            return;
        const QStringList violations = rig_->contractViolations();
        rig_.reset();
        QVERIFY2(violations.isEmpty(), qPrintable(violations.join(u'\n')));
    }

    void deliveryFailures_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<int>("finalState");
        QTest::addColumn<QString>("errorContains");
        QTest::newRow("404 conversation deleted")
            << QStringLiteral("404") << int(OutboxState::Failed) << QStringLiteral("no longer has this item");
        QTest::newRow("422 with the server's reason")
            << QStringLiteral("422") << int(OutboxState::Failed) << QStringLiteral("Message is too long");
        QTest::newRow("429 with Retry-After")
            << QStringLiteral("429") << int(OutboxState::Confirmed) << QString();
        QTest::newRow("500") << QStringLiteral("500") << int(OutboxState::Confirmed) << QString();
        QTest::newRow("timeout") << QStringLiteral("timeout") << int(OutboxState::Confirmed) << QString();
        QTest::newRow("malformed answer")
            << QStringLiteral("malformed") << int(OutboxState::Confirmed) << QString();
        QTest::newRow("truncated answer")
            << QStringLiteral("truncated") << int(OutboxState::Confirmed) << QString();
    }

    void deliveryFailures()
    {
        QFETCH(QString, fault);
        QFETCH(int, finalState);
        QFETCH(QString, errorContains);
        rig_ = std::make_unique<test::ChatwootTestRig>(smallSeed());
        rig_->open(failureOptions());
        waitOnline();
        auto &f = rig_->fake();
        f.setBroadcasts(false); // only requests, no realtime echo, decide here
        // A web-chat conversation: Chatwoot keeps the key a reply carries there, so a lost answer can be
        // checked.
        qint64 remote = 0;
        for (qint64 id : f.conversationIds()) {
            if (f.conversation(id).value(QLatin1StringView("inbox_id")).toInteger() == 1) {
                remote = id;
                break;
            }
        }
        QVERIFY(remote != 0);
        const QString path = QStringLiteral(".*/conversations/%1/messages").arg(remote);
        if (fault == QLatin1StringView("404"))
            f.deleteConversation(remote);
        else if (fault == QLatin1StringView("422"))
            f.failNext("POST", path, 422, 1, {}, "{\"message\":\"Message is too long\"}");
        else if (fault == QLatin1StringView("429"))
            f.failNext("POST", path, 429, 1, {qMakePair(QByteArray("Retry-After"), QByteArray("1"))});
        else if (fault == QLatin1StringView("500"))
            f.failNext("POST", path, 500);
        else if (fault == QLatin1StringView("timeout"))
            f.addFault("POST", path, [] {
                HttpResponse hang;
                hang.delivery = HttpResponse::Delivery::Hang;
                return hang;
            }());
        else if (fault == QLatin1StringView("malformed"))
            f.answerAfterProcessing("POST", path, [] {
                HttpResponse garbled;
                garbled.body = "{\"id\": 4711, \"content\": \"We will";
                return garbled;
            }());
        else if (fault == QLatin1StringView("truncated"))
            f.loseAnswerNext("POST", path, HttpResponse::Delivery::Truncate);

        QElapsedTimer clock;
        clock.start();
        const QString text = QStringLiteral("Reply under fault ") + fault;
        const QString uuid = reply(QString::number(remote), text);
        QTRY_COMPARE_WITH_TIMEOUT(int(stateOf(uuid)), finalState, 15000);
        const OutboxEntry entry = *rig_->store().reader().outbox().entry(uuid);
        if (!errorContains.isEmpty())
            QVERIFY2(entry.lastError.contains(errorContains), qPrintable(entry.lastError));
        if (finalState == int(OutboxState::Confirmed)) {
            QCOMPARE(copiesOf(remote, text), 1); // never twice, whatever happened to the first answer
            QTRY_VERIFY(!rig_->text("SELECT remote_id FROM messages WHERE client_uuid = ?", uuid).isEmpty());
        }
        if (fault == QLatin1StringView("429"))
            QVERIFY2(clock.elapsed() >= 1000, "Retry-After was not honoured");
        // The connection itself stays usable.
        QCOMPARE(rig_->state().phase, ConnectorState::Phase::Online);
    }

    void aRevokedTokenKeepsTheOutboxUntilSignIn()
    {
        rig_ = std::make_unique<test::ChatwootTestRig>(smallSeed());
        rig_->open(failureOptions());
        waitOnline();
        rig_->fake().revokeToken();
        const QString uuid = reply(QStringLiteral("106"), QStringLiteral("sent after the token was revoked"));
        QTRY_COMPARE(rig_->state().phase, ConnectorState::Phase::AuthenticationNeeded);
        QTest::qWait(300);
        QCOMPARE(stateOf(uuid), OutboxState::Queued); // kept, not failed
        QVERIFY(!rig_->store().reader().outbox().entry(uuid)->lastError.isEmpty());
        QCOMPARE(copiesOf(106, QStringLiteral("sent after the token was revoked")), 0);
        // The agent signs in again: the connector resumes and the entry goes out.
        rig_->fake().restoreToken();
        rig_->connector().setAccessToken(fake::FakeChatwoot::token());
        waitOnline();
        QTRY_COMPARE(stateOf(uuid), OutboxState::Confirmed);
        QCOMPARE(copiesOf(106, QStringLiteral("sent after the token was revoked")), 1);
    }

    void aRevokedTokenAtStart()
    {
        rig_ = std::make_unique<test::ChatwootTestRig>(smallSeed());
        rig_->fake().revokeToken();
        rig_->open(failureOptions());
        QTRY_COMPARE(rig_->state().phase, ConnectorState::Phase::AuthenticationNeeded);
        rig_->fake().restoreToken();
        rig_->connector().setAccessToken(fake::FakeChatwoot::token());
        waitOnline();
    }

    void aServerErrorAtStartIsRetriedWithBackoff()
    {
        rig_ = std::make_unique<test::ChatwootTestRig>(smallSeed());
        rig_->fake().failNext("GET", QStringLiteral("/api/v1/profile"), 502, 2);
        rig_->open(failureOptions());
        waitOnline();
        QVERIFY(rig_->fake().requestsTo("GET", QStringLiteral("/api/v1/profile")).size() >= 3);
    }

    void badPagesDuringTheFirstSync()
    {
        rig_ = std::make_unique<test::ChatwootTestRig>(smallSeed());
        auto &f = rig_->fake();
        // A conversation page cut off once (retried), and one conversation whose messages never parse
        // (skipped).
        f.addFault("GET", QStringLiteral("/api/v1/accounts/1/conversations"), [] {
            HttpResponse cut = HttpResponse::json(QJsonObject{{QStringLiteral("data"), QJsonObject{}}});
            cut.body = QByteArray(400, ' ') + "{\"data\":{\"payload\":[";
            cut.delivery = HttpResponse::Delivery::Truncate;
            return cut;
        }());
        f.addFault(
            "GET", QStringLiteral("/api/v1/accounts/1/conversations/107/messages"),
            [] {
                HttpResponse garbage = HttpResponse::empty();
                garbage.body = "<html>proxy error</html>";
                return garbage;
            }(),
            100);
        rig_->open(failureOptions());
        waitOnline();
        QCOMPARE(rig_->number("SELECT count(*) FROM conversations"), 32);
        QVERIFY(rig_->conversationId(QStringLiteral("107")) > 0); // the conversation itself is there
        QCOMPARE(
            rig_->number("SELECT count(*) FROM messages m JOIN conversations c ON c.id = m.conversation_id "
                         "WHERE c.remote_id = '108'"),
            3);
    }

    void aWrongAddressIsOffline()
    {
        rig_ = std::make_unique<test::ChatwootTestRig>(smallSeed());
        ChatwootAccount account = rig_->accountSettings();
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        account.server.setPort(probe.serverPort());
        probe.close();
        MemorySecretStore secrets;
        secrets.write(account.secretKey(), fake::FakeChatwoot::token(), [](const QString &) {});
        ChatwootConnector connector(account, &secrets, failureOptions());
        QSignalSpy states(&connector, &Connector::stateChanged);
        connector.start({});
        QTRY_VERIFY(std::any_of(states.begin(), states.end(), [](const QList<QVariant> &args) {
            return args.at(0).value<ConnectorState>().phase == ConnectorState::Phase::Offline;
        }));
        connector.stop();
    }

    void aWebsocketDroppedMidFrame()
    {
        rig_ = std::make_unique<test::ChatwootTestRig>(smallSeed());
        rig_->open(failureOptions());
        waitOnline();
        QTRY_COMPARE(rig_->fake().cable().subscriberCount(), 1);
        // Watched through the signal: the reconnect may be back online before a poll of the state sees it.
        QSignalSpy states(&rig_->connector(), &Connector::stateChanged);
        rig_->fake().cable().dropMidFrame();
        rig_->fake().customerWrites(110, QStringLiteral("written during the drop"), true);
        QTRY_VERIFY(std::any_of(states.begin(), states.end(), [](const QList<QVariant> &args) {
            return args.at(0).value<ConnectorState>().phase != ConnectorState::Phase::Online;
        }));
        waitOnline();
        QTRY_COMPARE(rig_->number("SELECT count(*) FROM messages WHERE body = 'written during the drop'"), 1);
    }

    void unreadableFramesAndForeignEventsAreDropped()
    {
        rig_ = std::make_unique<test::ChatwootTestRig>(smallSeed());
        rig_->open(failureOptions());
        waitOnline();
        QTRY_COMPARE(rig_->fake().cable().subscriberCount(), 1);
        QSignalSpy ignored(&rig_->connector(), &ChatwootConnector::foreignEventIgnored);
        rig_->fake().cable().sendRaw("{\"identifier\": \"x\", \"message\": {\"event\": ");
        rig_->fake().cable().sendRaw("[1, 2, 3]");
        rig_->fake().broadcastForeignEvent();
        rig_->fake().customerWrites(111, QStringLiteral("still listening"));
        QTRY_COMPARE(rig_->number("SELECT count(*) FROM messages WHERE body = 'still listening'"), 1);
        QCOMPARE(ignored.size(), 1);
        QCOMPARE(rig_->state().phase, ConnectorState::Phase::Online);
        QCOMPARE(rig_->fake().cable().subscriptionsConfirmed(), 1); // no reconnect was needed
    }

    void invalidUtf8EndsTheConnectionWithoutLoss()
    {
        rig_ = std::make_unique<test::ChatwootTestRig>(smallSeed());
        rig_->open(failureOptions());
        waitOnline();
        QTRY_COMPARE(rig_->fake().cable().subscriberCount(), 1);
        // A text frame that is not UTF-8 is a protocol error: the socket closes, the connector reconnects
        // and fills the gap.
        rig_->fake().cable().sendRaw("\xff\xfe not text");
        rig_->fake().customerWrites(112, QStringLiteral("during the protocol error"), true);
        QTRY_COMPARE(rig_->fake().cable().subscriptionsConfirmed(), 2);
        waitOnline();
        QTRY_COMPARE(rig_->number("SELECT count(*) FROM messages WHERE body = 'during the protocol error'"),
                     1);
    }
};

QTEST_GUILESS_MAIN(TestChatwootFailures)
#include "tst_chatwoot_failures.moc"
