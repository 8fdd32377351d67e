#pragma once

class QAction;
class QMainWindow;

namespace kontor::chatwoot {
class ChatwootAccounts;
}

namespace kontor::ui {

class SignInAgainButton;

struct AccountsEntry
{
    QAction *addChatwoot = nullptr;
    QAction *manage = nullptr;
    QAction *signInAgain = nullptr;
    SignInAgainButton *statusButton = nullptr;
};

// Puts the accounts within reach of a window: an "Accounts" menu before Help (add a Chatwoot account, the
// accounts list on Ctrl+Shift+A, sign in again while an account needs it) and, in the status bar, a button
// to sign in again that shows only while an account needs it.
AccountsEntry installAccountsEntry(QMainWindow &window, chatwoot::ChatwootAccounts &accounts);

} // namespace kontor::ui
