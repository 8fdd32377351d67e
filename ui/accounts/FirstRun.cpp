#include "ui/accounts/FirstRun.h"

#include "connectors/chatwoot/setup/ChatwootAccounts.h"
#include "connectors/demo/setup/DemoAccount.h"
#include "ui/accounts/ChatwootAccountFlows.h"
#include "ui/accounts/WelcomeDialog.h"

namespace kontor::ui {

bool needsWelcome(const DemoAccount &demo, const chatwoot::ChatwootAccounts &accounts)
{
    return !demo.isChosen() && accounts.accounts().isEmpty();
}

WelcomeDialog *openWelcome(QWidget *window, DemoAccount &demo, chatwoot::ChatwootAccounts &accounts)
{
    auto *welcome = new WelcomeDialog(window);
    welcome->setAttribute(Qt::WA_DeleteOnClose);
    welcome->setWindowModality(Qt::WindowModal);
    QObject::connect(welcome, &QDialog::accepted, window, [window, welcome, &demo, &accounts] {
        switch (welcome->choice()) {
        case WelcomeDialog::Choice::Demo:
            demo.choose();
            break;
        case WelcomeDialog::Choice::Chatwoot:
            demo.decline();
            openAddChatwootAccount(window, accounts);
            break;
        case WelcomeDialog::Choice::None:
            break;
        }
    });
    welcome->open();
    return welcome;
}

} // namespace kontor::ui
