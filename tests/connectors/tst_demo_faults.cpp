// Fault injection through the demo connector: under many random schedules of network faults and offline
// periods, every action the agent took reaches the backend exactly once, none is lost, and the store
// converges to the backend's state once the network heals.
#include "DemoScenario.h"
#include "RandomAgent.h"
#include "StoreWorldComparison.h"

#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace kontor;
using namespace kontor::testing;

class TestDemoFaults : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("KontorTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_demo_faults"));
        QSettings().clear();
    }

    void exactlyOnceUnderFaults_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed : {11u, 23u, 37u, 41u, 59u, 61u})
            QTest::newRow(qPrintable(QStringLiteral("seed %1").arg(seed))) << seed;
    }

    void exactlyOnceUnderFaults()
    {
        QFETCH(quint32, seed);
        QTemporaryDir dir;
        DemoScenario scenario;
        scenario.dir = dir.path();
        QString error;
        QVERIFY2(scenario.open(seed, DemoScenario::hostileFast(seed), &error), qPrintable(error));

        // The agent works while the network fails under them and they go offline now and then; the backend's
        // clock runs fast so that offline periods come and go.
        RandomAgent agent(seed);
        QRandomGenerator random(seed);
        QStringList uuids;
        for (int step = 0; step < 400 && uuids.size() < 40; ++step) {
            scenario.clock += 5000;
            if (random.bounded(100) < 4)
                scenario.policy->setWorkOffline(!scenario.policy->workOffline());
            if (random.bounded(100) < 30) {
                if (const auto action = agent.next(scenario.store->reader())) {
                    auto receipt = scenario.store->apply(*action);
                    receipt.waitForFinished();
                    uuids.append(receipt.result().uuid);
                }
            }
            QTest::qWait(random.bounded(8));
        }
        QVERIFY(uuids.size() >= 20);

        // The network heals and the backend's clock stops: everything must settle.
        scenario.policy->setWorkOffline(false);
        scenario.connector->setFaults(DemoScenario::reliableFast());
        // A rejected action holds back the ones after it in its conversation until the agent deals with it;
        // the agent here discards it, as the outbox panel offers.
        QElapsedTimer settle;
        settle.start();
        while (settle.elapsed() < 180000 && !scenario.caughtUp()) {
            for (const QString &uuid : uuids) {
                const auto entry = scenario.store->reader().outbox().entry(uuid);
                if (entry && entry->state == OutboxState::Failed)
                    scenario.store->discardOutbox(uuid).waitForFinished();
            }
            QTest::qWait(20);
        }
        if (!scenario.caughtUp()) {
            const auto counts = scenario.store->reader().outbox().countsByState();
            qWarning() << "state" << int(scenario.engine->state(scenario.connector).phase) << "queued"
                       << counts.value(OutboxState::Queued) << "sending" << counts.value(OutboxState::Sending)
                       << "failed" << counts.value(OutboxState::Failed) << "in flight"
                       << scenario.engine->inFlightCount() << "cursor" << scenario.connector->cursor()
                       << "backend" << scenario.connector->world().lastSeq();
        }
        QVERIFY2(scenario.caughtUp(), "the outbox did not drain after the network healed");

        DemoWorld &world = scenario.connector->world();
        int confirmed = 0;
        int attempts = 0;
        for (const QString &uuid : uuids) {
            const auto entry = scenario.store->reader().outbox().entry(uuid);
            if (!entry) {
                // Discarded by the agent: the backend refused it, and it did not change anything there.
                QVERIFY2(world.hasProcessed(uuid) && !world.processedResult(uuid)->accepted,
                         qPrintable(uuid));
                QCOMPARE(world.appliedCount(uuid), 0);
                continue;
            }
            QCOMPARE(entry->state, OutboxState::Confirmed);
            QCOMPARE(world.appliedCount(uuid), 1);
            ++confirmed;
            attempts += entry->attempts;
            if (entry->kind == QLatin1StringView("send_message") ||
                entry->kind == QLatin1StringView("start_conversation")) {
                auto q =
                    StoreTestAccess::database(scenario.store->reader())
                        .prepare(
                            "SELECT count(*) FROM messages WHERE client_uuid = ? AND remote_id IS NOT NULL");
                q.bind(1, uuid);
                QVERIFY(q.step());
                QCOMPARE(q.int64(0), 1); // one copy, confirmed: never doubled, never lost
            }
        }
        QVERIFY(confirmed > 0);
        // The faults were real: requests failed on the way, and were tried again.
        QVERIFY2(scenario.connector->failedRequests() > 0, "no fault was injected");
        qInfo("%lld requests failed; %d attempts for %d confirmed actions",
              scenario.connector->failedRequests(), attempts, confirmed);
        const QStringList problems = differences(*scenario.store, world);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 10).join(QLatin1Char('\n'))));
        scenario.close();
    }
};

QTEST_GUILESS_MAIN(TestDemoFaults)
#include "store/StoreTestAccess.h"
#include "tst_demo_faults.moc"
