#include "app/CommandLine.h"

#include "ui/Translations.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <cstdio>

namespace kontor::app {

namespace {
[[noreturn]] void failWith(const QString &message)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
    std::exit(2);
}
} // namespace

Options parseCommandLine(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("CommandLine", "Kontor: one workspace for every customer conversation."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption languageOption(
        {QStringLiteral("l"), QStringLiteral("language")},
        QCoreApplication::translate("CommandLine",
                                    "Use this interface language instead of the system's: en, de, da."),
        QCoreApplication::translate("CommandLine", "code"));
    const QCommandLineOption schemeOption(
        QStringLiteral("color-scheme"),
        QCoreApplication::translate("CommandLine", "Use a light or dark look instead of the system's."),
        QCoreApplication::translate("CommandLine", "light|dark"));
    const QCommandLineOption storeOption(
        QStringLiteral("store"),
        QCoreApplication::translate("CommandLine", "Use the store at this path instead of the default one."),
        QCoreApplication::translate("CommandLine", "file"));
    const QCommandLineOption noConnectorsOption(
        QStringLiteral("no-connectors"),
        QCoreApplication::translate("CommandLine", "Show the store only; connect to no backend."));
    const QCommandLineOption demoSeedOption(
        QStringLiteral("demo-seed"),
        QCoreApplication::translate("CommandLine", "Seed of the demo contact center on its first start."),
        QCoreApplication::translate("CommandLine", "number"));
    parser.addOption(languageOption);
    parser.addOption(schemeOption);
    parser.addOption(storeOption);
    parser.addOption(noConnectorsOption);
    const QCommandLineOption supervisorOption(
        QStringLiteral("supervisor"),
        QCoreApplication::translate("CommandLine",
                                    "Open the supervisor's live queues at start, e.g. on a wallboard."));
    const QCommandLineOption unencryptedOption(
        QStringLiteral("unencrypted-store"),
        QCoreApplication::translate("CommandLine",
                                    "Keep the local store unencrypted and do not ask the system keychain "
                                    "for its key, e.g. where there is none. Kontor warns while it runs so; "
                                    "a store that is encrypted already is not opened."));
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QCoreApplication::translate("CommandLine",
                                    "Explore the demo contact center: it is added to the accounts "
                                    "and runs from now on, until it is removed."));
    parser.addOption(demoOption);
    parser.addOption(demoSeedOption);
    parser.addOption(supervisorOption);
    parser.addOption(unencryptedOption);
    parser.process(app);

    Options options;
    options.language = parser.value(languageOption).trimmed().toLower();
    if (!options.language.isEmpty() && options.language != QLatin1StringView("en") &&
        !ui::translatedLanguages().contains(options.language)) {
        failWith(QCoreApplication::translate("CommandLine", "Unknown language \"%1\". Available: en, %2.")
                     .arg(options.language, ui::translatedLanguages().join(QStringLiteral(", "))));
    }
    options.colorScheme = parser.value(schemeOption).trimmed().toLower();
    if (!options.colorScheme.isEmpty() && options.colorScheme != QLatin1StringView("light") &&
        options.colorScheme != QLatin1StringView("dark")) {
        failWith(QCoreApplication::translate("CommandLine", "Unknown color scheme \"%1\". Use light or dark.")
                     .arg(options.colorScheme));
    }
    options.storePath = parser.value(storeOption);
    options.connectors = !parser.isSet(noConnectorsOption);
    options.supervisor = parser.isSet(supervisorOption);
    options.demo = parser.isSet(demoOption);
    options.unencryptedStore = parser.isSet(unencryptedOption);
    if (parser.isSet(demoSeedOption)) {
        bool ok = false;
        options.demoSeed = parser.value(demoSeedOption).toULongLong(&ok);
        if (!ok || options.demoSeed == 0) {
            failWith(
                QCoreApplication::translate("CommandLine", "The demo seed must be a positive whole number."));
        }
    }
    return options;
}

} // namespace kontor::app
