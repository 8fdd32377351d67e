#include "ui/conversation/SnoozePresets.h"

#include <QLocale>
#include <QTimeZone>

namespace kontor::ui {

namespace {
constexpr int kMorningHour = 9;
constexpr int kEveningHour = 17;
} // namespace

QList<SnoozePreset> SnoozePresets::at(const QDateTime &localNow)
{
    const QLocale locale;
    auto when = [&locale](const QDateTime &time) {
        return locale.dayName(time.date().dayOfWeek(), QLocale::ShortFormat) + u' ' +
               locale.toString(time.time(), QLocale::ShortFormat);
    };
    QList<SnoozePreset> presets;
    const QDateTime inOneHour = localNow.addSecs(3600);
    presets.append({tr("For an hour (%1)").arg(locale.toString(inOneHour.time(), QLocale::ShortFormat)),
                    inOneHour.toMSecsSinceEpoch()});
    const QDateTime inThreeHours = localNow.addSecs(3 * 3600);
    presets.append(
        {tr("For three hours (%1)").arg(locale.toString(inThreeHours.time(), QLocale::ShortFormat)),
         inThreeHours.toMSecsSinceEpoch()});
    if (localNow.time().hour() < kEveningHour - 1) {
        const QDateTime evening(localNow.date(), QTime(kEveningHour, 0), localNow.timeZone());
        presets.append({tr("Until this evening (%1)").arg(when(evening)), evening.toMSecsSinceEpoch()});
    }
    const QDateTime tomorrow(localNow.date().addDays(1), QTime(kMorningHour, 0), localNow.timeZone());
    presets.append({tr("Until tomorrow morning (%1)").arg(when(tomorrow)), tomorrow.toMSecsSinceEpoch()});
    const int daysToMonday = 8 - localNow.date().dayOfWeek(); // Monday is 1; from Monday it is a week on
    const QDateTime monday(localNow.date().addDays(daysToMonday), QTime(kMorningHour, 0),
                           localNow.timeZone());
    if (monday.date() != tomorrow.date())
        presets.append(
            {tr("Until Monday morning (%1)").arg(locale.toString(monday.date(), QLocale::ShortFormat)),
             monday.toMSecsSinceEpoch()});
    const QDateTime nextWeek(localNow.date().addDays(7), QTime(kMorningHour, 0), localNow.timeZone());
    presets.append({tr("For a week (%1)").arg(locale.toString(nextWeek.date(), QLocale::ShortFormat)),
                    nextWeek.toMSecsSinceEpoch()});
    presets.append({tr("Until the customer replies"), std::nullopt});
    return presets;
}

} // namespace kontor::ui
