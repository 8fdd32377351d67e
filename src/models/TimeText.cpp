#include "models/TimeText.h"

#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>

namespace kontor::models {

namespace {
constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;
} // namespace

QString TimeText::age(UtcMillis then, UtcMillis now)
{
    const qint64 elapsed = now - then;
    if (elapsed < kMinute)
        return tr("now");
    if (elapsed < kHour)
        return tr("%n min", "minutes ago, abbreviated", int(elapsed / kMinute));
    if (elapsed < 12 * kHour)
        return tr("%n h", "hours ago, abbreviated", int(elapsed / kHour));
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(then);
    const QDate today = QDateTime::fromMSecsSinceEpoch(now).date();
    if (local.date() == today)
        return clock(local.time());
    if (local.date() == today.addDays(-1))
        return tr("Yesterday");
    if (local.date() > today.addDays(-7))
        return QLocale().dayName(local.date().dayOfWeek(), QLocale::ShortFormat);
    if (local.date().year() == today.year())
        return QLocale().toString(local.date(), tr("d MMM", "day and short month, for dates of this year"));
    return QLocale().toString(local.date(), QLocale::ShortFormat);
}

QString TimeText::duration(qint64 milliseconds)
{
    const qint64 ms = qAbs(milliseconds);
    if (ms < kMinute)
        return tr("<1 min");
    if (ms < kHour)
        return tr("%n min", "duration in minutes, abbreviated", int(ms / kMinute));
    if (ms < kDay) {
        const int hours = int(ms / kHour);
        const int minutes = int((ms % kHour) / kMinute);
        return minutes == 0 ? tr("%n h", "duration in hours, abbreviated", hours)
                            : tr("%1 h %2 min", "duration in hours and minutes").arg(hours).arg(minutes);
    }
    const int days = int(ms / kDay);
    const int hours = int((ms % kDay) / kHour);
    return hours == 0 ? tr("%n d", "duration in days, abbreviated", days)
                      : tr("%1 d %2 h", "duration in days and hours").arg(days).arg(hours);
}

QString TimeText::stamp(UtcMillis when, UtcMillis now)
{
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(when);
    const QString time = clock(local.time());
    if (local.date() == QDateTime::fromMSecsSinceEpoch(now).date())
        return time;
    return QLocale().toString(local.date(), QLocale::ShortFormat) + u' ' + time;
}

} // namespace kontor::models

namespace kontor::models {

QString TimeText::clock(const QTime &time)
{
    // Some locales' short format still carries seconds (the C locale's does): drop them.
    QString format = QLocale().timeFormat(QLocale::ShortFormat);
    format.remove(QRegularExpression(QStringLiteral("[:.]ss?")));
    return QLocale().toString(time, format);
}

} // namespace kontor::models
