#include "analytics/WallboardSettingsStorage.h"

#include <QSettings>

namespace kontor {

namespace {
const QString kGroup = QStringLiteral("supervisor/");

void loadThresholds(const QSettings &settings, const QString &name, TileThresholds &thresholds)
{
    thresholds.amber = settings.value(kGroup + name + QStringLiteral("/amber"), thresholds.amber).toDouble();
    thresholds.red = settings.value(kGroup + name + QStringLiteral("/red"), thresholds.red).toDouble();
    // A pair entered the wrong way round would never turn amber before red; keep them in order.
    if (thresholds.higherIsBetter ? thresholds.red > thresholds.amber : thresholds.red < thresholds.amber)
        std::swap(thresholds.amber, thresholds.red);
}

void saveThresholds(QSettings &settings, const QString &name, const TileThresholds &thresholds)
{
    settings.setValue(kGroup + name + QStringLiteral("/amber"), thresholds.amber);
    settings.setValue(kGroup + name + QStringLiteral("/red"), thresholds.red);
}
} // namespace

WallboardSettings loadWallboardSettings(const QSettings &settings)
{
    WallboardSettings w;
    const qint64 headline =
        settings.value(kGroup + QStringLiteral("serviceLevelThresholdMs"), w.headlineThresholdMs)
            .toLongLong();
    if (headline > 0)
        w.headlineThresholdMs = headline;
    if (!w.serviceLevelThresholdsMs.contains(w.headlineThresholdMs)) {
        w.serviceLevelThresholdsMs.prepend(w.headlineThresholdMs);
        std::sort(w.serviceLevelThresholdsMs.begin(), w.serviceLevelThresholdsMs.end());
    }
    loadThresholds(settings, QStringLiteral("waiting"), w.waiting);
    loadThresholds(settings, QStringLiteral("longestWaitMs"), w.longestWaitMs);
    loadThresholds(settings, QStringLiteral("serviceLevel"), w.serviceLevel);
    loadThresholds(settings, QStringLiteral("asaMs"), w.asaMs);
    loadThresholds(settings, QStringLiteral("firstResponseMs"), w.firstResponseMs);
    loadThresholds(settings, QStringLiteral("backlogPastSla"), w.backlogPastSla);
    loadThresholds(settings, QStringLiteral("csat"), w.csat);
    return w;
}

void saveWallboardSettings(QSettings &settings, const WallboardSettings &w)
{
    settings.setValue(kGroup + QStringLiteral("serviceLevelThresholdMs"), w.headlineThresholdMs);
    saveThresholds(settings, QStringLiteral("waiting"), w.waiting);
    saveThresholds(settings, QStringLiteral("longestWaitMs"), w.longestWaitMs);
    saveThresholds(settings, QStringLiteral("serviceLevel"), w.serviceLevel);
    saveThresholds(settings, QStringLiteral("asaMs"), w.asaMs);
    saveThresholds(settings, QStringLiteral("firstResponseMs"), w.firstResponseMs);
    saveThresholds(settings, QStringLiteral("backlogPastSla"), w.backlogPastSla);
    saveThresholds(settings, QStringLiteral("csat"), w.csat);
}

} // namespace kontor
