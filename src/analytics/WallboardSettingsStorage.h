#pragma once

#include "analytics/Wallboard.h"

class QSettings;

namespace kontor {

// The supervisor's thresholds as they are kept in the user's settings; anything not set keeps its default.
WallboardSettings loadWallboardSettings(const QSettings &settings);
void saveWallboardSettings(QSettings &settings, const WallboardSettings &wallboard);

} // namespace kontor
