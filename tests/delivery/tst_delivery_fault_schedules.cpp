// Random schedules of faults — lost answers, 5xx before and after the work was done, 429 with Retry-After,
// timeouts, offline spells and restarts of Kontor — against the demo backend and the fake Chatwoot, neither
// of which deduplicates: every action is delivered exactly once, in order per conversation, counted from what
// the client sent. KONTOR_DELIVERY_SEEDS and KONTOR_DELIVERY_ACTIONS set the size: 8 seeds × 200 actions per
// backend in the ordinary suite; `./dev.sh delivery-soak` runs the full 50 × 200.
#include "ChatwootDeliveryLedger.h"
#include "ChatwootTestRig.h"
#include "DemoScenario.h"
#include "RandomAgent.h"
#include "store/StoreTestAccess.h"

#include <QRandomGenerator>
#include <QTest>
#include <algorithm>

using namespace kontor;
using namespace kontor::chatwoot;
using namespace kontor::testing;
using namespace std::chrono_literals;
using Delivery = fake::HttpResponse::Delivery;

namespace {

int setting(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok && value > 0 ? value : fallback;
}

int seeds()
{
    return setting("KONTOR_DELIVERY_SEEDS", 8);
}

int actionsPerSeed()
{
    return setting("KONTOR_DELIVERY_ACTIONS", 200);
}

// The store's view of order: per conversation, the remote ids of the confirmed messages of these entries, in
// the order the agent took the actions, must rise (backends number messages as they create them).
QString orderProblem(StoreReader &reader, const QStringList &uuids)
{
    QHash<qint64, qint64> lastRemote;
    for (const QString &uuid : uuids) {
        auto q =
            StoreTestAccess::database(reader).prepare("SELECT conversation_id, remote_id FROM messages WHERE "
                                                      "client_uuid = ? AND remote_id IS NOT NULL");
        q.bind(1, uuid);
        if (!q.step())
            continue;
        const qint64 conversation = q.int64(0);
        const qint64 remote = q.text(1).section(QLatin1Char('-'), -1).toLongLong();
        if (remote <= 0)
            continue;
        if (lastRemote.value(conversation) > remote)
            return QStringLiteral("%1 arrived before an action taken earlier in its conversation").arg(uuid);
        lastRemote.insert(conversation, remote);
    }
    return {};
}

} // namespace

