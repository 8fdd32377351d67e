#include "app/CommandLine.h"
#include "app/RemoteContentSourceBridge.h"
#include "app/WorkspaceRuntime.h"
#include "core/Version.h"
#include "store/Store.h"
#include "sync/NetworkPolicy.h"
#include "ui/FontCatalogPreload.h"
#include "ui/MainWindow.h"
#include "ui/Theme.h"
#include "ui/Translations.h"
#include "ui/accounts/AccountsEntry.h"
#include "ui/accounts/ChatwootLiveReportPanel.h"
#include "ui/supervisor/SupervisorEntry.h"
#include "ui/supervisor/SupervisorView.h"

#include <QAction>
#include <QApplication>
#include <QGuiApplication>
#include <QIcon>
#include <QMessageBox>
#include <QStyleHints>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace {
void showStoreDamage(QWidget &window)
{
    auto *box =
        new QMessageBox(QMessageBox::Warning, QCoreApplication::translate("main", "Kontor"),
                        QCoreApplication::translate(
                            "main", "Kontor found damage in its local store. Restart Kontor to repair "
                                    "it: the damaged store is set aside and your conversations are "
                                    "fetched again."),
                        QMessageBox::Ok, &window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}
} // namespace

int main(int argc, char *argv[])
{
#ifdef Q_OS_UNIX
    // Whatever Kontor writes (store, settings, drafts, copies) is the agent's alone: files 0600, folders
    // 0700. The places that create files set these modes themselves too; this covers what they cannot see
    // (QSettings).
    umask(077);
#endif
    QApplication app(argc, argv);
    const kontor::ui::FontCatalogPreload fonts;
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

    // Remote content of emails is fetched only when the agent asks for it, message by message.
    const kontor::NetworkPolicy &network = *runtime->context().network;
    kontor::net::RemoteContentFetcher remoteContentFetcher([&network] { return network.mayConnect(); });
    kontor::app::RemoteContentSourceBridge remoteContent(remoteContentFetcher);
    kontor::ui::WorkspaceContext context = runtime->context();
    context.remoteContent = &remoteContent;
    kontor::ui::MainWindow window(context);
    // The window paints from the store first; backends are contacted, and a small store checked, once it is
    // on screen.
    kontor::Store &store = *runtime->context().store;
    QObject::connect(&window, &kontor::ui::MainWindow::firstShown, &window, [&runtime, &store] {
        runtime->startConnectors();
        store.startDeferredQuickCheck();
    });
    QObject::connect(&store, &kontor::Store::deferredQuickCheckFinished, &window, [&window](bool damaged) {
        if (damaged)
            showStoreDamage(window);
    });
    kontor::chatwoot::ChatwootAccounts &chatwoot = runtime->chatwootAccounts();
    // Chatwoot's own live figures sit beside the store's, for the accounts whose user administers them.
    QAction *supervisor = kontor::ui::installSupervisorEntry(
        window, *runtime->context().store, [&chatwoot](kontor::ui::SupervisorView &view) {
            view.addSection(new kontor::ui::ChatwootLiveReportPanel(chatwoot));
        });
    kontor::ui::installAccountsEntry(window, chatwoot);
    window.show();
    if (options.supervisor)
        supervisor->trigger();
    if (!notice.isEmpty())
        QMessageBox::information(&window, QCoreApplication::translate("main", "Kontor"), notice);
    return QApplication::exec();
}
