// Reconciliation by a key the backend keeps, never by text: after a lost answer Kontor finds the earlier
// attempt in a conversation that got a hundred and more messages meanwhile, tells two identical short replies
// apart, finds a note whose text the server changed (mention links), and — where the channel keeps no key —
// stops for the agent to decide instead of sending again.
#include "ChatwootDeliveryLedger.h"
#include "ChatwootTestRig.h"

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
} // namespace

class TestDeliveryReconcile : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::ChatwootTestRig> rig_;

    OutboxState stateOf(const QString &uuid)
    {
        const auto entry = rig_->store().reader().outbox().entry(uuid);
        return entry ? entry->state : OutboxState(-1);
    }

    qint64 conversationIn(qint64 inbox)
    {
        for (qint64 id : rig_->fake().conversationIds()) {
            if (rig_->fake().conversation(id).value(QLatin1StringView("inbox_id")).toInteger() == inbox)
                return id;
        }
        return 0;
    }

    QString send(qint64 remote, const QString &text, bool note = false, QList<qint64> mentions = {})
    {
        SendMessage message{
            rig_->conversationId(QString::number(remote)), text, BodyFormat::Plain, note, mentions, {}};
        return await(rig_->store().apply(message)).uuid;
    }

    int copiesOf(qint64 remote, const QString &text)
    {
        int copies = 0;
        for (const QJsonValue &m : rig_->fake().messagesOf(remote))
            copies += m.toObject().value(QLatin1StringView("content")).toString().contains(text);
        return copies;
    }

