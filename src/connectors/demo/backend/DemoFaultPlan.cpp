#include "connectors/demo/backend/DemoFaultPlan.h"

#include "connectors/demo/backend/DemoRandom.h"

#include <cmath>

namespace kontor {

namespace {
constexpr qint64 kMinute = 60 * 1000;

qint64 floorDiv(qint64 value, qint64 divisor)
{
    qint64 quotient = value / divisor;
    if ((value % divisor != 0) && ((value < 0) != (divisor < 0)))
        --quotient;
    return quotient;
}
} // namespace

DemoFaultConfig DemoFaultConfig::reliable(quint64 seed)
{
    DemoFaultConfig config;
    config.seed = seed;
    return config;
}

DemoFaultConfig DemoFaultConfig::flaky(quint64 seed)
{
    DemoFaultConfig config;
    config.seed = seed;
    config.slowReplyRate = 0.05;
    config.serverErrorRate = 0.02;
    config.timeoutRate = 0.01;
    config.droppedConnectionRate = 0.01;
    config.offlineChance = 0.03;
    config.realtimeDropsPerHour = 2;
    return config;
}

DemoFaultConfig DemoFaultConfig::hostile(quint64 seed)
{
    DemoFaultConfig config;
    config.seed = seed;
    config.slowReplyRate = 0.15;
    config.serverErrorRate = 0.15;
    config.timeoutRate = 0.1;
    config.timeoutMillis = 5000;
    config.droppedConnectionRate = 0.1;
    config.offlineWindowMillis = 2 * kMinute;
    config.offlineChance = 0.2;
    config.maxOfflineMillis = kMinute;
    config.realtimeDropsPerHour = 30;
    return config;
}

DemoFaultPlan::DemoFaultPlan(DemoFaultConfig config)
    : m_config(std::move(config))
{}

DemoFaultDecision DemoFaultPlan::decide(UtcMillis now)
{
    return decideFor(m_requests++, now);
}

DemoFaultDecision DemoFaultPlan::decideFor(qint64 requestIndex, UtcMillis now) const
{
    DemoRandom random(m_config.seed, DemoRandom::Stream::FaultRequest, quint64(requestIndex));
    DemoFaultDecision decision;
    decision.requestIndex = requestIndex;
    decision.latencyMillis =
        m_config.baseLatencyMillis + random.between(0, qMax(0, m_config.latencyJitterMillis));
    const double roll = random.uniform();
    const bool processedAnyway = random.chance(m_config.processedBeforeFailureShare);
    if (isOffline(now)) {
        decision.kind = DemoFaultKind::Offline;
        decision.latencyMillis = 0;
        decision.httpStatus = 0;
        decision.processed = false;
        return decision;
    }
    double threshold = m_config.timeoutRate;
    if (roll < threshold) {
        decision.kind = DemoFaultKind::Timeout;
        decision.latencyMillis = m_config.timeoutMillis;
        decision.httpStatus = 0;
        decision.processed = processedAnyway;
        return decision;
    }
    threshold += m_config.droppedConnectionRate;
    if (roll < threshold) {
        decision.kind = DemoFaultKind::DroppedConnection;
        decision.httpStatus = 0;
        decision.processed = processedAnyway;
        return decision;
    }
    threshold += m_config.serverErrorRate;
    if (roll < threshold) {
        static constexpr int statuses[] = {500, 502, 503};
        decision.kind = DemoFaultKind::ServerError;
        decision.httpStatus = random.pick(statuses);
        // A 500 comes from the backend itself, which failed before committing; a gateway's 502 or 503 may
        // come after the backend did its work.
        decision.processed = decision.httpStatus != 500 && processedAnyway;
        return decision;
    }
    threshold += m_config.slowReplyRate;
    if (roll < threshold) {
        decision.kind = DemoFaultKind::SlowReply;
        decision.latencyMillis =
            m_config.slowLatencyMillis + random.between(0, m_config.slowLatencyMillis / 2);
    }
    return decision;
}

std::optional<std::pair<UtcMillis, UtcMillis>> DemoFaultPlan::offlineWindow(qint64 window) const
{
    if (m_config.offlineChance <= 0 || m_config.offlineWindowMillis <= 0)
        return std::nullopt;
    DemoRandom random(m_config.seed, DemoRandom::Stream::FaultWindow, quint64(window));
    if (!random.chance(m_config.offlineChance))
        return std::nullopt;
    const qint64 length =
        qMin(m_config.offlineWindowMillis,
             random.betweenMillis(qMin<qint64>(5000, m_config.maxOfflineMillis), m_config.maxOfflineMillis));
    const UtcMillis start = window * m_config.offlineWindowMillis +
                            random.betweenMillis(0, m_config.offlineWindowMillis - length);
    return std::pair(start, start + length);
}

std::optional<UtcMillis> DemoFaultPlan::offlineUntil(UtcMillis now) const
{
    std::optional<UtcMillis> until;
    for (const auto &[from, to] : m_config.outages) {
        if (now >= from && now < to)
            until = qMax(until.value_or(to), to);
    }
    if (m_config.offlineWindowMillis > 0) {
        const qint64 window = floorDiv(now, m_config.offlineWindowMillis);
        if (const auto period = offlineWindow(window); period && now >= period->first && now < period->second)
            until = qMax(until.value_or(period->second), period->second);
    }
    return until;
}

bool DemoFaultPlan::isOffline(UtcMillis now) const
{
    return offlineUntil(now).has_value();
}

std::optional<UtcMillis> DemoFaultPlan::nextRealtimeDrop(UtcMillis after, UtcMillis until) const
{
    if (m_config.realtimeDropsPerHour <= 0 || until <= after)
        return std::nullopt;
    // One chance per minute of absolute time; a long span is looked at for a week at most.
    const double perMinute = m_config.realtimeDropsPerHour / 60.0;
    const qint64 first = floorDiv(after, kMinute);
    const qint64 last = qMin(floorDiv(until, kMinute), first + 7 * 24 * 60);
    for (qint64 minute = first; minute <= last; ++minute) {
        DemoRandom random(m_config.seed ^ 0x5eed, DemoRandom::Stream::FaultWindow, quint64(minute));
        if (!random.chance(perMinute))
            continue;
        const UtcMillis at = minute * kMinute + random.betweenMillis(0, kMinute - 1);
        if (at > after && at <= until)
            return at;
    }
    return std::nullopt;
}

} // namespace kontor
