#pragma once

#include "analytics/Wallboard.h"

#include <QColor>
#include <QPalette>

namespace kontor::ui {

// The colours of a judged figure, readable on the light and the dark palette alike.
QColor levelAccent(TileLevel level, const QPalette &palette);
QColor levelBackground(TileLevel level, const QPalette &palette);

} // namespace kontor::ui
