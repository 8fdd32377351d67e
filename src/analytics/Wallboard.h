#pragma once

#include "analytics/BusinessHours.h"
#include "analytics/Contact.h"
#include "core/Agent.h"

#include <QList>
#include <QString>
#include <optional>

namespace kontor {

// How a figure on the wallboard is judged: normal, amber (look at it) or red (act now).
enum class TileLevel
{
    Normal,
    Amber,
    Red,
    NoData
};

// Where a figure turns amber and red. For figures where more is better (service level, CSAT) the tile turns
// amber below `amber` and red below `red`; for the others above them.
struct TileThresholds
{
    double amber = 0;
    double red = 0;
    bool higherIsBetter = false;

    TileLevel judge(std::optional<double> value) const;
};

struct WallboardSettings
{
    QList<qint64> serviceLevelThresholdsMs{20'000, 60'000, 300'000}; // answered within 20 s, 1 min, 5 min
    qint64 headlineThresholdMs = 20'000;                             // the one the service-level tile shows
    TileThresholds waiting{10, 25, false};
    TileThresholds longestWaitMs{60'000, 120'000, false}; // red past 2 minutes
    TileThresholds serviceLevel{0.8, 0.6, true};          // 80/20 is the target; red below 60 %
    TileThresholds asaMs{30'000, 60'000, false};
    TileThresholds firstResponseMs{15 * 60'000, 60 * 60'000, false};
    TileThresholds backlogPastSla{1, 5, false};
    TileThresholds csat{0.85, 0.7, true};
    BusinessHours businessHours = BusinessHours::always();
    qint64 fcrWindowMs = 7LL * 24 * 3600 * 1000;
};

struct AgentLoad
{
    qint64 agentId = 0;
    QString name;
    Presence presence = Presence::Offline;
    std::optional<UtcMillis> presenceSince;
    int capacity = 0; // 0: no limit
    qint64 open = 0;
};

// One queue: the contacts of one inbox, team or channel.
struct QueueRow
{
    QString name;
    qint64 waiting = 0;
    qint64 longestWaitMs = 0;
    std::optional<double> serviceLevel;
    qint64 agentsAvailable = 0;
};

struct TrendBucket
{
    UtcMillis start = 0;
    qint64 offered = 0;
    qint64 answered = 0;
    std::optional<double> serviceLevel;
};

struct Tile
{
    std::optional<double> value; // units: count, milliseconds or share, by tile
    TileLevel level = TileLevel::NoData;
};

struct WallboardSnapshot
{
    UtcMillis takenAt = 0;
    Tile waiting;
    Tile longestWaitMs;
    Tile serviceLevel;
    QList<std::pair<qint64, std::optional<double>>> serviceLevels; // per configured threshold
    Tile asaMs;
    Tile firstResponseMs; // median, business hours, today
    Tile resolvedToday;
    Tile backlogPastSla;
    Tile csat;
    std::optional<double> abandonmentRate;
    std::optional<double> firstContactResolution;
    qint64 backlogOpen = 0;
    QList<TrendBucket> trend; // hourly, from the start of the day
};

// The inputs of a snapshot: today's contacts (offered since the start of the day), every open contact, the
// day's survey answers. Pure: the same inputs give the same snapshot.
struct WallboardInputs
{
    UtcMillis now = 0;
    UtcMillis dayStart = 0;
    QList<Contact> today;
    QList<Contact> open;
    QList<Contact> recentResolved; // resolved within the FCR window, with later contacts of their customers
    QList<CsatAnswer> csatToday;
};

WallboardSnapshot computeWallboard(const WallboardInputs &inputs, const WallboardSettings &settings);

// The contacts of one queue (today's and the open ones) and the agents who could take its next contact.
struct QueueGroup
{
    QString name;
    QList<Contact> contacts;
    qint64 agentsAvailable = 0;
};

QList<QueueRow> computeQueues(const QList<QueueGroup> &groups, qint64 thresholdMs, UtcMillis now);

bool hasSpareCapacity(const AgentLoad &agent);

} // namespace kontor
