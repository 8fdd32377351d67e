// Wallboard tiles and their colours, queue rows and the hourly trend, from a hand-built morning.
#include "analytics/Wallboard.h"

#include <QTest>

using namespace kontor;

namespace {
constexpr qint64 kSecond = 1000;
constexpr qint64 kMinute = 60 * kSecond;
constexpr qint64 kHour = 60 * kMinute;
const UtcMillis kDayStart = QDateTime(QDate(2026, 11, 23), QTime(0, 0), QTimeZone::UTC).toMSecsSinceEpoch();
const UtcMillis kNow = kDayStart + 9 * kHour + 30 * kMinute; // 09:30

Contact contact(qint64 id, UtcMillis offeredAt, std::optional<qint64> answeredAfter = {})
{
    Contact c;
    c.id = id;
    c.customerId = id;
    c.offeredAt = offeredAt;
    if (answeredAfter)
        c.answeredAt = offeredAt + *answeredAfter;
    return c;
}

// 08:00-09:00: four contacts, answered after 10 s, 15 s, 40 s and 2 min.
// 09:00-09:30: two answered after 5 s; one waiting since 09:27 (3 min: past the 2-minute red line).
WallboardInputs morning()
{
    WallboardInputs in;
    in.now = kNow;
    in.dayStart = kDayStart;
    const UtcMillis eight = kDayStart + 8 * kHour;
    const UtcMillis nine = kDayStart + 9 * kHour;
    in.today = {contact(1, eight, 10 * kSecond),
                contact(2, eight + kMinute, 15 * kSecond),
                contact(3, eight + 2 * kMinute, 40 * kSecond),
                contact(4, eight + 3 * kMinute, 2 * kMinute),
                contact(5, nine, 5 * kSecond),
                contact(6, nine + kMinute, 5 * kSecond),
                contact(7, kNow - 3 * kMinute)};
    in.open = {in.today[6]};
    Contact yesterday = contact(8, kDayStart - 5 * kHour, kMinute);
    yesterday.slaResolutionDue = kNow - kHour; // still open, past its resolution deadline
    in.open.append(yesterday);
    in.csatToday = {{1, 5, kNow}, {2, 4, kNow}, {3, 2, kNow}};
    return in;
}
} // namespace

