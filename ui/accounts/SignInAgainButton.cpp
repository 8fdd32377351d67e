#include "ui/accounts/SignInAgainButton.h"

#include "connectors/chatwoot/setup/ChatwootAccounts.h"
#include "ui/accounts/ChatwootAccountFlows.h"

namespace kontor::ui {

SignInAgainButton::SignInAgainButton(chatwoot::ChatwootAccounts &accounts, QWidget *parent)
    : QToolButton(parent)
    , accounts_(accounts)
{
    setObjectName(QStringLiteral("signInAgainButton"));
    setAutoRaise(true);
    connect(this, &QToolButton::clicked, this, &SignInAgainButton::signIn);
    connect(&accounts_, &chatwoot::ChatwootAccounts::statesChanged, this, &SignInAgainButton::refresh);
    connect(&accounts_, &chatwoot::ChatwootAccounts::accountsChanged, this, &SignInAgainButton::refresh);
    refresh();
}

void SignInAgainButton::refresh()
{
    const QList<chatwoot::ChatwootAccount> waiting = accounts_.needingSignIn();
    setVisible(!waiting.isEmpty());
    if (waiting.isEmpty())
        return;
    const QString name = waiting.first().accountName;
    setText(tr("Sign in to %1 again…").arg(name));
    setAccessibleName(text());
    setToolTip(tr("The server no longer accepts Kontor's sign-in for %1. Its outbox waits until you sign in "
                  "again.")
                   .arg(name));
}

void SignInAgainButton::signIn()
{
    const QList<chatwoot::ChatwootAccount> waiting = accounts_.needingSignIn();
    if (!waiting.isEmpty())
        openChatwootSignInAgain(window(), accounts_, waiting.first());
}

} // namespace kontor::ui
