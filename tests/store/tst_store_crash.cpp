#include "store/sql/Database.h"
#include "store/sql/Error.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace kontor;

// Kills a process that writes to the store (SIGKILL, at random points during ingest and agent actions) again
// and again. After every kill the store must open, pass PRAGMA integrity_check, and hold every outbox entry
// whose commit had returned.
class TestStoreCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void survivesKills();
};

void TestStoreCrash::survivesKills()
{
    const int kills = qEnvironmentVariableIntValue("KONTOR_CRASH_KILLS") > 0
                          ? qEnvironmentVariableIntValue("KONTOR_CRASH_KILLS")
                          : 200;
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"crash.db"_s);
    QRandomGenerator random(20240611);
    QSet<QString> committed;
    int killedBeforeFirstCommit = 0;

    for (int round = 0; round < kills; ++round) {
        QProcess writer;
        writer.setProgram(QStringLiteral(KONTOR_CRASH_WRITER));
        writer.setArguments({path, QString::number(round + 1)});
        writer.start();
        QVERIFY2(writer.waitForStarted(5000), qPrintable(writer.errorString()));

        // Half of the kills come at an arbitrary moment after start (opening, recovery, first writes); the
        // others after a few commits, plus a little, so they land anywhere in the loop.
        QByteArray output;
        if (random.bounded(2) == 0) {
            QThread::msleep(random.bounded(150));
        } else {
            const int lines = 1 + random.bounded(4);
            QElapsedTimer waited;
            waited.start();
            while (output.count('\n') < lines && waited.elapsed() < 10'000 &&
                   writer.state() == QProcess::Running) {
                writer.waitForReadyRead(100);
                output += writer.readAllStandardOutput();
            }
            QThread::usleep(random.bounded(15'000));
        }
        writer.kill(); // SIGKILL
        QVERIFY(writer.waitForFinished(10'000));
        output += writer.readAllStandardOutput();
        QVERIFY2(writer.exitStatus() == QProcess::CrashExit,
                 qPrintable(u"the writer stopped by itself: "_s +
                            QString::fromLocal8Bit(writer.readAllStandardError())));

        // Only complete lines count: a uuid is printed after its commit returned.
        const QList<QByteArray> lines = output.split('\n');
        killedBeforeFirstCommit += lines.size() <= 1;
        for (qsizetype i = 0; i + 1 < lines.size(); ++i)
            committed.insert(QString::fromLatin1(lines[i]));

        if (!QFile::exists(path))
            continue; // killed before the store file existed
        sql::Database db(path, sql::Database::OpenMode::ReadWrite);
        QCOMPARE(db.queryText("PRAGMA integrity_check"), u"ok"_s);
        qint64 present = 0;
        for (const QString &uuid : std::as_const(committed)) {
            sql::Statement find = db.prepare("SELECT count(*) FROM outbox WHERE uuid = ?");
            find.bindAll(uuid);
            find.step();
            present += find.int64(0);
        }
        QCOMPARE(present, qint64(committed.size()));
        if (round % 25 == 24) {
            // The full-text index still matches its content (FTS5 compares them itself).
            db.exec("INSERT INTO messages_fts(messages_fts, rank) VALUES ('integrity-check', 1)");
        }
    }
    // The store was never taken for damaged and replaced: that would lose data too.
    QCOMPARE(QDir(dir.path()).entryList({u"*.damaged-*"_s}), QStringList());
    QVERIFY(committed.size() > kills / 2);
    qInfo("%d kills, %lld committed actions verified, %d kills before any commit", kills,
          qint64(committed.size()), killedBeforeFirstCommit);
}

QTEST_GUILESS_MAIN(TestStoreCrash)
#include "tst_store_crash.moc"
