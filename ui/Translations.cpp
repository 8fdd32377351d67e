#include "ui/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace kontor::ui {

QStringList translatedLanguages()
{
    return {QStringLiteral("de"), QStringLiteral("da")};
}

QLocale installTranslations(const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);

    auto *kontorTranslator = new QTranslator(QCoreApplication::instance());
    // Falls back through the locale's UI languages (e.g. de-AT -> de); English needs no catalogue.
    if (kontorTranslator->load(locale, QStringLiteral("kontor"), QStringLiteral("_"),
                               QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(kontorTranslator);
    else
        delete kontorTranslator;

    // Qt's own strings (standard buttons, context menus) come from Qt's catalogues when they are installed.
    auto *qtTranslator = new QTranslator(QCoreApplication::instance());
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    else
        delete qtTranslator;
    return locale;
}

} // namespace kontor::ui