private Q_SLOTS:
    void init()
    {
        fake::FakeChatwoot::Seed seed;
        seed.contacts = 12;
        seed.conversations = 24;
        rig_ = std::make_unique<test::ChatwootTestRig>(seed);
        rig_->open();
        QTRY_COMPARE_WITH_TIMEOUT(rig_->state().phase, ConnectorState::Phase::Online, 20000);
        rig_->settle();
        rig_->fake().setBroadcasts(false); // only what the server keeps can tell
        rig_->fake().clearRequests();
    }

    void cleanup() { rig_.reset(); }

    void aBusyConversationIsSearchedBackToTheFirstAttempt()
    {
        const qint64 remote = conversationIn(1);
        QVERIFY(remote != 0);
        const QString path = QStringLiteral(".*/conversations/%1/messages").arg(remote);
        rig_->fake().loseAnswerNext("POST", path, Delivery::Close);
        rig_->fake().failNext("GET", path, 503, 1000000); // no look gets through until the test says so
        const QString uuid = send(remote, QStringLiteral("We have shipped it."));
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(uuid), OutboxState::Uncertain, 10000);
        // Offline while the customer and others write on: 150 messages land after the lost reply.
        rig_->policy().setWorkOffline(true);
        rig_->fake().clearFaults();
        for (int i = 0; i < 150; ++i)
            rig_->fake().customerWrites(remote, QStringLiteral("Customer line %1").arg(i), true);
        rig_->policy().setWorkOffline(false);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(uuid), OutboxState::Confirmed, 20000);
        ChatwootDeliveryLedger ledger(rig_->fake());
        QCOMPARE(ledger.postsCarrying(uuid), 1);
        QCOMPARE(ledger.messagesCarrying(uuid), 1);
        QCOMPARE(copiesOf(remote, QStringLiteral("We have shipped it.")), 1);
        // The search went back page by page (newest 20 first, then before=…), past the 150 new messages.
        int pages = 0;
        for (const auto &request : rig_->fake().requestsTo("GET", path))
            pages += request.query.hasQueryItem(QStringLiteral("before"));
        QVERIFY2(pages >= 7, qPrintable(QString::number(pages)));
    }

    void twoIdenticalRepliesAreBothDelivered()
    {
        const qint64 remote = conversationIn(1);
        const QString path = QStringLiteral(".*/conversations/%1/messages").arg(remote);
        rig_->fake().loseAnswerNext("POST", path, Delivery::Close);
        const QString first = send(remote, QStringLiteral("OK, thank you"));
        const QString second = send(remote, QStringLiteral("OK, thank you"));
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(first), OutboxState::Confirmed, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(second), OutboxState::Confirmed, 20000);
        ChatwootDeliveryLedger ledger(rig_->fake());
        QCOMPARE(ledger.messagesCarrying(first), 1);
        QCOMPARE(ledger.messagesCarrying(second), 1); // the second really reached the customer
        QCOMPARE(ledger.postsCarrying(first), 1);
        QCOMPARE(ledger.postsCarrying(second), 1);
        QCOMPARE(copiesOf(remote, QStringLiteral("OK, thank you")), 2);
        QVERIFY(rig_->text("SELECT remote_id FROM messages WHERE client_uuid = ?", first) !=
                rig_->text("SELECT remote_id FROM messages WHERE client_uuid = ?", second));
    }

    void aNoteWhoseServerTextDiffersIsFoundByItsKey()
    {
        const qint64 remote = conversationIn(3); // any channel: a note is never handed on
        QVERIFY(remote != 0);
        const qint64 colleague = rig_->number("SELECT id FROM agents WHERE remote_id <> '1' ORDER BY id");
        const QString name = rig_->text("SELECT name FROM agents WHERE id = ?", QString::number(colleague));
        const QString path = QStringLiteral(".*/conversations/%1/messages").arg(remote);
        rig_->fake().loseAnswerNext("POST", path, Delivery::Close);
        const QString uuid =
            send(remote, QStringLiteral("@%1 please call back").arg(name), true, {colleague});
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(uuid), OutboxState::Confirmed, 20000);
        ChatwootDeliveryLedger ledger(rig_->fake());
        QCOMPARE(ledger.postsCarrying(uuid), 1);
        QCOMPARE(ledger.messagesCarrying(uuid), 1);
        // The server holds the mention link, not the text Kontor wrote.
        const QJsonArray messages = rig_->fake().messagesOf(remote);
        QVERIFY(messages.last()
                    .toObject()
                    .value(QLatin1StringView("content"))
                    .toString()
                    .contains(QLatin1StringView("mention://user/")));
    }

    // A WhatsApp reply's key is overwritten by the provider's id: a lost answer cannot be checked, so the
    // entry waits for the agent — never sent again on its own.
    void aChannelThatKeepsNoKeyLeavesTheDecisionToTheAgent()
    {
        const qint64 remote = conversationIn(3);
        QVERIFY(remote != 0);
        const QString path = QStringLiteral(".*/conversations/%1/messages").arg(remote);
        rig_->fake().loseAnswerNext("POST", path, Delivery::Close);
        const QString uuid = send(remote, QStringLiteral("Your code is 1234"));
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(uuid), OutboxState::Unknown, 20000);
        QTest::qWait(300);
        QCOMPARE(stateOf(uuid), OutboxState::Unknown);
        QCOMPARE(rig_->fake().requestsTo("POST", path).size(), 1);
        QVERIFY(!rig_->store().reader().outbox().entry(uuid)->lastError.isEmpty());

        // Check again: still cannot tell, still nothing sent.
        const qsizetype looks = rig_->fake().requestsTo("GET", path).size();
        rig_->engine().checkAgain(uuid);
        QTRY_VERIFY(rig_->fake().requestsTo("GET", path).size() > looks);
        QTRY_COMPARE(stateOf(uuid), OutboxState::Unknown);
        QCOMPARE(rig_->fake().requestsTo("POST", path).size(), 1);

        // The agent looked in Chatwoot and decides to send it again: that is their call, and it goes out.
        rig_->engine().sendAgain(uuid);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(uuid), OutboxState::Confirmed, 10000);
        QCOMPARE(rig_->fake().requestsTo("POST", path).size(), 2);
    }

    // A check that cannot get through learns nothing: the entry stays uncertain and nothing is sent.
    void aFailedCheckSendsNothing()
    {
        const qint64 remote = conversationIn(1);
        const QString path = QStringLiteral(".*/conversations/%1/messages").arg(remote);
        rig_->fake().loseAnswerNext("POST", path, Delivery::Close);
        rig_->fake().failNext("GET", path, 503, 3);
        const QString uuid = send(remote, QStringLiteral("Checked, not doubled."));
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(uuid), OutboxState::Confirmed, 20000);
        ChatwootDeliveryLedger ledger(rig_->fake());
        QCOMPARE(ledger.postsCarrying(uuid), 1);
        QCOMPARE(ledger.messagesCarrying(uuid), 1);
        QVERIFY(rig_->fake().requestsTo("GET", path).size() >= 4);
    }
};

QTEST_GUILESS_MAIN(TestDeliveryReconcile)
#include "tst_delivery_reconcile.moc"
