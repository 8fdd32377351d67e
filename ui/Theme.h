#pragma once

#include <Qt>

class QApplication;

namespace kontor::ui {

// Applies Kontor's look: the Fusion style with a palette that follows the system's light or dark scheme, and
// keeps following it when the scheme changes while the app runs.
void applyTheme(QApplication &app);
bool isDarkScheme();
// The agent's own choice (command line or settings) wins over the system's. Platforms without a colour-scheme
// service (X11 without a desktop theme) report no scheme at all, so the choice is kept here rather than only
// passed on to QStyleHints. Call before applyTheme(); Qt::ColorScheme::Unknown follows the system again.
void setPreferredColorScheme(Qt::ColorScheme scheme);

} // namespace kontor::ui
