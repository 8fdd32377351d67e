#include "app/CommandLine.h"

#include "ui/Translations.h"
#include "ui/settings/WorkspaceSettings.h"

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

// Kontor's options, described in the language installed when this is called.
struct DeclaredOptions
{
    QCommandLineOption language;
    QCommandLineOption scheme;
    QCommandLineOption store;
    QCommandLineOption noConnectors;
    QCommandLineOption demoSeed;
    QCommandLineOption supervisor;
    QCommandLineOption unencrypted;
    QCommandLineOption demo;
};

DeclaredOptions declareOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        QCoreApplication::translate("CommandLine", "Kontor: one workspace for every customer conversation."));
    parser.addHelpOption();
    parser.addVersionOption();
    DeclaredOptions o{
        QCommandLineOption(
            {QStringLiteral("l"), QStringLiteral("language")},
            QCoreApplication::translate("CommandLine",
                                        "Use this interface language instead of the system's: en, de, da."),
            QCoreApplication::translate("CommandLine", "code")),
        QCommandLineOption(
            QStringLiteral("color-scheme"),
            QCoreApplication::translate("CommandLine", "Use a light or dark look instead of the system's."),
            QCoreApplication::translate("CommandLine", "light|dark")),
        QCommandLineOption(QStringLiteral("store"),
                           QCoreApplication::translate(
                               "CommandLine", "Use the store at this path instead of the default one."),
                           QCoreApplication::translate("CommandLine", "file")),
        QCommandLineOption(
            QStringLiteral("no-connectors"),
            QCoreApplication::translate("CommandLine", "Show the store only; connect to no backend.")),
        QCommandLineOption(
            QStringLiteral("demo-seed"),
            QCoreApplication::translate("CommandLine", "Seed of the demo contact center on its first start."),
            QCoreApplication::translate("CommandLine", "number")),
        QCommandLineOption(
            QStringLiteral("supervisor"),
            QCoreApplication::translate("CommandLine",
                                        "Open the supervisor's live queues at start, e.g. on a wallboard.")),
        QCommandLineOption(QStringLiteral("unencrypted-store"),
                           QCoreApplication::translate(
                               "CommandLine",
                               "Keep the local store unencrypted and do not ask the system keychain "
                               "for its key, e.g. where there is none. Kontor warns while it runs so; "
                               "a store that is encrypted already is not opened.")),
        QCommandLineOption(QStringLiteral("demo"),
                           QCoreApplication::translate(
                               "CommandLine", "Explore the demo contact center: it is added to the "
                                              "accounts and runs from now on, until it is removed.")),
    };
    parser.addOptions(
        {o.language, o.scheme, o.store, o.noConnectors, o.demo, o.demoSeed, o.supervisor, o.unencrypted});
    return o;
}
} // namespace

Options parseCommandLine(const QCoreApplication &app)
{
    // The language comes first: the help and every message below speak it. Reading it is the one job of a
    // quiet first pass; the second pass, with the options described in that language, does everything else
    // (and shows help, version and unknown options).
    QString language;
    {
        QCommandLineParser quiet;
        const DeclaredOptions untranslated = declareOptions(quiet);
        quiet.parse(QCoreApplication::arguments()); // errors are the second pass's to report
        language = quiet.value(untranslated.language).trimmed().toLower();
    }
    // Else the language chosen in the settings; else the system's.
    if (language.isEmpty())
        language = ui::WorkspaceSettings::language().trimmed().toLower();
    ui::installTranslations(language);

    QCommandLineParser parser;
    const DeclaredOptions declared = declareOptions(parser);
    parser.process(app);

    Options options;
    options.language = language;
    if (!options.language.isEmpty() && options.language != QLatin1StringView("en") &&
        !ui::translatedLanguages().contains(options.language)) {
        failWith(QCoreApplication::translate("CommandLine", "Unknown language \"%1\". Available: en, %2.")
                     .arg(options.language, ui::translatedLanguages().join(QStringLiteral(", "))));
    }
    options.colorScheme = parser.value(declared.scheme).trimmed().toLower();
    if (!options.colorScheme.isEmpty() && options.colorScheme != QLatin1StringView("light") &&
        options.colorScheme != QLatin1StringView("dark")) {
        failWith(QCoreApplication::translate("CommandLine", "Unknown color scheme \"%1\". Use light or dark.")
                     .arg(options.colorScheme));
    }
    options.storePath = parser.value(declared.store);
    options.connectors = !parser.isSet(declared.noConnectors);
    options.supervisor = parser.isSet(declared.supervisor);
    options.demo = parser.isSet(declared.demo);
    options.unencryptedStore = parser.isSet(declared.unencrypted);
    if (parser.isSet(declared.demoSeed)) {
        bool ok = false;
        options.demoSeed = parser.value(declared.demoSeed).toULongLong(&ok);
        if (!ok || options.demoSeed == 0) {
            failWith(
                QCoreApplication::translate("CommandLine", "The demo seed must be a positive whole number."));
        }
    }
    return options;
}

} // namespace kontor::app
