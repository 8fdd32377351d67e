#include "ui/accounts/ChatwootAccountFlows.h"

#include "connectors/chatwoot/setup/ChatwootAccounts.h"
#include "ui/accounts/ChatwootAccountDialog.h"

namespace kontor::ui {

namespace {
ChatwootAccountDialog *openDialog(QWidget *parent, chatwoot::ChatwootAccounts &accounts)
{
    auto *dialog = new ChatwootAccountDialog(accounts.secrets(), parent);
    dialog->setObjectName(QStringLiteral("chatwootAccountDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    return dialog;
}
} // namespace

ChatwootAccountDialog *openAddChatwootAccount(QWidget *parent, chatwoot::ChatwootAccounts &accounts)
{
    ChatwootAccountDialog *dialog = openDialog(parent, accounts);
    QObject::connect(dialog, &QDialog::accepted, &accounts, [dialog, &accounts] {
        if (dialog->account())
            accounts.add(*dialog->account());
    });
    dialog->open();
    return dialog;
}

ChatwootAccountDialog *openChatwootSignInAgain(QWidget *parent, chatwoot::ChatwootAccounts &accounts,
                                               const chatwoot::ChatwootAccount &account)
{
    ChatwootAccountDialog *dialog = openDialog(parent, accounts);
    dialog->setSignInAgain(account);
    QObject::connect(dialog, &QDialog::accepted, &accounts, [dialog, &accounts] {
        if (dialog->account())
            accounts.signedInAgain(*dialog->account());
    });
    dialog->open();
    return dialog;
}

} // namespace kontor::ui
