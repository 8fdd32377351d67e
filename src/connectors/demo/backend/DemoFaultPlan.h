#pragma once

#include "core/Time.h"

#include <QList>
#include <QtGlobal>
#include <optional>
#include <utility>

namespace kontor {

// How unreliable the demo backend's "network" is. Rates are chances per request; offline periods come from a
// grid of windows over absolute time, each offline with a chance for part of its length, plus explicit
// outages.
struct DemoFaultConfig
{
    quint64 seed = 1;
    int baseLatencyMillis = 30;
    int latencyJitterMillis = 50;
    double slowReplyRate = 0;
    int slowLatencyMillis = 4000;
    double serverErrorRate = 0; // 500, 502, 503
    double timeoutRate = 0;
    int timeoutMillis = 15000;
    double droppedConnectionRate = 0; // the connection breaks in the middle of a request
    // Of the requests that time out, drop or fail with 502/503: the share the backend processed anyway, the
    // answer being lost on the way back. These are why a client must ask before it resends.
    double processedBeforeFailureShare = 0.5;
    qint64 offlineWindowMillis = 10 * 60 * 1000;
    double offlineChance = 0;
    qint64 maxOfflineMillis = 3 * 60 * 1000;
    QList<std::pair<UtcMillis, UtcMillis>> outages; // [from, to): the backend is unreachable
    double realtimeDropsPerHour = 0;                // the realtime stream breaks

    // A network that never fails (still with latency).
    static DemoFaultConfig reliable(quint64 seed = 1);
    // Now and then a failure, as on a busy day.
    static DemoFaultConfig flaky(quint64 seed);
    // Failures everywhere, for fault-injection tests.
    static DemoFaultConfig hostile(quint64 seed);
};

enum class DemoFaultKind
{
    None,
    Offline,           // no connection at all: fails at once, nothing reaches the backend
    ServerError,       // an HTTP 5xx answer
    Timeout,           // no answer within timeoutMillis
    SlowReply,         // answered, late
    DroppedConnection, // the connection broke before the answer
};

struct DemoFaultDecision
{
    DemoFaultKind kind = DemoFaultKind::None;
    int latencyMillis = 0; // until the answer or the failure reaches the client
    int httpStatus = 200;
    // Whether the backend processes the request: always for None and SlowReply, never when Offline, sometimes
    // for the others (the answer is what gets lost).
    bool processed = true;
    qint64 requestIndex = 0;

    bool reachesClient() const { return kind == DemoFaultKind::None || kind == DemoFaultKind::SlowReply; }
    bool operator==(const DemoFaultDecision &) const = default;
};

// Decides, reproducibly from a seed, what happens to each request the connector sends to the demo backend and
// when its realtime stream breaks. No networking happens here: the connector asks and acts accordingly.
class DemoFaultPlan
{
public:
    explicit DemoFaultPlan(DemoFaultConfig config = DemoFaultConfig::reliable());

    const DemoFaultConfig &config() const { return m_config; }

    // The fate of the next request sent at `now`; requests are counted, so the sequence is reproducible.
    DemoFaultDecision decide(UtcMillis now);
    // The fate of request number `requestIndex` sent at `now`, without counting.
    DemoFaultDecision decideFor(qint64 requestIndex, UtcMillis now) const;
    qint64 requestCount() const { return m_requests; }

    bool isOffline(UtcMillis now) const;
    // When the current offline period ends (nullopt when online).
    std::optional<UtcMillis> offlineUntil(UtcMillis now) const;
    // The first break of the realtime stream in (after, until], if any.
    std::optional<UtcMillis> nextRealtimeDrop(UtcMillis after, UtcMillis until) const;

private:
    std::optional<std::pair<UtcMillis, UtcMillis>> offlineWindow(qint64 window) const;

    DemoFaultConfig m_config;
    qint64 m_requests = 0;
};

} // namespace kontor
