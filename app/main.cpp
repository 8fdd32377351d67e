#include "app/CommandLine.h"
#include "app/WorkspaceRuntime.h"
#include "core/Version.h"
#include "ui/MainWindow.h"
#include "ui/Theme.h"
#include "ui/Translations.h"
#include "ui/supervisor/SupervisorEntry.h"

#include <QAction>
#include <QApplication>
#include <QGuiApplication>
#include <QIcon>
#include <QMessageBox>
#include <QStyleHints>
#include <QTimer>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Kontor"));
    QApplication::setOrganizationName(QStringLiteral("Kontor"));
    QApplication::setOrganizationDomain(QStringLiteral("kontor.org"));
    QApplication::setApplicationVersion(QString::fromLatin1(kontor::kVersion));
    QGuiApplication::setDesktopFileName(QString::fromLatin1(kontor::kAppId));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/kontor.svg")));

    // The language is settled before anything translatable is built, the command line's own help included.
    const QStringList args = QCoreApplication::arguments();
    QString language;
    for (qsizetype i = 1; i < args.size(); ++i) {
        if ((args[i] == QLatin1StringView("--language") || args[i] == QLatin1StringView("-l")) &&
            i + 1 < args.size())
            language = args[i + 1];
        else if (args[i].startsWith(QLatin1StringView("--language=")))
            language = args[i].mid(11);
    }
    kontor::ui::installTranslations(language.trimmed().toLower());
    const kontor::app::Options options = kontor::app::parseCommandLine(app);

    if (options.colorScheme == QLatin1StringView("dark"))
        kontor::ui::setPreferredColorScheme(Qt::ColorScheme::Dark);
    else if (options.colorScheme == QLatin1StringView("light"))
        kontor::ui::setPreferredColorScheme(Qt::ColorScheme::Light);
    kontor::ui::applyTheme(app);

    QString error;
    QString notice;
    const auto runtime = kontor::app::WorkspaceRuntime::open(
        {options.storePath, options.connectors, options.demoSeed}, error, notice);
    if (!runtime) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Kontor cannot start"), error);
        return 1;
    }

    kontor::ui::MainWindow window(runtime->context());
    QAction *supervisor = kontor::ui::installSupervisorEntry(window, *runtime->context().store);
    window.show();
    if (options.supervisor)
        supervisor->trigger();
    if (!notice.isEmpty())
        QMessageBox::information(&window, QCoreApplication::translate("main", "Kontor"), notice);
    // The window paints from the store first; backends are contacted once it is up.
    QTimer::singleShot(0, &window, [&runtime] { runtime->startConnectors(); });
    return QApplication::exec();
}
