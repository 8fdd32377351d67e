#include "analytics/Wallboard.h"

#include "analytics/ContactCenterKpis.h"

#include <QSet>

namespace kontor {

TileLevel TileThresholds::judge(std::optional<double> value) const
{
    if (!value)
        return TileLevel::NoData;
    if (higherIsBetter) {
        if (*value < red)
            return TileLevel::Red;
        if (*value < amber)
            return TileLevel::Amber;
        return TileLevel::Normal;
    }
    if (*value > red)
        return TileLevel::Red;
    if (*value > amber)
        return TileLevel::Amber;
    return TileLevel::Normal;
}

namespace {
Tile tile(std::optional<double> value, const TileThresholds &thresholds)
{
    return {value, thresholds.judge(value)};
}

std::optional<double> toDouble(std::optional<qint64> value)
{
    return value ? std::optional<double>(double(*value)) : std::nullopt;
}

// Today's contacts plus the open ones from earlier days, each once.
QList<Contact> inScope(const WallboardInputs &inputs)
{
    QList<Contact> all = inputs.today;
    QSet<qint64> seen;
    for (const Contact &c : all)
        seen.insert(c.id);
    for (const Contact &c : inputs.open) {
        if (!seen.contains(c.id))
            all.append(c);
    }
    return all;
}
} // namespace

WallboardSnapshot computeWallboard(const WallboardInputs &inputs, const WallboardSettings &settings)
{
    WallboardSnapshot s;
    s.takenAt = inputs.now;
    const QList<Contact> scope = inScope(inputs);

    qint64 waiting = 0;
    for (const Contact &c : scope) {
        if (c.isWaitingForFirstAnswer())
            ++waiting;
    }
    s.waiting = tile(double(waiting), settings.waiting);
    s.longestWaitMs = tile(double(kpi::longestWait(scope, inputs.now)), settings.longestWaitMs);
    for (qint64 threshold : settings.serviceLevelThresholdsMs)
        s.serviceLevels.append({threshold, kpi::serviceLevel(inputs.today, threshold, inputs.now)});
    s.serviceLevel = tile(kpi::serviceLevel(inputs.today, settings.headlineThresholdMs, inputs.now),
                          settings.serviceLevel);
    s.asaMs = tile(toDouble(kpi::averageSpeedOfAnswer(inputs.today)), settings.asaMs);
    const auto frt = kpi::firstResponseTime(inputs.today, settings.businessHours);
    s.firstResponseMs =
        tile(frt ? std::optional<double>(double(frt->medianMs)) : std::nullopt, settings.firstResponseMs);
    s.resolvedToday = {double(kpi::resolvedBetween(scope, inputs.dayStart, inputs.now + 1)),
                       TileLevel::Normal};
    const kpi::Backlog backlog = kpi::backlog(scope, inputs.now);
    s.backlogOpen = backlog.open;
    s.backlogPastSla = tile(double(backlog.pastSla), settings.backlogPastSla);
    s.csat = tile(kpi::csat(inputs.csatToday), settings.csat);
    s.abandonmentRate = kpi::abandonmentRate(inputs.today);
    s.firstContactResolution =
        kpi::firstContactResolution(inputs.recentResolved, settings.fcrWindowMs, inputs.now);

    constexpr qint64 hour = 3600 * 1000;
    for (UtcMillis start = inputs.dayStart; start <= inputs.now; start += hour) {
        QList<Contact> bucket;
        for (const Contact &c : inputs.today) {
            if (c.offeredAt >= start && c.offeredAt < start + hour)
                bucket.append(c);
        }
        TrendBucket b;
        b.start = start;
        b.offered = bucket.size();
        b.answered =
            std::count_if(bucket.begin(), bucket.end(), [](const Contact &c) { return bool(c.answeredAt); });
        b.serviceLevel = kpi::serviceLevel(bucket, settings.headlineThresholdMs, inputs.now);
        s.trend.append(b);
    }
    return s;
}

QList<QueueRow> computeQueues(const QList<QueueGroup> &groups, qint64 thresholdMs, UtcMillis now)
{
    QList<QueueRow> rows;
    for (const QueueGroup &group : groups) {
        QueueRow row;
        row.name = group.name;
        for (const Contact &c : group.contacts) {
            if (c.isWaitingForFirstAnswer())
                ++row.waiting;
        }
        row.longestWaitMs = kpi::longestWait(group.contacts, now);
        row.serviceLevel = kpi::serviceLevel(group.contacts, thresholdMs, now);
        row.agentsAvailable = group.agentsAvailable;
        rows.append(row);
    }
    return rows;
}

bool hasSpareCapacity(const AgentLoad &agent)
{
    if (agent.presence != Presence::Online)
        return false;
    return agent.capacity == 0 || agent.open < agent.capacity;
}

} // namespace kontor
