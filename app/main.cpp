#include "app/CommandLine.h"
#include "app/HandOverReceiver.h"
#include "app/RemoteContentSourceBridge.h"
#include "app/WorkspaceRuntime.h"
#include "connectors/demo/setup/DemoAccount.h"
#include "core/Version.h"
#include "instance/InstanceChannel.h"
#include "instance/InstanceHandOver.h"
#include "instance/RunningInstance.h"
#include "platform/NewFileMode.h"
#include "platform/SessionInstance.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/StoreKeyProvider.h"
#include "store/Store.h"
#include "store/StoreAccess.h"
#include "store/StoreLock.h"
#include "sync/NetworkPolicy.h"
#include "ui/AboutKontor.h"
#include "ui/FontCatalogPreload.h"
#include "ui/MainWindow.h"
#include "ui/Theme.h"
#include "ui/Translations.h"
#include "ui/WorkspaceActions.h"
#include "ui/accounts/AccountsEntry.h"
#include "ui/accounts/ChatwootLiveReportPanel.h"
#include "ui/accounts/EmailAccountDialog.h"
#include "ui/accounts/FirstRun.h"
#include "ui/settings/WorkspaceSettings.h"
#include "ui/status/StoreKeyChoiceDialog.h"
#include "ui/supervisor/SupervisorEntry.h"
#include "ui/supervisor/SupervisorView.h"

#include <KCrash>
#include <QAction>
#include <QApplication>
#include <QDeadlineTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QIcon>
#include <QMessageBox>
#include <QStyleHints>
#include <QThread>
#include <cstdio>

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

// Why Kontor cannot start, on the terminal (for whoever started it there) and in a dialog. True when the
// agent chose Retry, which is offered only when trying again can help.
bool reportStartFailure(const kontor::app::OpenFailure &failure)
{
    std::fprintf(stderr, "%s\n", qPrintable(failure.message));
    std::fflush(stderr);
    const QString title = QCoreApplication::translate("main", "Kontor cannot start");
    if (!failure.retryable) {
        QMessageBox::critical(nullptr, title, failure.message);
        return false;
    }
    return QMessageBox::critical(nullptr, title, failure.message, QMessageBox::Retry | QMessageBox::Close,
                                 QMessageBox::Retry) == QMessageBox::Retry;
}

enum class KeyStep
{
    Open,
    Retry,
    Quit,
};

struct StoreKeyDecision
{
    KeyStep step = KeyStep::Quit;
    kontor::StoreKey key{};
};

// The store's key from the keychain, or what the agent chose when the keychain cannot give it. Never an
// unencrypted store that nobody chose.
StoreKeyDecision decideStoreKey(kontor::StoreKeyProvider &keys, const QString &storePath,
                                bool &keepUnencrypted)
{
    const bool encrypted = kontor::storeFileFormat(storePath) == kontor::StoreFileFormat::NotPlain;
    const QString title = QCoreApplication::translate("main", "Kontor cannot start");
    if (keepUnencrypted) {
        if (!encrypted)
            return {KeyStep::Open};
        const QString message = QCoreApplication::translate(
            "main", "Kontor's local store is encrypted: it opens only with its key from the system keychain. "
                    "Start Kontor without --unencrypted-store.");
        std::fprintf(stderr, "%s\n", qPrintable(message));
        QMessageBox::critical(nullptr, title, message);
        return {KeyStep::Quit};
    }
    const kontor::StoreKeyAnswer answer = keys.fetchAndWait(encrypted);
    if (answer.outcome == kontor::StoreKeyAnswer::Outcome::Key)
        return {KeyStep::Open, answer.key};
    std::fprintf(stderr, "%s\n", qPrintable(answer.reason));
    std::fflush(stderr);
    if (answer.outcome == kontor::StoreKeyAnswer::Outcome::KeyMissing) {
        const QString message = answer.reason + u' ' +
                                QCoreApplication::translate(
                                    "main", "The store was left unchanged: restore the key in the keychain, "
                                            "then choose Retry.");
        return {QMessageBox::critical(nullptr, title, message, QMessageBox::Retry | QMessageBox::Close,
                                      QMessageBox::Retry) == QMessageBox::Retry
                    ? KeyStep::Retry
                    : KeyStep::Quit};
    }
    kontor::ui::StoreKeyChoiceDialog dialog(answer.reason, encrypted);
    dialog.exec();
    switch (dialog.choice()) {
    case kontor::ui::StoreKeyChoice::Retry:
        return {KeyStep::Retry};
    case kontor::ui::StoreKeyChoice::KeepUnencrypted:
        keepUnencrypted = true;
        return {KeyStep::Open};
    case kontor::ui::StoreKeyChoice::Quit:
        break;
    }
    return {KeyStep::Quit};
}

bool handOverPatiently(const QString &storePath)
{
    const QDeadlineTimer patience(std::chrono::seconds(10));
    do {
        if (kontor::instance::handOverToRunningInstance(storePath, QCoreApplication::arguments()) ==
            kontor::instance::HandOverOutcome::Accepted)
            return true;
        QThread::msleep(250);
    } while (!patience.hasExpired());
    return false;
}

// The session bus's name for the store: the application's own for the default store, one of its own
// otherwise.
QString sessionNameOf(const QString &storePath)
{
    const bool defaultStore = QFileInfo(storePath).absoluteFilePath() ==
                              QFileInfo(kontor::app::WorkspaceRuntime::defaultStorePath()).absoluteFilePath();
    return defaultStore ? QString() : QStringLiteral("Store") + kontor::instance::storeKey(storePath);
}
} // namespace

