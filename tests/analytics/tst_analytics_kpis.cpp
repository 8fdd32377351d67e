// Contact-center figures from hand-built contacts; every expected value below was worked out by hand.
#include "analytics/ContactCenterKpis.h"

#include <QTest>

using namespace kontor;

namespace {
constexpr qint64 kSecond = 1000;
constexpr qint64 kMinute = 60 * kSecond;
constexpr qint64 kDay = 24 * 60 * kMinute;
// Monday 2026-11-23 08:00 UTC.
const UtcMillis kT0 = QDateTime(QDate(2026, 11, 23), QTime(8, 0), QTimeZone::UTC).toMSecsSinceEpoch();

Contact offered(qint64 id, UtcMillis at)
{
    Contact c;
    c.id = id;
    c.customerId = id;
    c.offeredAt = at;
    return c;
}

Contact answered(qint64 id, UtcMillis at, qint64 afterMs)
{
    Contact c = offered(id, at);
    c.answeredAt = at + afterMs;
    return c;
}

Contact abandonedAfter(qint64 id, UtcMillis at, qint64 afterMs)
{
    Contact c = offered(id, at);
    c.abandoned = true;
    c.resolvedAt = at + afterMs;
    return c;
}

// Seven contacts seen at T0 + 10 min, with a 20-second service-level threshold:
//  1 answered after 10 s (in time)   2 answered after exactly 20 s (in time)   3 answered after 45 s (late)
//  4 abandoned after 5 s (short abandon, left out)   5 abandoned after 60 s (late)
//  6 waiting for 10 s (not decided yet, left out)    7 waiting for 500 s (late)
const UtcMillis kNow = kT0 + 10 * kMinute;
QList<Contact> queueFixture()
{
    return {answered(1, kT0, 10 * kSecond),       answered(2, kT0, 20 * kSecond),
            answered(3, kT0, 45 * kSecond),       abandonedAfter(4, kT0, 5 * kSecond),
            abandonedAfter(5, kT0, 60 * kSecond), offered(6, kNow - 10 * kSecond),
            offered(7, kT0 + 100 * kSecond)};
}

QDateTime berlin(int y, int m, int d, int h, int min)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone("Europe/Berlin"));
}
} // namespace

