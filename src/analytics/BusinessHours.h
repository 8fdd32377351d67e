#pragma once

#include "core/Time.h"

#include <QTime>
#include <QTimeZone>
#include <array>
#include <optional>

namespace kontor {

// When a team works, per weekday in its own time zone. First response times count only these hours: a mail
// that arrives on Friday evening and is answered on Monday at nine was answered at once.
class BusinessHours
{
public:
    struct Day
    {
        QTime opens;
        QTime closes; // after opens; a closed day has no value
    };

    // Open around the clock: every span counts in full.
    static BusinessHours always();
    // The same hours Monday to Friday, closed at weekends.
    static BusinessHours weekdays(QTime opens, QTime closes, const QTimeZone &zone);

    void setDay(Qt::DayOfWeek day, std::optional<Day> hours);
    bool isAlwaysOpen() const { return alwaysOpen_; }

    // Milliseconds of business time in [from, to); 0 when to <= from.
    qint64 businessMillisBetween(UtcMillis from, UtcMillis to) const;

private:
    bool alwaysOpen_ = true;
    QTimeZone zone_ = QTimeZone::UTC;
    std::array<std::optional<Day>, 7> days_{}; // Monday first
};

} // namespace kontor
