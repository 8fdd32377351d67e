#include "ui/accounts/AccountsEntry.h"

#include "connectors/chatwoot/setup/ChatwootAccounts.h"
#include "connectors/demo/setup/DemoAccount.h"
#include "ui/accounts/AccountsDialog.h"
#include "ui/accounts/ChatwootAccountFlows.h"
#include "ui/accounts/SignInAgainButton.h"

#include <QAction>
#include <QCoreApplication>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QStatusBar>

namespace kontor::ui {

AccountsEntry installAccountsEntry(QMainWindow &window, chatwoot::ChatwootAccounts &accounts,
                                   DemoAccount *demo)
{
    AccountsEntry entry;
    auto *menu = new QMenu(QCoreApplication::translate("AccountsEntry", "&Accounts"), &window);
    menu->setObjectName(QStringLiteral("accountsMenu"));
    menu->setAccessibleName(QCoreApplication::translate("AccountsEntry", "Accounts"));
    QMenu *help = window.menuBar()->findChild<QMenu *>(QStringLiteral("helpMenu"));
    if (help)
        window.menuBar()->insertMenu(help->menuAction(), menu);
    else
        window.menuBar()->addMenu(menu);

    if (demo) {
        entry.addDemo =
            menu->addAction(QCoreApplication::translate("AccountsEntry", "Explore the &demo contact center"));
        entry.addDemo->setObjectName(QStringLiteral("addDemoAccount"));
        const auto updateDemo = [action = entry.addDemo, demo] { action->setVisible(!demo->isChosen()); };
        QObject::connect(entry.addDemo, &QAction::triggered, demo, &DemoAccount::choose);
        QObject::connect(demo, &DemoAccount::changed, entry.addDemo, updateDemo);
        updateDemo();
    }
    entry.addChatwoot =
        menu->addAction(QCoreApplication::translate("AccountsEntry", "Add &Chatwoot account…"));
    entry.addChatwoot->setObjectName(QStringLiteral("addChatwootAccount"));
    entry.manage = menu->addAction(QCoreApplication::translate("AccountsEntry", "&Manage accounts…"));
    entry.manage->setObjectName(QStringLiteral("manageAccounts"));
    entry.manage->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    menu->addSeparator();
    entry.signInAgain = menu->addAction(QCoreApplication::translate("AccountsEntry", "&Sign in again…"));
    entry.signInAgain->setObjectName(QStringLiteral("signInAgainAction"));

    entry.statusButton = new SignInAgainButton(accounts, &window);
    // Before the workspace's own permanent widgets (outbox, work offline), right of its connection line,
    // which is the one ordinary widget there.
    const bool workspaceBar = window.statusBar()->findChild<QWidget *>(QStringLiteral("connectorStatus"));
    window.statusBar()->insertPermanentWidget(workspaceBar ? 1 : 0, entry.statusButton);
    entry.statusButton->refresh();

    QObject::connect(entry.addChatwoot, &QAction::triggered, &window,
                     [&window, &accounts] { openAddChatwootAccount(&window, accounts); });
    // One list at a time: a second trigger brings the open one to the front.
    auto list = std::make_shared<QPointer<AccountsDialog>>();
    QObject::connect(entry.manage, &QAction::triggered, &window, [&window, &accounts, demo, list] {
        if (!*list) {
            *list = new AccountsDialog(accounts, demo, &window);
            (*list)->setAttribute(Qt::WA_DeleteOnClose);
        }
        (*list)->show();
        (*list)->raise();
        (*list)->activateWindow();
    });
    SignInAgainButton *button = entry.statusButton;
    QObject::connect(entry.signInAgain, &QAction::triggered, button, &SignInAgainButton::signIn);
    const auto updateSignInAgain = [action = entry.signInAgain, &accounts] {
        action->setEnabled(!accounts.needingSignIn().isEmpty());
    };
    QObject::connect(&accounts, &chatwoot::ChatwootAccounts::statesChanged, entry.signInAgain,
                     updateSignInAgain);
    QObject::connect(&accounts, &chatwoot::ChatwootAccounts::accountsChanged, entry.signInAgain,
                     updateSignInAgain);
    updateSignInAgain();
    return entry;
}

} // namespace kontor::ui
