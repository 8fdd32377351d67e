// The change feed: paging gives every change exactly once, in an order a client can apply without meeting a
// reference to something it has not been given, also while the world changes between pages and after a
// reload.
#include "DemoFeedClient.h"
#include "DemoTestSupport.h"

#include "connectors/demo/backend/DemoStateFile.h"

#include <QSet>
#include <QTest>

using namespace kontor;
using namespace kontor::demotest;
using namespace Qt::StringLiterals;

class TestDemoChanges : public QObject
{
    Q_OBJECT

private:
    // A world with history, two hours of life and the agent's actions.
    static DemoWorld busyWorld(quint64 seed = 3)
    {
        DemoWorldConfig config = smallConfig(seed, 150, 1500);
        config.arrivalsPerHour = 60;
        DemoWorld world(config);
        runScenario(world, kEpoch, 30);
        return world;
    }

    // The client's copy of every record equals the world's.
    static void compareWithWorld(const DemoFeedClient &client, const DemoWorld &world)
    {
        int conversations = 0;
        for (const DemoRecord &record : client.records) {
            if (const auto *conversation = std::get_if<DemoConversation>(&record)) {
                QCOMPARE(*conversation, world.conversation(conversation->remoteId).value());
                ++conversations;
            } else if (const auto *customer = std::get_if<DemoCustomer>(&record)) {
                QCOMPARE(*customer, world.customer(customer->remoteId).value());
            } else if (const auto *message = std::get_if<DemoMessage>(&record)) {
                QCOMPARE(*message, world.message(message->remoteId).value());
            } else if (const auto *agent = std::get_if<DemoAgent>(&record)) {
                QCOMPARE(*agent, world.agent(agent->remoteId).value());
            }
        }
        QCOMPARE(conversations, world.counts().conversations);
    }

private Q_SLOTS:
    void pagesDeliverEveryChangeExactlyOnce_data()
    {
        QTest::addColumn<int>("pageSize");
        QTest::newRow("1") << 1;
        QTest::newRow("7") << 7;
        QTest::newRow("250") << 250;
        QTest::newRow("everything") << 1000000;
    }

    void pagesDeliverEveryChangeExactlyOnce()
    {
        QFETCH(int, pageSize);
        const DemoWorld world = busyWorld();
        int pages = 0;
        const QList<DemoChange> all = drainChanges(world, 0, 1000000);
        const QList<DemoChange> paged = drainChanges(world, 0, pageSize, nullptr, &pages);
        QCOMPARE(paged.size(), all.size());
        QCOMPARE(digestOf(paged), digestOf(all));
        QSet<qint64> seen;
        for (const DemoChange &change : paged) {
            QVERIFY2(!seen.contains(change.seq), qPrintable(QString::number(change.seq)));
            seen.insert(change.seq);
        }
        QVERIFY(pageSize >= all.size() || pages > 1);

        DemoFeedClient client;
        client.sync(world, pageSize);
        QVERIFY2(client.dangling.isEmpty(), qPrintable(client.dangling.mid(0, 5).join(u", "_s)));
        compareWithWorld(client, world);
    }

    void aRecordAppearsAtMostTwice()
    {
        // Its first version, where it began, and its latest; the versions between are compacted away.
        const DemoWorld world = busyWorld();
        QHash<QString, int> appearances;
        for (const DemoChange &change : drainChanges(world))
            ++appearances[demoRecordKindKey(kindOf(change.record)) + headerOf(change.record).remoteId];
        int twice = 0;
        for (int count : std::as_const(appearances)) {
            QVERIFY(count <= 2);
            twice += count == 2 ? 1 : 0;
        }
        QVERIFY(twice > 10);
    }

    void aClientSyncingWhileTheWorldChangesNeverMissesAReference_data()
    {
        QTest::addColumn<int>("pageSize");
        QTest::newRow("3") << 3;
        QTest::newRow("40") << 40;
        QTest::newRow("400") << 400;
    }

