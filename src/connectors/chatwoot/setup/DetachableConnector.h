#pragma once

#include "sync/Connector.h"

#include <QSet>
#include <memory>

namespace kontor::chatwoot {

// The place of one account's connector in the sync engine, for the whole session. The engine keeps every
// connector it is given until it is destroyed, but an agent may remove an account and add it again while the
// app runs: removing detaches the connector (stopped, then deleted) and leaves this place reporting the
// account as removed; adding it again attaches a new connector here, which the engine then drives as before.
class DetachableConnector : public Connector
{
    Q_OBJECT
public:
    explicit DetachableConnector(std::unique_ptr<Connector> connector, QObject *parent = nullptr);
    ~DetachableConnector() override;

    AccountRecord account() const override;
    ConnectorCapabilities capabilities() const override;
    void start(const QString &cursor) override;
    void stop() override;
    void deliver(const DeliveryRequest &request) override;

    Connector *attached() const { return inner_.get(); }
    // Replaces a detached connector; it starts from cursor at once when the engine has started this place.
    void attach(std::unique_ptr<Connector> connector, const QString &cursor);
    // Stops and drops the connector. Deliveries it had not answered go back to the queue.
    void detach();

private:
    void wire();

    std::unique_ptr<Connector> inner_;
    AccountRecord account_;
    bool started_ = false;
    QSet<QString> delivering_;
};

} // namespace kontor::chatwoot
