// The fault plan the demo connector follows: reproducible from its seed, rates as configured, offline periods
// and realtime drops where the plan says, and failures that sometimes hide a request the backend did process.
#include "connectors/demo/backend/DemoFaultPlan.h"

#include <QHash>
#include <QTest>

using namespace kontor;

namespace {
constexpr UtcMillis kStart = 1741078800000LL;
constexpr qint64 kMinute = 60 * 1000;
} // namespace

class TestDemoFaultPlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theSameSeedGivesTheSameFaults()
    {
        DemoFaultPlan a(DemoFaultConfig::hostile(9));
        DemoFaultPlan b(DemoFaultConfig::hostile(9));
        DemoFaultPlan c(DemoFaultConfig::hostile(10));
        int differences = 0;
        for (int i = 0; i < 500; ++i) {
            const UtcMillis now = kStart + i * 1500;
            const DemoFaultDecision decision = a.decide(now);
            QCOMPARE(b.decide(now), decision);
            QCOMPARE(a.decideFor(i, now), decision);
            differences += c.decide(now) == decision ? 0 : 1;
        }
        QCOMPARE(a.requestCount(), 500);
        QVERIFY(differences > 100);
    }

    void aReliableNetworkOnlyAddsLatency()
    {
        DemoFaultPlan plan(DemoFaultConfig::reliable(3));
        for (int i = 0; i < 2000; ++i) {
            const DemoFaultDecision decision = plan.decide(kStart + i * 10000);
            QCOMPARE(decision.kind, DemoFaultKind::None);
            QVERIFY(decision.processed);
            QVERIFY(decision.reachesClient());
            QVERIFY(decision.latencyMillis >= 30 && decision.latencyMillis <= 80);
        }
        QVERIFY(!plan.isOffline(kStart));
        QVERIFY(!plan.nextRealtimeDrop(kStart, kStart + 24 * 60 * kMinute));
    }

    void ratesAreAsConfigured()
    {
        DemoFaultConfig config = DemoFaultConfig::reliable(5);
        config.timeoutRate = 0.1;
        config.droppedConnectionRate = 0.05;
        config.serverErrorRate = 0.2;
        config.slowReplyRate = 0.15;
        DemoFaultPlan plan(config);
        QHash<DemoFaultKind, int> counts;
        int processedFailures = 0;
        const int total = 20000;
        for (int i = 0; i < total; ++i) {
            const DemoFaultDecision decision = plan.decide(kStart);
            ++counts[decision.kind];
            if (!decision.reachesClient() && decision.processed)
                ++processedFailures;
            if (decision.kind == DemoFaultKind::ServerError) {
                QVERIFY(decision.httpStatus >= 500 && decision.httpStatus <= 503);
                if (decision.httpStatus == 500)
                    QVERIFY(!decision.processed);
            }
            if (decision.kind == DemoFaultKind::Timeout)
                QCOMPARE(decision.latencyMillis, config.timeoutMillis);
            if (decision.kind == DemoFaultKind::SlowReply)
                QVERIFY(decision.latencyMillis >= config.slowLatencyMillis);
        }
        const auto near = [&](DemoFaultKind kind, double rate) {
            const double share = double(counts.value(kind)) / total;
            return qAbs(share - rate) < 0.015;
        };
        QVERIFY(near(DemoFaultKind::Timeout, 0.1));
        QVERIFY(near(DemoFaultKind::DroppedConnection, 0.05));
        QVERIFY(near(DemoFaultKind::ServerError, 0.2));
        QVERIFY(near(DemoFaultKind::SlowReply, 0.15));
        QVERIFY(near(DemoFaultKind::None, 0.5));
        // Some failures hide a request that did land: the client must ask before resending.
        QVERIFY(processedFailures > 1000);
    }

    void offlinePeriodsRefuseEveryRequest()
    {
        DemoFaultConfig config = DemoFaultConfig::reliable(12);
        config.offlineChance = 0.3;
        config.outages = {{kStart + 100 * kMinute, kStart + 130 * kMinute}};
        DemoFaultPlan plan(config);
        int offline = 0;
        for (UtcMillis now = kStart; now < kStart + 24 * 60 * kMinute; now += 5000) {
            const DemoFaultDecision decision = plan.decide(now);
            const std::optional<UtcMillis> until = plan.offlineUntil(now);
            QCOMPARE(plan.isOffline(now), until.has_value());
            QCOMPARE(decision.kind == DemoFaultKind::Offline, until.has_value());
            if (until) {
                ++offline;
                QVERIFY(*until > now);
                QVERIFY(!decision.processed);
                QVERIFY(!plan.isOffline(*until) || plan.offlineUntil(*until) > until);
            }
        }
        QVERIFY(offline > 100);
        QCOMPARE(plan.offlineUntil(kStart + 110 * kMinute).value_or(0) >= kStart + 130 * kMinute, true);
    }

    void theRealtimeStreamBreaksNowAndThen()
    {
        DemoFaultPlan plan(DemoFaultConfig::flaky(4));
        int drops = 0;
        UtcMillis at = kStart;
        const UtcMillis end = kStart + 48 * 60 * kMinute;
        while (const std::optional<UtcMillis> drop = plan.nextRealtimeDrop(at, end)) {
            QVERIFY(*drop > at && *drop <= end);
            QCOMPARE(plan.nextRealtimeDrop(at, end), drop);
            at = *drop;
            ++drops;
        }
        // Two an hour for two days, give or take.
        QVERIFY2(drops > 60 && drops < 140, qPrintable(QString::number(drops)));
    }
};

QTEST_GUILESS_MAIN(TestDemoFaultPlan)
#include "tst_demo_fault_plan.moc"
