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
    // Falls back through the locale's UI languages (e.g. de-AT -> de). Any other language — and the C locale
    // of a bare system — gets the English catalogue, which holds the English plural forms ("1 conversation").
    if (kontorTranslator->load(locale, QStringLiteral("kontor"), QStringLiteral("_"),
                               QStringLiteral(":/i18n")) ||
        kontorTranslator->load(QStringLiteral("kontor_en"), QStringLiteral(":/i18n")))
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
