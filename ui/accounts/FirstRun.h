#pragma once

class QWidget;

namespace kontor {
class DemoAccount;
}

namespace kontor::chatwoot {
class ChatwootAccounts;
}

namespace kontor::ui {

class WelcomeDialog;

// Whether the agent has anything to work on yet: no account, and the demo not chosen.
bool needsWelcome(const DemoAccount &demo, const chatwoot::ChatwootAccounts &accounts);

// Opens the welcome over window (window-modal, without blocking) and does what the agent chose: starts the
// demo, or opens the Chatwoot sign-in. Closing it chooses nothing; the next start asks again. The dialog
// deletes itself when closed.
WelcomeDialog *openWelcome(QWidget *window, DemoAccount &demo, chatwoot::ChatwootAccounts &accounts);

} // namespace kontor::ui
