// Retry timing: full jitter under an exponentially growing ceiling that stops at the cap.
#include "net/Backoff.h"

#include <QTest>

using namespace std::chrono_literals;
using kontor::net::Backoff;

class TestSyncBackoff : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void ceilingDoublesUpToTheCap_data()
    {
        QTest::addColumn<int>("attempt");
        QTest::addColumn<qint64>("ceiling");
        QTest::newRow("first") << 0 << qint64(500);
        QTest::newRow("second") << 1 << qint64(1000);
        QTest::newRow("fifth") << 4 << qint64(8000);
        QTest::newRow("capped") << 7 << qint64(60000);
        QTest::newRow("far past the cap") << 10000 << qint64(60000);
        QTest::newRow("negative attempt") << -3 << qint64(500);
    }

    void ceilingDoublesUpToTheCap()
    {
        QFETCH(int, attempt);
        QFETCH(qint64, ceiling);
        const Backoff backoff(500ms, 60s);
        QCOMPARE(backoff.ceilingFor(attempt).count(), ceiling);
    }

    void delaysStayUnderTheCeilingAndSpread()
    {
        const Backoff backoff(500ms, 60s);
        QRandomGenerator random(42);
        for (int attempt = 0; attempt < 12; ++attempt) {
            qint64 lowest = std::numeric_limits<qint64>::max();
            qint64 highest = 0;
            for (int i = 0; i < 400; ++i) {
                const qint64 d = backoff.delayFor(attempt, random).count();
                QVERIFY(d >= 0);
                QVERIFY(d <= backoff.ceilingFor(attempt).count());
                lowest = std::min(lowest, d);
                highest = std::max(highest, d);
            }
            // Full jitter: delays cover most of [0, ceiling], not a narrow band around it.
            QVERIFY(lowest < backoff.ceilingFor(attempt).count() / 10);
            QVERIFY(highest > backoff.ceilingFor(attempt).count() * 9 / 10);
        }
    }

    void nonsenseParametersAreClamped()
    {
        const Backoff backoff(0ms, -5ms);
        QCOMPARE(backoff.base().count(), 1);
        QCOMPARE(backoff.cap().count(), 1);
        QRandomGenerator random(1);
        QVERIFY(backoff.delayFor(3, random).count() <= 1);
    }
};

QTEST_GUILESS_MAIN(TestSyncBackoff)
#include "tst_sync_backoff.moc"
