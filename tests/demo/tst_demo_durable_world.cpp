// The demo backend kept on disk with a journal: every answered action survives a crash of the process, the
// last minutes of simulated time grow back exactly, and a client that synced before the crash stays
// consistent.
#include "DemoFeedClient.h"
#include "DemoTestSupport.h"

#include "connectors/demo/backend/DemoDurableWorld.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace kontor;
using namespace kontor::demotest;
using namespace Qt::StringLiterals;

namespace {
DemoWorldConfig config()
{
    DemoWorldConfig c = smallConfig(88, 60, 500);
    c.arrivalsPerHour = 60;
    return c;
}

// The same calls on a durable world and on a plain one in memory.
struct Twins
{
    DemoDurableWorld &durable;
    DemoWorld &plain;

    void advance(UtcMillis now)
    {
        durable.advance(now);
        plain.advance(now);
    }
    DemoActionResult apply(const DemoAction &action, UtcMillis now)
    {
        const DemoActionResult result = durable.apply(action, now);
        [[maybe_unused]] const DemoActionResult same = plain.apply(action, now);
        return result;
    }
};

QStringList actOften(Twins &twins, UtcMillis from, int steps)
{
    QStringList keys;
    for (int i = 0; i < steps; ++i) {
        const UtcMillis now = from + i * 3 * kMinute;
        twins.advance(now);
        const QStringList active = twins.plain.activeConversations();
        const QString key = u"durable-"_s + QString::number(from) + u'-' + QString::number(i);
        const QString id = active.at((i * 13) % active.size());
        const DemoActionPayload payload =
            i % 3 == 0   ? DemoActionPayload(DemoReply{id, u"Checking."_s, {}, {}})
            : i % 3 == 1 ? DemoActionPayload(DemoSetPriority{id, Priority::High})
                         : DemoActionPayload(DemoAddLabel{id, u"callback"_s});
        twins.apply({key, payload}, now + kMinute);
        keys.append(key);
    }
    return keys;
}
} // namespace

