#pragma once

#include "connectors/chatwoot/setup/ChatwootAccount.h"

#include <QDialog>
#include <optional>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace kontor {
class DemoAccount;
}

namespace kontor::chatwoot {
class ChatwootAccounts;
}

namespace kontor::ui {

// The accounts list: the demo contact center when the agent chose it, and every Chatwoot account with whom
// it signs in as and how its connection is, to add one, sign in to one again, or remove one. Removing asks
// first and says what happens to the account's data.
class AccountsDialog : public QDialog
{
    Q_OBJECT
public:
    // demo may be null: the list then holds the Chatwoot accounts only.
    explicit AccountsDialog(chatwoot::ChatwootAccounts &accounts, DemoAccount *demo = nullptr,
                            QWidget *parent = nullptr);

    QTreeWidget *list() const { return list_; }
    std::optional<chatwoot::ChatwootAccount> selectedAccount() const;
    void selectAccount(const chatwoot::ChatwootAccount &account);
    bool demoSelected() const;
    void selectDemo();
    // Asks, in a message box over this dialog, whether to remove the selected account.
    void removeSelected();

private:
    void refresh();
    void removeDemo();
    void updateButtons();

    chatwoot::ChatwootAccounts &accounts_;
    DemoAccount *demo_;
    QList<chatwoot::ChatwootAccount> shown_;
    QTreeWidget *list_;
    QLabel *empty_;
    QLabel *status_;
    QPushButton *add_;
    QPushButton *signInAgain_;
    QPushButton *remove_;
};

} // namespace kontor::ui
