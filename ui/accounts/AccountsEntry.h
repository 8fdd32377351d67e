#pragma once

class QAction;
class QMainWindow;

namespace kontor {
class DemoAccount;
}

namespace kontor::chatwoot {
class ChatwootAccounts;
}

namespace kontor::ui {

class SignInAgainButton;

struct AccountsEntry
{
    QAction *addDemo = nullptr;
    QAction *addChatwoot = nullptr;
    QAction *manage = nullptr;
    QAction *signInAgain = nullptr;
    SignInAgainButton *statusButton = nullptr;
};

// Puts the accounts within reach of a window: an "Accounts" menu before Help (the demo contact center while
// it is not chosen, add a Chatwoot account, the accounts list on Ctrl+Shift+A, sign in again while an account
// needs it) and, in the status bar, a button to sign in again that shows only while an account needs it.
// demo may be null.
AccountsEntry installAccountsEntry(QMainWindow &window, chatwoot::ChatwootAccounts &accounts,
                                   DemoAccount *demo = nullptr);

} // namespace kontor::ui