class TestDemoDurableWorld : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void answeredActionsSurviveACrash()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"demo.state"_s);
        DemoDurableOpenResult opened = DemoDurableWorld::open(path, config());
        QVERIFY(opened.fresh);
        QVERIFY(!opened.problem.isError());
        DemoWorld plain(config());
        Twins twins{*opened.world, plain};
        const QStringList keys = actOften(twins, kEpoch, 40);
        QVERIFY(opened.world->journalLength() > 0);
        QVERIFY(opened.world->journalError().isEmpty());

        // The process dies: no checkpoint, no state file written since the start.
        opened.world.reset();
        DemoDurableOpenResult reopened = DemoDurableWorld::open(path, config());
        QVERIFY(!reopened.fresh);
        QVERIFY2(!reopened.problem.isError(), qPrintable(reopened.problem.detail));
        QVERIFY(reopened.replayed >= keys.size());
        for (const QString &key : keys) {
            QVERIFY(reopened.world->world().hasProcessed(key));
            QCOMPARE(reopened.world->world().processedResult(key), plain.processedResult(key));
        }
        QCOMPARE(reopened.world->journalLength(), 0); // folded into a new state file
        // The time after the last journal line grows back exactly as it was.
        reopened.world->advance(plain.clock());
        QCOMPARE(reopened.world->world().lastSeq(), plain.lastSeq());
        QCOMPARE(digestOf(drainChanges(reopened.world->world())), digestOf(drainChanges(plain)));
    }

    void aClientThatSyncedBeforeTheCrashStaysConsistent_data()
    {
        QTest::addColumn<qint64>("awayMillis");
        QTest::newRow("back at once") << qint64(kMinute);
        QTest::newRow("back after an hour") << qint64(kHour);
        QTest::newRow("back the next day") << qint64(26 * kHour);
    }

    void aClientThatSyncedBeforeTheCrashStaysConsistent()
    {
        QFETCH(qint64, awayMillis);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"demo.state"_s);
        DemoDurableOpenResult opened = DemoDurableWorld::open(path, config());
        DemoWorld plain(config());
        Twins twins{*opened.world, plain};
        actOften(twins, kEpoch, 10);
        // Time passes without actions, so the journal has little to say; the client follows closely.
        DemoFeedClient client;
        UtcMillis now = kEpoch + 30 * kMinute;
        for (int minute = 0; minute < 50; ++minute) {
            opened.world->advance(now += kMinute);
            client.sync(opened.world->world(), 200);
        }
        const qint64 seenUpTo = client.cursor;
        opened.world.reset(); // crash

        DemoDurableOpenResult reopened = DemoDurableWorld::open(path, config());
        QVERIFY(!reopened.problem.isError());
        reopened.world->advance(now + awayMillis);
        QVERIFY(reopened.world->world().lastSeq() >= seenUpTo);
        client.sync(reopened.world->world(), 200);
        QVERIFY2(client.dangling.isEmpty(), qPrintable(client.dangling.mid(0, 3).join(u", "_s)));
        for (const DemoRecord &record : std::as_const(client.records)) {
            if (const auto *conversation = std::get_if<DemoConversation>(&record))
                QCOMPARE(*conversation, reopened.world->world().conversation(conversation->remoteId).value());
            else if (const auto *message = std::get_if<DemoMessage>(&record))
                QCOMPARE(*message, reopened.world->world().message(message->remoteId).value());
        }
    }

    void aCutOffLastLineIsIgnoredAndADamagedOneReported()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"demo.state"_s);
        QStringList keys;
        {
            DemoDurableOpenResult opened = DemoDurableWorld::open(path, config());
            DemoWorld plain(config());
            Twins twins{*opened.world, plain};
            keys = actOften(twins, kEpoch, 6);
        }
        const QString journal = DemoDurableWorld::journalPath(path);
        QFile file(journal);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        file.close();

        // Cut in the middle of the last line: that action never got its answer, the others are there.
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(content.left(content.size() - 20));
        file.close();
        {
            DemoDurableOpenResult reopened = DemoDurableWorld::open(path, config());
            QVERIFY(!reopened.problem.isError());
            QVERIFY(reopened.world->world().hasProcessed(keys.at(keys.size() - 2)));
            QVERIFY(!reopened.world->world().hasProcessed(keys.last()));
        }

        // Garbage in the middle of an (earlier) journal: replay stops there and says so.
        DemoDurableOpenResult fresh = DemoDurableWorld::open(dir.filePath(u"other.state"_s), config());
        DemoWorld plain(config());
        Twins twins{*fresh.world, plain};
        actOften(twins, kEpoch, 6);
        fresh.world.reset();
        QFile other(DemoDurableWorld::journalPath(dir.filePath(u"other.state"_s)));
        QVERIFY(other.open(QIODevice::ReadOnly));
        QList<QByteArray> lines = other.readAll().split('\n');
        other.close();
        lines[1] = "{not json";
        QVERIFY(other.open(QIODevice::WriteOnly | QIODevice::Truncate));
        other.write(lines.join('\n'));
        other.close();
        const DemoDurableOpenResult damaged =
            DemoDurableWorld::open(dir.filePath(u"other.state"_s), config());
        QCOMPARE(damaged.problem.code, DemoStateFileError::Code::Malformed);
        QVERIFY(damaged.problem.detail.contains(u"line 2"_s));
        QCOMPARE(damaged.replayed, 1);
    }

    void theJournalIsFoldedIntoTheStateFileNowAndThen()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"demo.state"_s);
        DemoDurableOpenResult opened = DemoDurableWorld::open(path, config());
        const QString id = opened.world->world().activeConversations().first();
        for (int i = 0; i < DemoDurableWorld::kCheckpointEvery + 10; ++i)
            opened.world->apply({u"fold-"_s + QString::number(i), DemoMarkRead{id, std::nullopt}},
                                kEpoch + i * 1000);
        QVERIFY(opened.world->journalLength() < 20);
        opened.world.reset();
        const DemoDurableOpenResult reopened = DemoDurableWorld::open(path, config());
        QVERIFY(reopened.replayed < 20);
        QVERIFY(reopened.world->world().hasProcessed(u"fold-3"_s));
        QVERIFY(reopened.world->world().hasProcessed(u"fold-509"_s));
    }
};

QTEST_GUILESS_MAIN(TestDemoDurableWorld)
#include "tst_demo_durable_world.moc"
