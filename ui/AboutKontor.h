#pragma once

namespace kontor::ui {

// Makes Kontor's name, version, licence, homepage and authors the application's data for KDE Frameworks
// (KAboutData): the About dialog shows them, crash reports (KCrash, DrKonqi) and the session bus use them.
// Call once the translations are installed, as the texts are translated.
void registerAboutKontor();

} // namespace kontor::ui
