#pragma once

#include "core/Time.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <optional>

namespace kontor::ui {

// The snooze choices an agent picks from, worked out from the local time now: in an hour, this evening or
// tomorrow morning, next Monday morning, in a week, or until the customer writes again.
struct SnoozePreset
{
    QString label;
    std::optional<UtcMillis> until; // absent: until the customer's next reply
};

class SnoozePresets
{
    Q_DECLARE_TR_FUNCTIONS(SnoozePresets)
public:
    static QList<SnoozePreset> at(const QDateTime &localNow);
};

} // namespace kontor::ui
