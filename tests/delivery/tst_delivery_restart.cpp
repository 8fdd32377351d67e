// A request leaves, its answer is lost, and Kontor stops before it learns the outcome (closed, or waiting
// when it was stopped); then it starts again. Every kind of action that creates something at the backend — a
// reply, a note with mentions, a reply with a file, a conversation started on another channel, a contact
// merge — ends with exactly one copy at the backend, counted from what the client sent: neither fake
// deduplicates.
#include "ChatwootDeliveryLedger.h"
#include "ChatwootTestRig.h"
#include "DemoScenario.h"
#include "store/StoreTestAccess.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace kontor;
using namespace kontor::chatwoot;
using namespace kontor::testing;
using Delivery = fake::HttpResponse::Delivery;

namespace {

template<typename T>
T await(QFuture<T> future)
{
    while (!future.isFinished())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    return future.result();
}

enum class Kind
{
    Reply,
    NoteWithMention,
    ReplyWithFile,
    StartConversation,
    MergeContacts,
};

} // namespace

Q_DECLARE_METATYPE(Kind)
Q_DECLARE_METATYPE(Delivery)

class TestDeliveryRestart : public QObject
{
    Q_OBJECT

    QTemporaryDir files_;

    static OutboxState stateOf(Store &store, const QString &uuid)
    {
        const auto entry = store.reader().outbox().entry(uuid);
        return entry ? entry->state : OutboxState(-1);
    }

    // A conversation of the fake in its web-chat inbox (where Chatwoot keeps the key a reply carries).
    static qint64 webChatConversation(const fake::FakeChatwoot &fake, int skip = 0)
    {
        for (qint64 id : fake.conversationIds()) {
            if (fake.conversation(id).value(QLatin1StringView("inbox_id")).toInteger() == 1 && skip-- == 0)
                return id;
        }
        return 0;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(files_.isValid()); }

    void chatwoot_data()
    {
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<Delivery>("lost");
        const std::pair<const char *, Kind> kinds[] = {{"reply", Kind::Reply},
                                                       {"note with mention", Kind::NoteWithMention},
                                                       {"reply with file", Kind::ReplyWithFile},
                                                       {"new conversation", Kind::StartConversation},
                                                       {"merge", Kind::MergeContacts}};
        for (const auto &[name, kind] : kinds) {
            QTest::newRow(
                qPrintable(QStringLiteral("%1, connection closed, restart").arg(QLatin1StringView(name))))
                << kind << Delivery::Close;
            QTest::newRow(qPrintable(
                QStringLiteral("%1, no answer, stopped while waiting").arg(QLatin1StringView(name))))
                << kind << Delivery::Hang;
        }
    }

    void chatwoot()
    {
        QFETCH(Kind, kind);
        QFETCH(Delivery, lost);
        fake::FakeChatwoot::Seed seed;
        seed.contacts = 12;
        seed.conversations = 20;
        test::ChatwootTestRig rig(seed);
        rig.open();
        QTRY_COMPARE_WITH_TIMEOUT(rig.state().phase, ConnectorState::Phase::Online, 20000);
        rig.settle();
        // No realtime echo: after the restart only what the server keeps can tell whether it landed.
        rig.fake().setBroadcasts(false);
        rig.fake().clearRequests();

        const qint64 remote = webChatConversation(rig.fake());
        QVERIFY(remote != 0);
        const qint64 conversation = rig.conversationId(QString::number(remote));
        QString postPattern = QStringLiteral(".*/conversations/%1/messages").arg(remote);
        QString checkPattern = postPattern;
        AgentAction action;
        switch (kind) {
        case Kind::Reply:
            action = SendMessage{
                conversation, QStringLiteral("Your refund is on its way."), BodyFormat::Plain, false, {}, {}};
            break;
        case Kind::NoteWithMention: {
            const qint64 colleague = rig.number("SELECT id FROM agents WHERE remote_id <> '1' ORDER BY id");
            QVERIFY(colleague > 0);
            const QString name = rig.text("SELECT name FROM agents WHERE id = ?", QString::number(colleague));
            action =
                SendMessage{conversation,      QStringLiteral("@%1 can you check the invoice?").arg(name),
                            BodyFormat::Plain, true,
                            {colleague},       {}};
            break;
        }
        case Kind::ReplyWithFile: {
            const QString path = files_.filePath(QStringLiteral("invoice.pdf"));
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("%PDF-1.4 invoice\n");
            file.close();
            action = SendMessage{conversation,
                                 QStringLiteral("The invoice, attached."),
                                 BodyFormat::Plain,
                                 false,
                                 {},
                                 {OutgoingAttachment{path, QStringLiteral("invoice.pdf"),
                                                     QStringLiteral("application/pdf"), 17}}};
            break;
        }
        case Kind::StartConversation: {
            StartConversation start;
            start.customerId =
                rig.number("SELECT customer_id FROM identities WHERE kind = 'contact' AND value = ?",
                           QStringLiteral("1005"));
            start.accountId = rig.number("SELECT id FROM accounts");
            start.channel = Channel::Email;
            start.inboxId = rig.number("SELECT id FROM inboxes WHERE remote_id = ?", QStringLiteral("2"));
            start.body = QStringLiteral("Following up by email");
            action = start;
            postPattern = QStringLiteral("/api/v1/accounts/1/conversations");
            checkPattern = QStringLiteral(".*/contacts/1005/conversations");
            break;
        }
        case Kind::MergeContacts:
            action = MergeContacts{rig.number("SELECT id FROM accounts"), QStringLiteral("1003"),
                                   QStringLiteral("1004"), 0};
            postPattern = QStringLiteral("/api/v1/accounts/1/actions/contact_merge");
            checkPattern = QStringLiteral(".*/contacts/100[34]");
            break;
        }
        rig.fake().loseAnswerNext("POST", postPattern, lost);
        // Until the restart, every look the client takes to find out fails: what it knows then is only that
        // the request may have landed.
        rig.fake().failNext("GET", checkPattern, 503, 1000000);
        const QString uuid = await(rig.store().apply(action)).uuid;
        QVERIFY(!uuid.isEmpty());

        // The request reached the server and was carried out; the answer never arrived.
        QTRY_COMPARE_WITH_TIMEOUT(rig.fake().requestsTo("POST", postPattern).size(), 1, 10000);
        if (lost == Delivery::Close)
            QTRY_COMPARE_WITH_TIMEOUT(stateOf(rig.store(), uuid), OutboxState::Uncertain, 10000);
        else
            QCOMPARE(stateOf(rig.store(), uuid), OutboxState::Sending);
        rig.close();
        rig.fake().clearFaults();

        rig.open();
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(rig.store(), uuid), OutboxState::Confirmed, 20000);
        rig.settle();

