#pragma once

#include "connectors/chatwoot/setup/ChatwootAccount.h"

class QWidget;

namespace kontor::chatwoot {
class ChatwootAccounts;
}

namespace kontor::ui {

class ChatwootAccountDialog;

// Opens the account dialog over parent (window-modal, without blocking); once the token is safe in the
// keychain the account is kept and its connector starts. The dialog deletes itself when closed.
ChatwootAccountDialog *openAddChatwootAccount(QWidget *parent, chatwoot::ChatwootAccounts &accounts);
// The same dialog for an account whose token was revoked; its connector resumes with the new token.
ChatwootAccountDialog *openChatwootSignInAgain(QWidget *parent, chatwoot::ChatwootAccounts &accounts,
                                               const chatwoot::ChatwootAccount &account);

} // namespace kontor::ui
