#pragma once

#include "connectors/email/EmailConnector.h"
#include "connectors/email/account/EmailAccountSettings.h"

#include <QObject>
#include <functional>
#include <memory>

class QSettings;

namespace kontor {
class AccountConnectors;
class SecretStore;
class SyncEngine;
} // namespace kontor

namespace kontor::email {

// The settings of the email accounts (never the password: that is in the SecretStore only).
QList<EmailAccountSettings> loadEmailAccounts(QSettings &settings);
void rememberEmailAccount(QSettings &settings, const EmailAccountSettings &account);
void forgetEmailAccount(QSettings &settings, const QString &address);
// The SecretStore key of an account's password.
QString emailSecretKey(const QString &address);

// The email accounts of the running workspace: kept in the settings, each with its connector in the sync
// engine while connections are allowed. Adding one starts its connector at once; removing one takes it out of
// the engine and deletes its password; what it synced stays in the store.
class EmailAccounts : public QObject
{
    Q_OBJECT
public:
    EmailAccounts(SyncEngine &engine, SecretStore &secrets, bool connect, QObject *parent = nullptr);
    ~EmailAccounts() override;

    SecretStore &secrets() { return secrets_; }
    QList<EmailAccountSettings> accounts() const;

    // Starts the connectors of the accounts in the settings, each once its password is read.
    void startConfigured();
    // Keeps an account whose password the SecretStore holds already and starts its connector.
    void add(const EmailAccountSettings &account);
    void remove(const QString &address, std::function<void(const QString &error)> done = {});

Q_SIGNALS:
    void accountsChanged();

private:
    void startConnector(const EmailAccountSettings &account);

    SecretStore &secrets_;
    bool connect_ = true;
    std::unique_ptr<AccountConnectors> running_; // by address
};

} // namespace kontor::email