class TestAnalyticsWallboard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void tiles()
    {
        const WallboardSnapshot s = computeWallboard(morning(), WallboardSettings{});
        QCOMPARE(s.waiting.value, 1.0);
        QCOMPARE(s.waiting.level, TileLevel::Normal);
        QCOMPARE(s.longestWaitMs.value, double(3 * kMinute));
        QCOMPARE(s.longestWaitMs.level, TileLevel::Red);
        // 20 s: contacts 1, 2, 5, 6 in time; 3, 4 late; 7 waiting 3 min, late: 4 of 7.
        QCOMPARE(*s.serviceLevel.value, 4.0 / 7.0);
        QCOMPARE(s.serviceLevel.level, TileLevel::Red); // below 60 %
        QCOMPARE(s.serviceLevels.size(), 3);
        QCOMPARE(*s.serviceLevels[1].second, 5.0 / 7.0); // within 1 min: 1, 2, 3, 5, 6
        // ASA: (10 + 15 + 40 + 120 + 5 + 5) / 6 = 32.5 s: above 30 s, amber.
        QCOMPARE(*s.asaMs.value, 32'500.0);
        QCOMPARE(s.asaMs.level, TileLevel::Amber);
        // Median of 5, 5, 10, 15, 40, 120 s = 12.5 s.
        QCOMPARE(*s.firstResponseMs.value, 12'500.0);
        QCOMPARE(s.firstResponseMs.level, TileLevel::Normal);
        QCOMPARE(s.backlogOpen, 8);
        QCOMPARE(*s.backlogPastSla.value, 1.0);
        QCOMPARE(s.backlogPastSla.level, TileLevel::Normal); // amber only above 1
        QCOMPARE(*s.csat.value, 2.0 / 3.0);
        QCOMPARE(s.csat.level, TileLevel::Red);
        QCOMPARE(s.resolvedToday.value, 0.0);
    }

    void emptyDayHasNoDataTiles()
    {
        WallboardInputs in;
        in.now = kNow;
        in.dayStart = kDayStart;
        const WallboardSnapshot s = computeWallboard(in, WallboardSettings{});
        QCOMPARE(s.serviceLevel.level, TileLevel::NoData);
        QCOMPARE(s.asaMs.level, TileLevel::NoData);
        QCOMPARE(s.csat.level, TileLevel::NoData);
        QCOMPARE(s.waiting.value, 0.0);
        QCOMPARE(s.waiting.level, TileLevel::Normal);
        QCOMPARE(s.trend.size(), 10); // 00:00 .. 09:00
    }

    void hourlyTrend()
    {
        const WallboardSnapshot s = computeWallboard(morning(), WallboardSettings{});
        QCOMPARE(s.trend.size(), 10);
        QCOMPARE(s.trend[8].offered, 4);
        QCOMPARE(s.trend[8].answered, 4);
        QCOMPARE(*s.trend[8].serviceLevel, 0.5); // 1 and 2 in time of 4
        QCOMPARE(s.trend[9].offered, 3);
        QCOMPARE(*s.trend[9].serviceLevel, 2.0 / 3.0);
        QVERIFY(!s.trend[3].serviceLevel);
    }

    void thresholdsJudge_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<bool>("higherIsBetter");
        QTest::addColumn<int>("level");
        QTest::newRow("wait fine") << 30.0 << false << int(TileLevel::Normal);
        QTest::newRow("wait at amber line") << 60.0 << false << int(TileLevel::Normal);
        QTest::newRow("wait amber") << 61.0 << false << int(TileLevel::Amber);
        QTest::newRow("wait red") << 121.0 << false << int(TileLevel::Red);
        QTest::newRow("level fine") << 0.9 << true << int(TileLevel::Normal);
        QTest::newRow("level at target") << 0.8 << true << int(TileLevel::Normal);
        QTest::newRow("level amber") << 0.7 << true << int(TileLevel::Amber);
        QTest::newRow("level red") << 0.5 << true << int(TileLevel::Red);
    }

    void thresholdsJudge()
    {
        QFETCH(double, value);
        QFETCH(bool, higherIsBetter);
        QFETCH(int, level);
        const TileThresholds t =
            higherIsBetter ? TileThresholds{0.8, 0.6, true} : TileThresholds{60, 120, false};
        QCOMPARE(int(t.judge(value)), level);
        QCOMPARE(t.judge(std::nullopt), TileLevel::NoData);
    }

    void queues()
    {
        const WallboardInputs in = morning();
        const QList<QueueRow> rows = computeQueues(
            {{QStringLiteral("Email"), in.today.mid(0, 4), 2}, {QStringLiteral("Chat"), in.today.mid(4), 0}},
            20 * kSecond, kNow);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[0].waiting, 0);
        QCOMPARE(*rows[0].serviceLevel, 0.5);
        QCOMPARE(rows[0].agentsAvailable, 2);
        QCOMPARE(rows[1].waiting, 1);
        QCOMPARE(rows[1].longestWaitMs, 3 * kMinute);
        QCOMPARE(*rows[1].serviceLevel, 2.0 / 3.0);
    }

    void spareCapacity()
    {
        QVERIFY(hasSpareCapacity({1, {}, Presence::Online, {}, 3, 2}));
        QVERIFY(!hasSpareCapacity({1, {}, Presence::Online, {}, 3, 3}));
        QVERIFY(hasSpareCapacity({1, {}, Presence::Online, {}, 0, 40})); // no limit
        QVERIFY(!hasSpareCapacity({1, {}, Presence::Away, {}, 3, 0}));
    }
};

QTEST_GUILESS_MAIN(TestAnalyticsWallboard)
#include "tst_analytics_wallboard.moc"
