#pragma once

#include "connectors/chatwoot/setup/ChatwootAccount.h"
#include "connectors/chatwoot/sync/SyncOptions.h"
#include "identity/IdentityNormalizer.h"
#include "sync/ConnectorState.h"

#include <QHash>
#include <QObject>
#include <functional>
#include <memory>

namespace kontor {
class AccountConnectors;
class Connector;
class SecretStore;
class Store;
class SyncEngine;
} // namespace kontor

namespace kontor::chatwoot {

class ChatwootConnector;

// The Chatwoot accounts of the running workspace. Each is kept in the settings (where it is and whose it is,
// never the token: that is in the SecretStore only) and, while connections are allowed, has its connector
// in the sync engine beside the others.
//
// Adding an account starts its connector at once. Signing in again after the token was revoked makes the
// connector read the new token from the SecretStore and resume; its outbox waits meanwhile. Removing an
// account takes its connector out of the sync engine and deletes its token; what it synced stays in the store
// (readable, no longer updated), and actions not yet sent stay queued until the same account is added again.
class ChatwootAccounts : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        bool connect = true; // false: accounts are kept and forgotten, but no connector runs
        SyncOptions sync;
        IdentitySettings identity;
    };

    ChatwootAccounts(Store &store, SyncEngine &engine, SecretStore &secrets, Options options,
                     QObject *parent = nullptr);
    ~ChatwootAccounts() override;

    SecretStore &secrets() { return secrets_; }
    QList<ChatwootAccount> accounts() const;

    // Starts the connectors of the accounts in the settings.
    void startConfigured();
    // Keeps an account whose token the SecretStore holds already (the account dialog put it there) and
    // starts its connector; an account kept already only reloads its token.
    void add(const ChatwootAccount &account);
    // After a new sign-in saved a new token in the SecretStore: the connector reads it and resumes.
    void signedInAgain(const ChatwootAccount &account);
    // What removing an account does with what it brought to this computer.
    enum class AccountData
    {
        Keep,  // conversations stay readable (no longer updated); unsent actions wait for the account
        Erase, // erased the way a customer is (Store::eraseAccount): conversations, customers only it
               // reaches, outbox entries and the copies of files sent
    };
    // Forgets the account, stops its connector and deletes its token; done(error) says whether the keychain
    // entry could be deleted (the account is forgotten either way).
    void remove(const ChatwootAccount &account, std::function<void(const QString &error)> done = {},
                AccountData data = AccountData::Keep);

    // The running connector of an account, or null.
    ChatwootConnector *connector(const ChatwootAccount &account) const;
    QList<ChatwootConnector *> connectors() const;
    ConnectorState state(const ChatwootAccount &account) const;
    // The accounts whose server no longer accepts their token.
    QList<ChatwootAccount> needingSignIn() const;

Q_SIGNALS:
    void accountsChanged();
    // The connection state of one of these accounts changed (see state()).
    void statesChanged();

private:
    void startConnector(const ChatwootAccount &account);

    Store &store_;
    SecretStore &secrets_;
    Options options_;
    std::unique_ptr<AccountConnectors> running_; // by secretKey()
};

} // namespace kontor::chatwoot
