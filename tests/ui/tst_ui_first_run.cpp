// The first run: the welcome offers the demo contact center or a Chatwoot account; the choice is kept, so the
// demo starts again only when it was chosen; the demo is in the accounts list and goes from there with its
// data; a store the demo filled before the choice existed keeps its demo.
#include "connectors/chatwoot/setup/ChatwootAccounts.h"
#include "connectors/demo/DemoConnector.h"
#include "connectors/demo/DemoRecordMapping.h"
#include "connectors/demo/backend/DemoStateFile.h"
#include "connectors/demo/setup/DemoAccount.h"
#include "secrets/MemorySecretStore.h"
#include "store/Store.h"
#include "sync/NetworkPolicy.h"
#include "sync/SyncEngine.h"
#include "ui/accounts/AccountsDialog.h"
#include "ui/accounts/AccountsEntry.h"
#include "ui/accounts/ChatwootAccountDialog.h"
#include "ui/accounts/FirstRun.h"
#include "ui/accounts/WelcomeDialog.h"

#include <QAction>
#include <QCheckBox>
#include <QCommandLinkButton>
#include <QDir>
#include <QFile>
#include <QMainWindow>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace kontor;
using namespace kontor::ui;
using namespace Qt::StringLiterals;

namespace {
// One start of the workspace over a store: what the app's runtime makes, the window, the accounts menu.
struct Start
{
    explicit Start(const QString &folder)
    {
        StoreOpenResult opened = Store::open(folder + u"/kontor.db"_s);
        if (!opened.store)
            qFatal("store: %s", qPrintable(opened.error));
        store = std::move(opened.store);
        network.setWorkOffline(false);
        network.setSystemReachable(true);
        engine = std::make_unique<SyncEngine>(*store, network);
        chatwoot::ChatwootAccounts::Options options;
        options.connect = false;
        accounts = std::make_unique<chatwoot::ChatwootAccounts>(*store, *engine, secrets, options);
        DemoAccount::Options demoOptions;
        demoOptions.stateFile = DemoAccount::stateFileFor(store->path());
        demoOptions.world.seed = 7;
        demoOptions.world.historyConversations = 20;
        demoOptions.world.historyMessages = 120;
        demoOptions.world.historyDays = 5;
        demo = std::make_unique<DemoAccount>(*store, *engine, demoOptions);
        entry = installAccountsEntry(window, *accounts, demo.get());
    }
    ~Start()
    {
        // The app's order: the window's dialogs, the connectors, the engine, the store.
        qDeleteAll(window.findChildren<QDialog *>(Qt::FindDirectChildrenOnly));
        demo.reset();
        accounts.reset();
        engine.reset();
        store.reset();
    }

    qint64 demoConversations()
    {
        const AccountRecord record = demoAccountRecord();
        const std::optional<qint64> account =
            store->reader().directory().accountId(record.connector, record.remoteId);
        if (!account)
            return 0;
        InboxFilter filter;
        filter.statuses = {};
        filter.accountId = *account;
        return store->reader().inbox().counts(filter).conversations;
    }

    std::unique_ptr<Store> store;
    NetworkPolicy network;
    std::unique_ptr<SyncEngine> engine;
    MemorySecretStore secrets;
    std::unique_ptr<chatwoot::ChatwootAccounts> accounts;
    std::unique_ptr<DemoAccount> demo;
    QMainWindow window;
    AccountsEntry entry;
};

template<typename T>
T *child(QObject &parent, const char *name)
{
    T *found = parent.findChild<T *>(QLatin1StringView(name));
    if (!found)
        qFatal("no child %s", name);
    return found;
}
} // namespace

