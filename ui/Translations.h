#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace kontor::ui {

// Languages the interface is translated into, besides English.
QStringList translatedLanguages();

// Installs Kontor's and Qt's own translations for `language` (a code such as "de"; empty follows the system
// locale). Returns the locale the interface now speaks, or std::nullopt-like empty QLocale::c() for English.
QLocale installTranslations(const QString &language);

} // namespace kontor::ui