    void aClientSyncingWhileTheWorldChangesNeverMissesAReference()
    {
        QFETCH(int, pageSize);
        DemoWorldConfig config = smallConfig(8, 100, 900);
        config.arrivalsPerHour = 120;
        config.colleagueActionsPerHour = 400;
        DemoWorld world(config);
        DemoFeedClient client;
        UtcMillis now = kEpoch;
        int step = 0;
        // Between every page the world lives on and the agent acts: records the client has not seen yet
        // change, customers are merged, conversations move.
        client.sync(world, pageSize, [&] {
            if (step > 150)
                return; // enough turmoil: let the client catch up
            now += 2 * kMinute;
            if (++step % 5 == 0)
                runScenario(world, now, 3);
            else
                world.advance(now);
        });
        world.advance(now + kHour);
        runScenario(world, now + kHour, 10);
        client.sync(world, pageSize);
        QVERIFY2(client.dangling.isEmpty(), qPrintable(client.dangling.mid(0, 5).join(u", "_s)));
        QCOMPARE(client.cursor, world.lastSeq());
        compareWithWorld(client, world);
    }

    void gapFillBringsInWhatHappenedMeanwhile()
    {
        DemoWorldConfig config = smallConfig(21, 80, 700);
        config.colleagueActionsPerHour = 600;
        DemoWorld world(config);
        DemoFeedClient client;
        client.sync(world);
        const qint64 disconnectedAt = client.cursor;
        QCOMPARE(disconnectedAt, world.lastSeq());

        // While the client is away, colleagues answer customers.
        world.advance(kEpoch + kHour);
        const DemoChangePage gap = world.changesSince(disconnectedAt, 100000);
        QVERIFY(!gap.more);
        QVERIFY(!gap.changes.isEmpty());
        int colleagueReplies = 0;
        for (const DemoChange &change : gap.changes) {
            QVERIFY(change.seq > disconnectedAt);
            if (const auto *message = std::get_if<DemoMessage>(&change.record)) {
                if (message->kind == MessageKind::Outgoing && message->authorAgentId != world.selfAgentId())
                    ++colleagueReplies;
            }
        }
        QVERIFY(colleagueReplies > 0);
        client.apply(gap);
        QVERIFY(client.dangling.isEmpty());
        compareWithWorld(client, world);

        // In sync: nothing more, and the cursor stays put.
        const DemoChangePage empty = world.changesSince(client.cursor, 100);
        QVERIFY(empty.changes.isEmpty());
        QVERIFY(!empty.more);
        QCOMPARE(empty.nextCursor, client.cursor);
    }

    void theFeedIsTheSameAfterASaveAndLoad()
    {
        DemoWorld world = busyWorld(5);
        const QList<DemoChange> before = drainChanges(world);
        DemoLoadResult loaded = DemoStateFile::parse(DemoStateFile::serialise(world));
        QVERIFY2(loaded.world, qPrintable(loaded.error.detail));
        QCOMPARE(digestOf(drainChanges(*loaded.world)), digestOf(before));

        // A client that was half-way through its first sync continues from its cursor with the reloaded
        // world.
        DemoFeedClient client;
        client.apply(world.changesSince(0, int(before.size() / 2)));
        client.sync(*loaded.world, 97);
        QVERIFY(client.dangling.isEmpty());
        compareWithWorld(client, world);
        int twice = 0;
        for (int count : std::as_const(client.deliveries))
            twice += count > 1 ? 1 : 0;
        QCOMPARE(twice, 0);
    }

    void aCursorBeyondTheEndGivesNothing()
    {
        const DemoWorld world(smallConfig());
        const DemoChangePage page = world.changesSince(world.lastSeq() + 1000, 10);
        QVERIFY(page.changes.isEmpty());
        QVERIFY(!page.more);
        const DemoChangePage negative = world.changesSince(-5, 3);
        QCOMPARE(negative.changes.size(), 3);
        QCOMPARE(negative.changes.first().seq, 1);
    }
};

QTEST_GUILESS_MAIN(TestDemoChanges)
#include "tst_demo_changes.moc"
