#pragma once

class QApplication;

namespace kontor::ui {

// Applies Kontor's look: the Fusion style with a palette that follows the system's light or dark scheme, and
// keeps following it when the scheme changes while the app runs.
void applyTheme(QApplication &app);
bool isDarkScheme();

} // namespace kontor::ui