        ChatwootDeliveryLedger ledger(rig.fake());
        QCOMPARE(rig.fake().requestsTo("POST", postPattern).size(), 1);
        switch (kind) {
        case Kind::Reply:
        case Kind::NoteWithMention:
        case Kind::ReplyWithFile:
            QCOMPARE(ledger.postsCarrying(uuid), 1);
            QCOMPARE(ledger.messagesCarrying(uuid), 1);
            QVERIFY(!rig.text("SELECT remote_id FROM messages WHERE client_uuid = ?", uuid).isEmpty());
            QCOMPARE(rig.number("SELECT count(*) FROM messages WHERE client_uuid = ?", uuid), 1);
            break;
        case Kind::StartConversation:
            QCOMPARE(ledger.postsCarrying(uuid), 1);
            QCOMPARE(ledger.conversationsCarrying(uuid), 1);
            QVERIFY(
                !rig.fake().requestsTo("GET", QStringLiteral(".*/contacts/1005/conversations")).isEmpty());
            break;
        case Kind::MergeContacts:
            QVERIFY(rig.fake().contact(1004).isEmpty());
            QVERIFY(!rig.fake().contact(1003).isEmpty());
            break;
        }
        rig.close();
    }

    void demo_data()
    {
        QTest::addColumn<int>("which");
        QTest::newRow("reply") << 0;
        QTest::newRow("note") << 1;
        QTest::newRow("new conversation") << 2;
    }

    // The demo backend carries out the request, the answer times out, Kontor is closed; started again it asks
    // the backend by the key before anything else.
    void demo()
    {
        QFETCH(int, which);
        QTemporaryDir dir;
        DemoScenario scenario;
        scenario.dir = dir.path();
        QString error;
        QVERIFY2(scenario.open(7, DemoScenario::reliableFast(), &error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(scenario.caughtUp(), 20000);

        DemoFaultConfig answersLost = DemoScenario::reliableFast();
        answersLost.timeoutRate = 1.0;
        answersLost.timeoutMillis = 20;
        answersLost.processedBeforeFailureShare = 1.0;
        scenario.connector->setFaults(answersLost);

        qint64 conversation = 0;
        qint64 customer = 0;
        qint64 account = 0;
        {
            auto q = StoreTestAccess::database(scenario.store->reader())
                         .prepare("SELECT id, customer_id, account_id FROM conversations WHERE channel = "
                                  "'email' AND remote_id "
                                  "IS "
                                  "NOT NULL ORDER BY id");
            QVERIFY(q.step());
            conversation = q.int64(0);
            customer = q.int64(1);
            account = q.int64(2);
        }
        AgentAction action;
        if (which == 0) {
            action = SendMessage{
                conversation, QStringLiteral("Thanks, all sorted."), BodyFormat::Plain, false, {}, {}};
        } else if (which == 1) {
            action = SendMessage{
                conversation, QStringLiteral("Checked with billing."), BodyFormat::Plain, true, {}, {}};
        } else {
            StartConversation start;
            start.customerId = customer;
            start.accountId = account;
            start.channel = Channel::Email;
            start.subject = QStringLiteral("Follow-up");
            start.body = QStringLiteral("A follow-up by email");
            action = start;
        }
        const QString uuid = await(scenario.store->apply(action)).uuid;
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(*scenario.store, uuid), OutboxState::Uncertain, 10000);
        QCOMPARE(scenario.connector->world().appliedCount(uuid), 1);
        scenario.close();

        QVERIFY2(scenario.open(7, DemoScenario::reliableFast(), &error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(*scenario.store, uuid), OutboxState::Confirmed, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(scenario.caughtUp(), 20000);
        QCOMPARE(scenario.connector->world().appliedCount(uuid), 1);
        QCOMPARE(scenario.connector->world().receivedCount(uuid), 1);
        {
            auto copies =
                StoreTestAccess::database(scenario.store->reader())
                    .prepare("SELECT count(*) FROM messages WHERE client_uuid = ? AND remote_id IS NOT NULL");
            copies.bind(1, uuid);
            QVERIFY(copies.step());
            QCOMPARE(copies.int64(0), 1);
        }
        scenario.close();
    }
};

QTEST_GUILESS_MAIN(TestDeliveryRestart)
#include "tst_delivery_restart.moc"
