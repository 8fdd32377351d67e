#pragma once

#include "sync/ConnectorState.h"

#include <QHash>
#include <QObject>
#include <memory>
#include <optional>

namespace kontor {

class Connector;
class SyncEngine;

// The lifecycle of the configured accounts of one kind of backend in the sync engine, by a key the backend
// chooses for an account (its secret's key, say): adding an account puts its connector into the engine,
// which starts it; removing it takes the connector out of the engine (stopped, then deleted), so that the
// account no longer shows anywhere; adding it again puts a new connector in, which resumes from the saved
// cursor. What the account synced stays in the store either way.
class AccountConnectors : public QObject
{
    Q_OBJECT
public:
    explicit AccountConnectors(SyncEngine &engine, QObject *parent = nullptr);
    ~AccountConnectors() override;

    // Replaces the account's connector when it has one.
    void add(const QString &key, std::unique_ptr<Connector> connector);
    void remove(const QString &key);

    // The account's running connector, or null.
    Connector *connector(const QString &key) const { return connectors_.value(key); }
    // The engine's view of the account's connection; nullopt when it has no connector.
    std::optional<ConnectorState> state(const QString &key) const;

Q_SIGNALS:
    // The connection state of one of these accounts changed, or one was added or removed.
    void statesChanged();

private:
    SyncEngine &engine_;
    QHash<QString, Connector *> connectors_; // owned by the engine
};

} // namespace kontor
