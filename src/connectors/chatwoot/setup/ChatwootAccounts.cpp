#include "connectors/chatwoot/setup/ChatwootAccounts.h"

#include "connectors/chatwoot/ChatwootConnector.h"
#include "connectors/chatwoot/setup/DetachableConnector.h"
#include "secrets/SecretStore.h"
#include "store/Store.h"
#include "sync/SyncEngine.h"

#include <QSettings>

namespace kontor::chatwoot {

ChatwootAccounts::ChatwootAccounts(Store &store, SyncEngine &engine, SecretStore &secrets, Options options,
                                   QObject *parent)
    : QObject(parent)
    , store_(store)
    , engine_(engine)
    , secrets_(secrets)
    , options_(std::move(options))
{
    connect(&engine_, &SyncEngine::stateChanged, this, [this](Connector *connector) {
        for (DetachableConnector *place : std::as_const(places_)) {
            if (place == connector) {
                Q_EMIT statesChanged();
                return;
            }
        }
    });
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
        if (!places_.contains(account.secretKey())) // one added before start-up runs already
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
    if (DetachableConnector *place = places_.value(account.secretKey()))
        place->detach();
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
    auto connector =
        std::make_unique<ChatwootConnector>(account, &secrets_, options_.sync, options_.identity);
    if (DetachableConnector *place = places_.value(account.secretKey())) {
        // Removed earlier in this session: the engine still knows its place, and the account's outbox
        // entries are delivered through it, so the new connector goes there.
        place->attach(std::move(connector), cursorOf(account));
        return;
    }
    auto place = std::make_unique<DetachableConnector>(std::move(connector));
    places_.insert(account.secretKey(), place.get());
    engine_.addConnector(std::move(place));
}

QString ChatwootAccounts::cursorOf(const ChatwootAccount &account) const
{
    StoreReader &reader = store_.reader();
    const std::optional<qint64> id =
        reader.directory().accountId(QStringLiteral("chatwoot"), account.remoteId());
    if (!id)
        return {};
    return reader.directory().syncCursor(*id, SyncEngine::cursorStream()).value_or(QString());
}

ChatwootConnector *ChatwootAccounts::connector(const ChatwootAccount &account) const
{
    const DetachableConnector *place = places_.value(account.secretKey());
    return place ? qobject_cast<ChatwootConnector *>(place->attached()) : nullptr;
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
    const DetachableConnector *place = places_.value(account.secretKey());
    return place ? engine_.state(place) : ConnectorState::connecting();
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
