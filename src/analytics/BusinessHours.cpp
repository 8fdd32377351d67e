#include "analytics/BusinessHours.h"

#include <QDateTime>
#include <algorithm>

namespace kontor {

BusinessHours BusinessHours::always()
{
    return {};
}

BusinessHours BusinessHours::weekdays(QTime opens, QTime closes, const QTimeZone &zone)
{
    BusinessHours hours;
    hours.alwaysOpen_ = false;
    hours.zone_ = zone;
    for (int d = Qt::Monday; d <= Qt::Friday; ++d)
        hours.days_[d - 1] = Day{opens, closes};
    return hours;
}

void BusinessHours::setDay(Qt::DayOfWeek day, std::optional<Day> hours)
{
    alwaysOpen_ = false;
    days_[day - 1] = hours;
}

qint64 BusinessHours::businessMillisBetween(UtcMillis from, UtcMillis to) const
{
    if (to <= from)
        return 0;
    if (alwaysOpen_)
        return to - from;
    // Walk the local calendar days the span touches and add each day's overlap with its opening hours.
    // Opening and closing times are local wall-clock times, so daylight-saving days come out right.
    const QDate first = QDateTime::fromMSecsSinceEpoch(from, zone_).date();
    const QDate last = QDateTime::fromMSecsSinceEpoch(to, zone_).date();
    qint64 total = 0;
    for (QDate date = first; date <= last; date = date.addDays(1)) {
        const std::optional<Day> &day = days_[date.dayOfWeek() - 1];
        if (!day || !(day->opens < day->closes))
            continue;
        const qint64 opens = QDateTime(date, day->opens, zone_).toMSecsSinceEpoch();
        const qint64 closes = QDateTime(date, day->closes, zone_).toMSecsSinceEpoch();
        const qint64 start = std::max(opens, from);
        const qint64 end = std::min(closes, to);
        if (end > start)
            total += end - start;
    }
    return total;
}

} // namespace kontor