int main(int argc, char *argv[])
{
    // Whatever Kontor writes (store, settings, drafts, copies) is the agent's alone: files 0600, folders
    // 0700. The places that create files set these modes themselves too; this covers what they cannot see
    // (QSettings).
    kontor::platform::keepNewFilesPrivate();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Kontor"));
    QApplication::setOrganizationName(QStringLiteral("Kontor"));
    QApplication::setOrganizationDomain(QStringLiteral("kontor.org"));
    QApplication::setApplicationVersion(QString::fromLatin1(kontor::kVersion));
    QGuiApplication::setDesktopFileName(QString::fromLatin1(kontor::kAppId));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/kontor.svg")));

    // Also settles the language, before anything translatable is built.
    const kontor::app::Options options = kontor::app::parseCommandLine(app);
    kontor::ui::registerAboutKontor();
    // A crash offers DrKonqi's report where the desktop has it, or leaves a core dump for it.
    KCrash::initialize();

    // One Kontor per store: a start on a store that is open already hands its command line to the Kontor that
    // has it, and is done. On the session bus first (which ends this process when another Kontor answers),
    // then through the store's local channel, which also reaches a Kontor that has no session bus.
    kontor::app::RuntimeOptions runtimeOptions{options.storePath, options.connectors, options.demoSeed,
                                               options.demo};
    const QString storePath = kontor::app::WorkspaceRuntime::storePathFor(runtimeOptions);
    kontor::app::HandOverReceiver handOvers;
    kontor::platform::SessionInstance session(sessionNameOf(storePath));
    if (!session.isRegistered())
        qCInfo(kontor::app::handOverLog, "not on the session bus (%s)",
               qPrintable(session.unregisteredReason().section(u'.', 0, 0)));
    QObject::connect(&session, &kontor::platform::SessionInstance::activationRequested, &handOvers,
                     [&handOvers](const QStringList &arguments) {
                         handOvers.receive(arguments, kontor::app::HandOverReceiver::Route::SessionBus);
                     });
    if (kontor::instance::handOverToRunningInstance(storePath, QCoreApplication::arguments()) ==
        kontor::instance::HandOverOutcome::Accepted)
        return 0;
    // Only now: a start that handed over ends without waiting for it.
    const kontor::ui::FontCatalogPreload fonts;

    // The agent's settings first; the command line wins over them for this run.
    kontor::ui::WorkspaceSettings::applyAppearance();
    if (options.colorScheme == QLatin1StringView("dark"))
        kontor::ui::setPreferredColorScheme(Qt::ColorScheme::Dark);
    else if (options.colorScheme == QLatin1StringView("light"))
        kontor::ui::setPreferredColorScheme(Qt::ColorScheme::Light);
    kontor::ui::applyTheme(app);

    QString notice;
    std::unique_ptr<kontor::app::WorkspaceRuntime> runtime;
    // The store's key lives in the system keychain, under an entry of its own beside the sign-ins.
    kontor::KeychainSecretStore keychain;
    kontor::StoreKeyProvider storeKeys(keychain);
    bool keepUnencrypted = options.unencryptedStore;
    for (;;) {
        kontor::app::OpenFailure failure;
        // Held through the opening (the lock is shared within this process): another Kontor with this store
        // is named before the keychain is asked anything.
        const kontor::StoreLock::Attempt lock = kontor::StoreLock::acquire(storePath);
        if (lock.heldBy) {
            failure = {kontor::describeStoreInUse(*lock.heldBy), false, true};
        } else {
            const StoreKeyDecision key = decideStoreKey(storeKeys, storePath, keepUnencrypted);
            if (key.step == KeyStep::Quit)
                return 1;
            if (key.step == KeyStep::Retry)
                continue;
            runtimeOptions.storeKey = key.key;
            runtime = kontor::app::WorkspaceRuntime::open(runtimeOptions, failure, notice);
            if (runtime)
                break;
        }
        // Two starts at once, or the other one still starting: it listens once its window is built.
        if (failure.inUseElsewhere && handOverPatiently(storePath))
            return 0;
        if (!reportStartFailure(failure))
            return failure.inUseElsewhere ? 3 : 1;
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
    kontor::DemoAccount &demo = runtime->demoAccount();
    const kontor::ui::AccountsEntry accounts = kontor::ui::installAccountsEntry(window, chatwoot, &demo);
    kontor::ui::installAddEmailAccount(window, runtime->emailAccounts());
    // Within reach of the command palette, the shortcut sheet and the shortcut editor too.
    for (QAction *action :
         {supervisor, accounts.addDemo, accounts.addChatwoot, accounts.manage, accounts.signInAgain})
        window.actions()->adopt(action, kontor::ui::WorkspaceActions::Section::Workspace);
    kontor::instance::RunningInstance running;
    QObject::connect(&running, &kontor::instance::RunningInstance::handedOver, &handOvers,
                     [&handOvers](const QStringList &arguments) {
                         handOvers.receive(arguments, kontor::app::HandOverReceiver::Route::LocalChannel);
                     });
    running.listen(storePath);
    window.show();
    handOvers.attach(window, supervisor);
    if (options.supervisor)
        supervisor->trigger();
    if (!notice.isEmpty())
        QMessageBox::information(&window, QCoreApplication::translate("main", "Kontor"), notice);
    // The first run, or nothing to work on yet: the demo, or an account of the team's backend.
    else if (options.connectors && kontor::ui::needsWelcome(demo, chatwoot))
        kontor::ui::openWelcome(&window, demo, chatwoot);
    return QApplication::exec();
}
