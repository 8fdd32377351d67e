#include "sync/AccountConnectors.h"

#include "sync/SyncEngine.h"

namespace kontor {

AccountConnectors::AccountConnectors(SyncEngine &engine, QObject *parent)
    : QObject(parent)
    , engine_(engine)
{
    connect(&engine_, &SyncEngine::stateChanged, this, [this](Connector *connector) {
        for (const Connector *mine : std::as_const(connectors_)) {
            if (mine == connector) {
                Q_EMIT statesChanged();
                return;
            }
        }
    });
    // Removed by someone else (the engine going away with its connectors): forgotten here too.
    connect(&engine_, &SyncEngine::connectorRemoved, this, [this](Connector *connector) {
        for (auto it = connectors_.begin(); it != connectors_.end(); ++it) {
            if (it.value() == connector) {
                connectors_.erase(it);
                Q_EMIT statesChanged();
                return;
            }
        }
    });
}

AccountConnectors::~AccountConnectors() = default;

void AccountConnectors::add(const QString &key, std::unique_ptr<Connector> connector)
{
    remove(key);
    connectors_.insert(key, connector.get());
    engine_.addConnector(std::move(connector));
    Q_EMIT statesChanged();
}

void AccountConnectors::remove(const QString &key)
{
    Connector *connector = connectors_.take(key);
    if (!connector)
        return;
    engine_.removeConnector(connector);
    Q_EMIT statesChanged();
}

std::optional<ConnectorState> AccountConnectors::state(const QString &key) const
{
    const Connector *connector = connectors_.value(key);
    if (!connector)
        return std::nullopt;
    return engine_.state(connector);
}

} // namespace kontor
