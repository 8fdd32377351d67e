// The app is killed (SIGKILL) at random moments while the agent works over a hostile network, again and
// again. Every action that was reported queued survives every kill, reaches the backend exactly once, and the
// store converges to the backend's state once the network heals.
#include "StoreWorldComparison.h"
#include "connectors/demo/backend/DemoStateFile.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace kontor;
using namespace kontor::testing;

namespace {
QStringList queuedIn(const QByteArray &output)
{
    QStringList uuids;
    for (const QByteArray &line : output.split('\n')) {
        if (line.startsWith("queued "))
            uuids.append(QString::fromLatin1(line.mid(7).trimmed()));
    }
    return uuids;
}
} // namespace

class TestDemoCrash : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void killedAgainAndAgain()
    {
        QTemporaryDir dir;
        QRandomGenerator random(2026);
        QStringList queued;
        const int kills = 40;
        for (int run = 0; run < kills; ++run) {
            QProcess process;
            process.start(QStringLiteral(KONTOR_AGENT_PROCESS),
                          {dir.path(), QStringLiteral("--seed"), QString::number(run + 1),
                           QStringLiteral("--actions"), QStringLiteral("150")});
            QVERIFY(process.waitForStarted());
            QTest::qWait(150 + random.bounded(800));
            process.kill();
            QVERIFY(process.waitForFinished(10000));
            QCOMPARE(process.exitStatus(), QProcess::CrashExit);
            queued += queuedIn(process.readAllStandardOutput());

            // After every kill the store opens, and every action reported queued is in its outbox.
            StoreOpenResult opened = Store::open(dir.filePath(QStringLiteral("kontor.db")));
            QVERIFY2(opened.store, qPrintable(opened.error));
            QVERIFY2(opened.notice.isEmpty(), qPrintable(opened.notice));
            for (const QString &uuid : std::as_const(queued))
                QVERIFY2(opened.store->reader().outbox().entry(uuid), qPrintable(uuid));
        }
        QVERIFY2(queued.size() >= 20, qPrintable(QString::number(queued.size())));

        QProcess finish;
        finish.start(QStringLiteral(KONTOR_AGENT_PROCESS), {dir.path(), QStringLiteral("--finish")});
        QVERIFY(finish.waitForFinished(150000));
        QCOMPARE(finish.exitStatus(), QProcess::NormalExit);
        QVERIFY2(finish.exitCode() == 0, finish.readAllStandardError().constData());
        QVERIFY(finish.readAllStandardOutput().contains("done"));

        StoreOpenResult opened = Store::open(dir.filePath(QStringLiteral("kontor.db")));
        QVERIFY(opened.store);
        DemoLoadResult loaded = DemoStateFile::load(dir.filePath(QStringLiteral("demo.state")));
        QVERIFY2(loaded.world, qPrintable(loaded.error.message()));
        const DemoWorld &world = *loaded.world;
        int confirmed = 0;
        for (const QString &uuid : std::as_const(queued)) {
            const auto entry = opened.store->reader().outbox().entry(uuid);
            if (!entry) {
                QVERIFY2(world.hasProcessed(uuid) && !world.processedResult(uuid)->accepted,
                         qPrintable(uuid));
                continue;
            }
            QCOMPARE(entry->state, OutboxState::Confirmed);
            QCOMPARE(world.appliedCount(uuid), 1);
            ++confirmed;
            auto q = StoreTestAccess::database(opened.store->reader())
                         .prepare("SELECT count(*) FROM messages WHERE client_uuid = ?");
            q.bind(1, uuid);
            QVERIFY(q.step());
            QVERIFY(q.int64(0) <= 1);
        }
        QVERIFY(confirmed > 0);
        const QStringList problems = differences(*opened.store, world);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 10).join(QLatin1Char('\n'))));
        qInfo("%d kills, %lld actions queued, %d confirmed", kills, qint64(queued.size()), confirmed);
    }
};

QTEST_GUILESS_MAIN(TestDemoCrash)
#include "store/StoreTestAccess.h"
#include "tst_demo_crash.moc"
