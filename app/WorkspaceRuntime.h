#pragma once

#include "store/StoreKey.h"
#include "ui/WorkspaceContext.h"

#include <QString>
#include <memory>

namespace kontor {
class DemoAccount;
class NetworkPolicy;
class SecretStore;
class Store;
class SyncEngine;
} // namespace kontor

namespace kontor::chatwoot {
class ChatwootAccounts;
}
namespace kontor::email {
class EmailAccounts;
}

namespace kontor::app {

struct RuntimeOptions
{
    QString storePath;       // empty: the store in the user's data folder
    bool connectors = true;  // false: read the store only, touch no backend
    quint64 demoSeed = 0;    // 0: the demo's own default
    bool chooseDemo = false; // the demo contact center is chosen (and kept chosen) at start
    StoreKey storeKey{};     // from the keychain; none only when the agent chose an unencrypted store
};

// Why the store could not be opened, for the start-up dialog.
struct OpenFailure
{
    QString message;             // translated
    bool retryable = false;      // the store is sound and untouched; opening again may work (Retry)
    bool inUseElsewhere = false; // another Kontor has the store open
};

// Everything the workspace runs on, in the order it must exist: the store first (the UI paints from it before
// any connector is touched), then the network policy, the sync engine and the configured connectors.
class WorkspaceRuntime
{
public:
    ~WorkspaceRuntime();

    // Opens the store; on failure returns null and says why in failure. A notice (a damaged store was
    // salvaged and moved aside) is returned for the UI to show.
    static std::unique_ptr<WorkspaceRuntime> open(const RuntimeOptions &options, OpenFailure &failure,
                                                  QString &notice);

    ui::WorkspaceContext context() const;
    // Adds the configured connectors (the demo contact center when the agent chose it, the Chatwoot
    // accounts) and lets them connect.
    void startConnectors();
    // The Chatwoot accounts: added, signed in again and removed from the UI while the app runs.
    chatwoot::ChatwootAccounts &chatwootAccounts() { return *chatwoot_; }
    // The shared mailboxes over IMAP and SMTP, added from the Accounts menu.
    email::EmailAccounts &emailAccounts() { return *email_; }
    // The demo contact center: chosen at the first run or later, removed from the accounts list.
    DemoAccount &demoAccount() { return *demo_; }

    static QString defaultStorePath();
    // The store options name, or the default one.
    static QString storePathFor(const RuntimeOptions &options);

private:
    WorkspaceRuntime() = default;

    RuntimeOptions options_;
    std::unique_ptr<Store> store_;
    std::unique_ptr<NetworkPolicy> network_;
    std::unique_ptr<SyncEngine> sync_;
    // Tokens in the OS keychain; it outlives the connectors that read it.
    std::unique_ptr<SecretStore> secrets_;
    std::unique_ptr<chatwoot::ChatwootAccounts> chatwoot_;
    std::unique_ptr<email::EmailAccounts> email_;
    std::unique_ptr<DemoAccount> demo_;
};

} // namespace kontor::app
