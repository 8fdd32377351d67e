#pragma once

#include <QToolButton>

namespace kontor::chatwoot {
class ChatwootAccounts;
}

namespace kontor::ui {

// Shown in the status bar while a Chatwoot account needs its user to sign in again (the server revoked the
// token): one click opens the sign-in for it. Hidden otherwise.
class SignInAgainButton : public QToolButton
{
    Q_OBJECT
public:
    explicit SignInAgainButton(chatwoot::ChatwootAccounts &accounts, QWidget *parent = nullptr);

    void signIn();
    // Shows or hides the button for the accounts' states now.
    void refresh();

private:
    chatwoot::ChatwootAccounts &accounts_;
};

} // namespace kontor::ui