class TestAnalyticsKpis : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void serviceLevel_data()
    {
        QTest::addColumn<qint64>("threshold");
        QTest::addColumn<double>("expected");
        // 2 in time of 5 counted.
        QTest::newRow("20 s") << 20 * kSecond << 0.4;
        // 60 s: 1, 2, 3 in time; 4 and 5 left within 60 s (5 at exactly 60 s); 6 undecided; 7 late: 3 of 4.
        QTest::newRow("60 s") << 60 * kSecond << 0.75;
        // 10 min: everyone answered is in time; 7 has waited 500 s < 600 s: 3 of 3.
        QTest::newRow("10 min") << 10 * kMinute << 1.0;
    }

    void serviceLevel()
    {
        QFETCH(qint64, threshold);
        QFETCH(double, expected);
        const auto level = kpi::serviceLevel(queueFixture(), threshold, kNow);
        QVERIFY(level);
        QCOMPARE(*level, expected);
    }

    void nothingAnsweredYetIsNoFigure()
    {
        const QList<Contact> fresh{offered(1, kNow - 5 * kSecond), offered(2, kNow - 3 * kSecond)};
        QVERIFY(!kpi::serviceLevel(fresh, 20 * kSecond, kNow));
        QVERIFY(!kpi::averageSpeedOfAnswer(fresh));
        QVERIFY(!kpi::firstResponseTime(fresh, BusinessHours::always()));
        QVERIFY(!kpi::resolutionTime(fresh));
        QVERIFY(!kpi::serviceLevel({}, 20 * kSecond, kNow));
        QVERIFY(!kpi::abandonmentRate({}));
        QCOMPARE(kpi::longestWait(fresh, kNow), 5 * kSecond);
        QCOMPARE(kpi::longestWait({}, kNow), 0);
        // Waiting past the threshold with nobody answered yet: 0 %, a real figure.
        QCOMPARE(kpi::serviceLevel({offered(3, kNow - kMinute)}, 20 * kSecond, kNow), 0.0);
    }

    void queueFigures()
    {
        const QList<Contact> contacts = queueFixture();
        QCOMPARE(kpi::averageSpeedOfAnswer(contacts), 25 * kSecond); // (10 + 20 + 45) / 3
        QCOMPARE(kpi::longestWait(contacts, kNow), 500 * kSecond);   // contact 7
        QCOMPARE(*kpi::abandonmentRate(contacts), 2.0 / 7.0);
    }

    void firstResponseCountsBusinessHoursOnly()
    {
        const BusinessHours hours =
            BusinessHours::weekdays(QTime(9, 0), QTime(17, 0), QTimeZone("Europe/Berlin"));
        auto contact = [](qint64 id, const QDateTime &in, const QDateTime &out) {
            Contact c = offered(id, in.toMSecsSinceEpoch());
            c.answeredAt = out.toMSecsSinceEpoch();
            return c;
        };
        const QList<Contact> contacts{
            // Friday 16:30 -> Monday 09:15: 30 min on Friday + 15 min on Monday.
            contact(1, berlin(2026, 11, 20, 16, 30), berlin(2026, 11, 23, 9, 15)),
            // Saturday 10:00 -> 11:00: closed all day.
            contact(2, berlin(2026, 11, 21, 10, 0), berlin(2026, 11, 21, 11, 0)),
            // Monday 10:00 -> 10:20.
            contact(3, berlin(2026, 11, 23, 10, 0), berlin(2026, 11, 23, 10, 20)),
        };
        const auto frt = kpi::firstResponseTime(contacts, hours);
        QVERIFY(frt);
        QCOMPARE(frt->count, 3);
        QCOMPARE(frt->medianMs, 20 * kMinute);
        QCOMPARE(frt->meanMs, (45 + 0 + 20) * kMinute / 3);
    }

    void businessHoursAcrossTheEndOfSummerTime()
    {
        const BusinessHours hours =
            BusinessHours::weekdays(QTime(9, 0), QTime(17, 0), QTimeZone("Europe/Berlin"));
        // Friday 16:00 CEST -> Monday 10:00 CET (clocks went back on Sunday 25 October): 1 h + 1 h.
        QCOMPARE(hours.businessMillisBetween(berlin(2026, 10, 23, 16, 0).toMSecsSinceEpoch(),
                                             berlin(2026, 10, 26, 10, 0).toMSecsSinceEpoch()),
                 2 * 60 * kMinute);
        // Around the clock, the 25-hour Sunday counts in full.
        QCOMPARE(
            BusinessHours::always().businessMillisBetween(berlin(2026, 10, 25, 0, 0).toMSecsSinceEpoch(),
                                                          berlin(2026, 10, 26, 0, 0).toMSecsSinceEpoch()),
            25 * 60 * kMinute);
        QCOMPARE(hours.businessMillisBetween(kT0, kT0 - 1), 0);
    }

    void backlogAndResolved()
    {
        Contact lateFirstReply = offered(1, kT0);
        lateFirstReply.slaFirstReplyDue = kNow - kMinute;
        Contact answeredInTime = answered(2, kT0, kMinute);
        answeredInTime.slaFirstReplyDue =
            kNow - kMinute; // answered, so the first-reply deadline no longer bites
        Contact lateResolution = answered(3, kT0, kMinute);
        lateResolution.slaResolutionDue = kNow - kSecond;
        Contact resolved = answered(4, kT0, kMinute);
        resolved.resolvedAt = kT0 + 5 * kMinute;
        resolved.slaResolutionDue = kT0; // resolved late, but no longer in the backlog
        const Contact abandoned = abandonedAfter(5, kT0, 2 * kMinute);
        const QList<Contact> contacts{lateFirstReply, answeredInTime, lateResolution, resolved, abandoned};

        const kpi::Backlog backlog = kpi::backlog(contacts, kNow);
        QCOMPARE(backlog.open, 3);
        QCOMPARE(backlog.pastSla, 2);
        QCOMPARE(kpi::resolvedBetween(contacts, kT0, kNow), 1); // the abandoned one is not "resolved"
        const auto resolution = kpi::resolutionTime(contacts);
        QVERIFY(resolution);
        QCOMPARE(resolution->meanMs, 5 * kMinute);
    }

    void csat_data()
    {
        QTest::addColumn<QList<int>>("ratings");
        QTest::addColumn<double>("expected");
        QTest::addColumn<bool>("defined");
        QTest::newRow("mixed") << QList<int>{5, 4, 3, 1, 5} << 0.6 << true;
        QTest::newRow("malformed answers ignored") << QList<int>{5, 0, 9, 2} << 0.5 << true;
        QTest::newRow("none") << QList<int>{} << 0.0 << false;
        QTest::newRow("only malformed") << QList<int>{0, 6} << 0.0 << false;
    }

    void csat()
    {
        QFETCH(QList<int>, ratings);
        QFETCH(double, expected);
        QFETCH(bool, defined);
        QList<CsatAnswer> answers;
        for (int r : ratings)
            answers.append({1, r, kT0});
        const auto value = kpi::csat(answers);
        QCOMPARE(bool(value), defined);
        if (defined)
            QCOMPARE(*value, expected);
    }

    void firstContactResolution()
    {
        const UtcMillis now = kT0 + 10 * kDay;
        auto resolvedContact = [](qint64 id, qint64 customer, UtcMillis at, UtcMillis resolvedAt) {
            Contact c = answered(id, at, kMinute);
            c.customerId = customer;
            c.resolvedAt = resolvedAt;
            return c;
        };
        const QList<Contact> contacts{
            // Customer 1 came back on day 3 after a resolution on day 0: not resolved first time.
            resolvedContact(1, 1, kT0, kT0 + kDay / 2),
            resolvedContact(2, 1, kT0 + 3 * kDay,
                            kT0 + 4 * kDay), // its window runs to day 11: not judged yet
            // Customer 2 never came back, and the window has passed: resolved first time.
            resolvedContact(3, 2, kT0, kT0 + kDay / 2),
            // Customer 3 was resolved on day 8: window still open, not judged.
            resolvedContact(4, 3, kT0 + 8 * kDay, kT0 + 8 * kDay + kMinute),
        };
        const auto fcr = kpi::firstContactResolution(contacts, 7 * kDay, now);
        QVERIFY(fcr);
        QCOMPARE(*fcr, 0.5);
        QVERIFY(!kpi::firstContactResolution({contacts[3]}, 7 * kDay, now));
    }
};

QTEST_GUILESS_MAIN(TestAnalyticsKpis)
#include "tst_analytics_kpis.moc"