class TestDeliveryFaultSchedules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void demo_data()
    {
        QTest::addColumn<quint32>("seed");
        for (int i = 0; i < seeds(); ++i)
            QTest::newRow(qPrintable(QStringLiteral("seed %1").arg(1000 + i))) << quint32(1000 + i);
    }

    void demo()
    {
        QFETCH(quint32, seed);
        QTemporaryDir dir;
        DemoScenario scenario;
        scenario.dir = dir.path();
        QString error;
        QVERIFY2(scenario.open(seed, DemoScenario::hostileFast(seed), &error), qPrintable(error));
        RandomAgent agent(seed);
        QRandomGenerator random(seed);
        QStringList uuids;
        int restarts = 0;
        for (int step = 0; uuids.size() < actionsPerSeed() && step < actionsPerSeed() * 20; ++step) {
            scenario.clock += 3000;
            const int dice = int(random.bounded(1000));
            if (dice < 15) {
                scenario.policy->setWorkOffline(!scenario.policy->workOffline());
            } else if (dice < 22) {
                // Kontor stops (whatever is on its way is cut off) and starts again.
                scenario.close();
                QVERIFY2(scenario.open(seed, DemoScenario::hostileFast(seed + restarts + 1), &error),
                         qPrintable(error));
                ++restarts;
            } else if (dice < 500) {
                if (const auto action = agent.next(scenario.store->reader())) {
                    auto receipt = scenario.store->apply(*action);
                    receipt.waitForFinished();
                    if (!receipt.result().uuid.isEmpty())
                        uuids.append(receipt.result().uuid);
                }
            }
            QTest::qWait(int(random.bounded(3)));
        }
        QCOMPARE(uuids.size(), actionsPerSeed());

        scenario.policy->setWorkOffline(false);
        scenario.connector->setFaults(DemoScenario::reliableFast());
        QElapsedTimer settle;
        settle.start();
        while (settle.elapsed() < 90000 && !scenario.caughtUp()) {
            for (const QString &uuid : std::as_const(uuids)) {
                const auto entry = scenario.store->reader().outbox().entry(uuid);
                if (entry && entry->state == OutboxState::Failed)
                    scenario.store->discardOutbox(uuid).waitForFinished(); // refused: the agent discards it
            }
            QTest::qWait(20);
        }
        QVERIFY2(scenario.caughtUp(), "the outbox did not drain after the network healed");
        const DemoWorld &world = scenario.connector->world();
        int confirmed = 0;
        for (const QString &uuid : std::as_const(uuids)) {
            const auto entry = scenario.store->reader().outbox().entry(uuid);
            if (!entry) {
                QCOMPARE(world.appliedCount(uuid), 0);
                continue;
            }
            QCOMPARE(entry->state, OutboxState::Confirmed);
            QVERIFY2(world.appliedCount(uuid) == 1, qPrintable(QStringLiteral("%1 (%2) applied %3 times")
                                                                   .arg(uuid, entry->kind)
                                                                   .arg(world.appliedCount(uuid))));
            ++confirmed;
        }
        QVERIFY(confirmed > actionsPerSeed() / 2);
        const QString order = orderProblem(scenario.store->reader(), uuids);
        QVERIFY2(order.isEmpty(), qPrintable(order));
        QVERIFY(scenario.connector->failedRequests() > 0);
        qInfo("seed %u: %d confirmed, %lld failed requests, %d restarts", seed, confirmed,
              scenario.connector->failedRequests(), restarts);
        scenario.close();
    }

    void chatwoot_data() { demo_data(); }

    void chatwoot()
    {
        QFETCH(quint32, seed);
        fake::FakeChatwoot::Seed world;
        world.contacts = 10;
        world.conversations = 16;
        world.messagesPerConversation = 2;
        world.looseFixture = false;
        test::ChatwootTestRig rig(world);
        SyncOptions options = test::ChatwootTestRig::fastOptions();
        options.requestTimeout = 250ms;
        rig.open(options);
        QTRY_COMPARE_WITH_TIMEOUT(rig.state().phase, ConnectorState::Phase::Online, 20000);
        rig.settle();
        rig.fake().clearRequests();

        QList<qint64> webChat;
        for (qint64 id : rig.fake().conversationIds()) {
            if (rig.fake().conversation(id).value(QLatin1StringView("inbox_id")).toInteger() == 1)
                webChat.append(id);
        }
        QVERIFY(webChat.size() >= 3);
        QRandomGenerator random(seed);
        QStringList uuids;
        QHash<QString, qint64> conversationOf;
        int restarts = 0;
        int faults = 0;
        const QString messages = QStringLiteral(".*/conversations/\\d+/messages");
        const QString anyPost = QStringLiteral(".*/conversations/\\d+/.*");
        for (int step = 0; uuids.size() < actionsPerSeed() && step < actionsPerSeed() * 20; ++step) {
            const int dice = int(random.bounded(1000));
            if (dice < 40) {
                rig.fake().loseAnswerNext("POST", messages,
                                          random.bounded(2) ? Delivery::Close : Delivery::Hang);
                ++faults;
            } else if (dice < 60) {
                rig.fake().failNext("POST", anyPost, 500 + int(random.bounded(4)));
                ++faults;
            } else if (dice < 75) {
                rig.fake().answerAfterProcessing(
                    "POST", messages, fake::HttpResponse::error(502, QStringLiteral("bad gateway")));
                ++faults;
            } else if (dice < 85) {
                rig.fake().failNext("POST", anyPost, 429, 1, {{"Retry-After", "0"}});
                ++faults;
            } else if (dice < 95) {
                rig.fake().failNext("GET", messages, 503);
                ++faults;
            } else if (dice < 105) {
                rig.policy().setWorkOffline(!rig.policy().workOffline());
            } else if (dice < 110) {
                rig.close();
                rig.open(options);
                ++restarts;
            } else if (dice < 600) {
                const qint64 remote = webChat[int(random.bounded(int(webChat.size())))];
                const qint64 local = rig.conversationId(QString::number(remote));
                AgentAction action;
                switch (random.bounded(5)) {
                case 0:
                    action = SetConversationStatus{
                        local, random.bounded(2) ? ConversationStatus::Pending : ConversationStatus::Open,
                        std::nullopt};
                    break;
                case 1:
                    action = SendMessage{
                        local, QStringLiteral("Note %1").arg(step), BodyFormat::Plain, true, {}, {}};
                    break;
                default:
                    // Identical short texts on purpose: only the key tells them apart.
                    action = SendMessage{local,
                                         random.bounded(3) ? QStringLiteral("OK, thank you")
                                                           : QStringLiteral("Reply %1").arg(step),
                                         BodyFormat::Plain,
                                         false,
                                         {},
                                         {}};
                    break;
                }
                auto receipt = rig.store().apply(action);
                while (!receipt.isFinished())
                    QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
                uuids.append(receipt.result().uuid);
                conversationOf.insert(receipt.result().uuid, remote);
            }
            QTest::qWait(int(random.bounded(4)));
        }

        rig.fake().clearFaults();
        rig.policy().setWorkOffline(false);
        auto settled = [&] {
            const auto counts = rig.store().reader().outbox().countsByState();
            return counts.value(OutboxState::Confirmed) > 0 &&
                   counts.value(OutboxState::Queued) + counts.value(OutboxState::Sending) +
                           counts.value(OutboxState::Uncertain) + counts.value(OutboxState::Unknown) +
                           counts.value(OutboxState::Failed) ==
                       0;
        };
        QTRY_VERIFY_WITH_TIMEOUT(settled(), 120000);

        ChatwootDeliveryLedger ledger(rig.fake());
        int replies = 0;
        for (const QString &uuid : std::as_const(uuids)) {
            const auto entry = rig.store().reader().outbox().entry(uuid);
            QVERIFY(entry);
            QCOMPARE(entry->state, OutboxState::Confirmed);
            if (entry->kind != QLatin1StringView("send_message"))
                continue;
            ++replies;
            QVERIFY2(ledger.messagesCarrying(uuid) == 1,
                     qPrintable(QStringLiteral("%1: %2 copies at the server")
                                    .arg(uuid)
                                    .arg(ledger.messagesCarrying(uuid))));
            QVERIFY2(ledger.checkedBeforeEveryResend(uuid),
                     qPrintable(uuid + QStringLiteral(" resent unchecked")));
        }
        QVERIFY(replies > 0);
        const QString order = orderProblem(rig.store().reader(), uuids);
        QVERIFY2(order.isEmpty(), qPrintable(order));
        qInfo("seed %u: %d actions (%d messages), %d faults, %d restarts", seed, int(uuids.size()), replies,
              faults, restarts);
        rig.close();
    }
};

QTEST_GUILESS_MAIN(TestDeliveryFaultSchedules)
#include "tst_delivery_fault_schedules.moc"
