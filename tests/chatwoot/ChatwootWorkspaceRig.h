#pragma once

#include "connectors/chatwoot/setup/ChatwootAccounts.h"
#include "fake/FakeChatwoot.h"
#include "secrets/MemorySecretStore.h"
#include "store/Store.h"
#include "sync/NetworkPolicy.h"
#include "sync/SyncEngine.h"
#include "ui/MainWindow.h"
#include "ui/accounts/AccountsEntry.h"

#include <QTemporaryDir>
#include <memory>

namespace kontor::chatwoot::test {

// The workspace as the app wires it, against a fake Chatwoot on port 0: the real store (in a temporary
// directory), sync engine, Chatwoot accounts and main window with its Accounts menu, and a keychain in
// memory. The settings are the test's own (QStandardPaths test mode) and start empty.
class ChatwootWorkspaceRig
{
public:
    explicit ChatwootWorkspaceRig(const fake::FakeChatwoot::Seed &seed = smallSeed(), bool connect = true);
    ~ChatwootWorkspaceRig();

    static fake::FakeChatwoot::Seed smallSeed();
    // Points the settings at a fresh, empty file of the test's own.
    static void useTestSettings(const char *testName);
    // The account as the fake's sign-in gives it.
    ChatwootAccount fakeAccount() const;

    fake::FakeChatwoot &fake() { return fake_; }
    Store &store() { return *store_; }
    SyncEngine &engine() { return *engine_; }
    MemorySecretStore &secrets() { return secrets_; }
    ChatwootAccounts &accounts() { return *accounts_; }
    ui::MainWindow &window() { return *window_; }
    const ui::AccountsEntry &entry() const { return entry_; }

    // Conversations of Chatwoot accounts in the store.
    qint64 chatwootConversations();
    // One integer from the store.
    qint64 number(const char *sql, const QString &argument = {});
    // Waits until the store has committed everything handed to it so far.
    void settle();
    // Whether text occurs in the settings file or in the store's files (database and write-ahead log).
    bool settingsContain(const QString &text) const;
    bool storeFilesContain(const QString &text) const;

private:
    fake::FakeChatwoot fake_;
    QTemporaryDir dir_;
    MemorySecretStore secrets_;
    std::unique_ptr<Store> store_;
    std::unique_ptr<NetworkPolicy> policy_;
    std::unique_ptr<SyncEngine> engine_;
    std::unique_ptr<ChatwootAccounts> accounts_;
    std::unique_ptr<ui::MainWindow> window_;
    ui::AccountsEntry entry_;
};

} // namespace kontor::chatwoot::test
