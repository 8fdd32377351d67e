#include "connectors/chatwoot/setup/ChatwootAccounts.h"

#include "connectors/chatwoot/ChatwootConnector.h"
#include "secrets/SecretStore.h"
#include "store/Store.h"
#include "sync/AccountConnectors.h"
#include "sync/SyncEngine.h"

#include <QSettings>
#include <algorithm>

namespace kontor::chatwoot {

ChatwootAccounts::ChatwootAccounts(Store &store, SyncEngine &engine, SecretStore &secrets, Options options,
                                   QObject *parent)
    : QObject(parent)
    , store_(store)
    , secrets_(secrets)
    , options_(std::move(options))
    , running_(std::make_unique<AccountConnectors>(engine))
{
    connect(running_.get(), &AccountConnectors::statesChanged, this, &ChatwootAccounts::statesChanged);
}

ChatwootAccounts::~ChatwootAccounts() = default;

QList<ChatwootAccount> ChatwootAccounts::accounts() const
{
    QSettings settings;
    return loadChatwootAccounts(settings);
}

void ChatwootAccounts::startConfigured()
{
    if (!options_.connect)
        return;
    for (const ChatwootAccount &account : accounts()) {
        if (!running_->connector(account.secretKey())) // one added before start-up runs already
            startConnector(account);
    }
}

void ChatwootAccounts::add(const ChatwootAccount &account)
{
    QSettings settings;
    rememberChatwootAccount(settings, account);
    settings.sync();
    if (options_.connect) {
        if (ChatwootConnector *running = connector(account))
            running->reloadAccessToken();
        else
            startConnector(account);
    }
    Q_EMIT accountsChanged();
}

void ChatwootAccounts::signedInAgain(const ChatwootAccount &account)
{
    // Names may have changed on the server since the account was added.
    QSettings settings;
    rememberChatwootAccount(settings, account);
    if (ChatwootConnector *running = connector(account))
        running->reloadAccessToken();
    else if (options_.connect)
        startConnector(account);
    Q_EMIT accountsChanged();
}

void ChatwootAccounts::remove(const ChatwootAccount &account, std::function<void(const QString &)> done,
                              AccountData data)
{
    QSettings settings;
    forgetChatwootAccount(settings, account);
    settings.sync();
    running_->remove(account.secretKey());
    // After the connector stopped, so that nothing it was still sending comes back.
    if (data == AccountData::Erase)
        store_.eraseAccount(QStringLiteral("chatwoot"), account.remoteId());
    secrets_.remove(account.secretKey(), [done = std::move(done)](const QString &error) {
        if (done)
            done(error);
    });
    Q_EMIT accountsChanged();
}

void ChatwootAccounts::startConnector(const ChatwootAccount &account)
{
    // One removed earlier in this session starts again from its saved cursor: the engine reads it.
    running_->add(account.secretKey(),
                  std::make_unique<ChatwootConnector>(account, &secrets_, options_.sync, options_.identity));
}

ChatwootConnector *ChatwootAccounts::connector(const ChatwootAccount &account) const
{
    return qobject_cast<ChatwootConnector *>(running_->connector(account.secretKey()));
}

QList<ChatwootConnector *> ChatwootAccounts::connectors() const
{
    QList<ChatwootConnector *> running;
    for (const ChatwootAccount &account : accounts()) {
        if (ChatwootConnector *c = connector(account))
            running.append(c);
    }
    return running;
}

ConnectorState ChatwootAccounts::state(const ChatwootAccount &account) const
{
    if (!options_.connect)
        return ConnectorState::workingOffline();
    if (const std::optional<ConnectorState> running = running_->state(account.secretKey()))
        return *running;
    // Not running: about to start, or removed.
    const QList<ChatwootAccount> kept = accounts();
    if (std::any_of(kept.cbegin(), kept.cend(),
                    [&](const ChatwootAccount &a) { return a.secretKey() == account.secretKey(); }))
        return ConnectorState::connecting();
    return ConnectorState::error(tr("removed"));
}

QList<ChatwootAccount> ChatwootAccounts::needingSignIn() const
{
    QList<ChatwootAccount> result;
    for (const ChatwootAccount &account : accounts()) {
        if (connector(account) && state(account).phase == ConnectorState::Phase::AuthenticationNeeded)
            result.append(account);
    }
    return result;
}

} // namespace kontor::chatwoot