class TestFirstRun : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir dir_;
    int run_ = 0;
    QString folder_;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"KontorTest"_s);
        QCoreApplication::setApplicationName(u"ui_first_run"_s);
    }
    void init()
    {
        QSettings().clear();
        folder_ = dir_.filePath(QString::number(++run_));
        QDir().mkpath(folder_);
    }

    void demoChosen()
    {
        {
            Start start(folder_);
            QVERIFY(needsWelcome(*start.demo, *start.accounts));
            QVERIFY(start.engine->connectors().isEmpty()); // nothing runs before the agent chose
            WelcomeDialog *welcome = openWelcome(&start.window, *start.demo, *start.accounts);
            QVERIFY(welcome->isVisible());
            // By keyboard: the demo's button has the focus, Space presses it.
            QCOMPARE(welcome->focusWidget(), welcome->demoButton());
            QTest::keyClick(welcome->demoButton(), Qt::Key_Space);
            QVERIFY(start.demo->isChosen());
            QCOMPARE(start.engine->connectors().size(), 1);
            QTRY_VERIFY_WITH_TIMEOUT(start.demoConversations() > 0, 30000);
            QVERIFY(!start.entry.addDemo->isVisible());
        }
        // The next start: the demo runs again, and nobody is asked again.
        Start again(folder_);
        QVERIFY(again.demo->isChosen());
        QVERIFY(!needsWelcome(*again.demo, *again.accounts));
        again.demo->startIfChosen();
        QCOMPARE(again.engine->connectors().size(), 1);
    }

    void accountChosen()
    {
        {
            Start start(folder_);
            WelcomeDialog *welcome = openWelcome(&start.window, *start.demo, *start.accounts);
            welcome->chatwootButton()->click();
            // The Chatwoot sign-in opens; the demo is not started.
            QTRY_VERIFY(start.window.findChild<ChatwootAccountDialog *>());
            QVERIFY(start.window.findChild<ChatwootAccountDialog *>()->isVisible());
            QVERIFY(!start.demo->isChosen());
            QVERIFY(start.demo->isDecided());
            QVERIFY(start.engine->connectors().isEmpty());
            QVERIFY(start.entry.addDemo->isVisible()); // still within reach from the Accounts menu
        }
        Start again(folder_);
        again.demo->startIfChosen();
        QVERIFY(again.engine->connectors().isEmpty());
        QCOMPARE(again.demoConversations(), 0);
    }

    void closedWithoutChoosingAsksAgain()
    {
        {
            Start start(folder_);
            WelcomeDialog *welcome = openWelcome(&start.window, *start.demo, *start.accounts);
            QTest::keyClick(welcome, Qt::Key_Escape);
            QVERIFY(!start.demo->isDecided());
            QVERIFY(start.engine->connectors().isEmpty());
        }
        Start again(folder_);
        QVERIFY(needsWelcome(*again.demo, *again.accounts));
    }

    void demoRemovedWithItsData()
    {
        const QString stateFile = DemoAccount::stateFileFor(folder_ + u"/kontor.db"_s);
        {
            Start start(folder_);
            start.entry.addDemo->trigger(); // Accounts → Explore the demo contact center
            QTRY_VERIFY_WITH_TIMEOUT(start.demoConversations() > 0, 30000);
            QVERIFY(!DemoStateFile::save(start.demo->connector()->world(), stateFile).isError());
            QVERIFY(QFile::exists(stateFile));

            start.entry.manage->trigger();
            auto *list = child<AccountsDialog>(start.window, "accountsDialog");
            QCOMPARE(list->list()->topLevelItemCount(), 1);
            QCOMPARE(list->list()->topLevelItem(0)->text(0), start.demo->name());
            list->selectDemo();
            QVERIFY(list->demoSelected());
            child<QPushButton>(*list, "removeAccount")->click();
            auto *ask = child<QMessageBox>(*list, "confirmRemoval");
            QVERIFY(child<QCheckBox>(*ask, "eraseAccountData")->isChecked());
            child<QPushButton>(*ask, "confirmRemove")->click();

            QVERIFY(!start.demo->isChosen());
            QTRY_COMPARE(start.demoConversations(), 0);
            QTRY_VERIFY(!QFile::exists(stateFile));
            QTRY_COMPARE(list->list()->topLevelItemCount(), 0);
            QVERIFY(start.entry.addDemo->isVisible());
            const AccountRecord record = demoAccountRecord();
            QVERIFY(!start.store->reader().directory().accountId(record.connector, record.remoteId));
        }
        // Never started again unless chosen.
        Start again(folder_);
        again.demo->startIfChosen();
        QVERIFY(again.engine->connectors().isEmpty());
        QVERIFY(!QFile::exists(stateFile));
    }

    void existingDemoStoreKeepsItsDemo()
    {
        {
            Start start(folder_);
            start.demo->choose();
            QTRY_VERIFY_WITH_TIMEOUT(start.demoConversations() > 0, 30000);
        }
        // A store from before the choice existed: the demo's data is there, no choice in the settings.
        QSettings().clear();
        Start again(folder_);
        QVERIFY(again.demo->isChosen());
        QVERIFY(!needsWelcome(*again.demo, *again.accounts));
    }

    void oldSwitchStillSaysNo()
    {
        QSettings().setValue(u"connectors/demo/enabled"_s, false);
        Start start(folder_);
        QVERIFY(start.demo->isDecided());
        QVERIFY(!start.demo->isChosen());
        QVERIFY(!QSettings().contains(u"connectors/demo/enabled"_s));
    }
};

QTEST_MAIN(TestFirstRun)
#include "tst_ui_first_run.moc"
