#include "connectors/chatwoot/setup/DetachableConnector.h"

#include <QTimer>

namespace kontor::chatwoot {

DetachableConnector::DetachableConnector(std::unique_ptr<Connector> connector, QObject *parent)
    : Connector(parent)
    , inner_(std::move(connector))
    , account_(inner_->account())
{
    wire();
}

DetachableConnector::~DetachableConnector() = default;

void DetachableConnector::wire()
{
    Connector *inner = inner_.get();
    connect(inner, &Connector::stateChanged, this, &Connector::stateChanged);
    connect(inner, &Connector::batchReceived, this, &Connector::batchReceived);
    connect(inner, &Connector::deliveryFinished, this,
            [this](const QString &uuid, const DeliveryResult &result) {
                delivering_.remove(uuid);
                Q_EMIT deliveryFinished(uuid, result);
            });
}

AccountRecord DetachableConnector::account() const
{
    // The engine knows the account by connector and remote id; both stay the same whatever is attached.
    return inner_ ? inner_->account() : account_;
}

ConnectorCapabilities DetachableConnector::capabilities() const
{
    return inner_ ? inner_->capabilities() : ConnectorCapabilities{};
}

void DetachableConnector::start(const QString &cursor)
{
    started_ = true;
    if (inner_)
        inner_->start(cursor);
}

void DetachableConnector::stop()
{
    started_ = false;
    if (inner_)
        inner_->stop();
}

void DetachableConnector::deliver(const DeliveryRequest &request)
{
    if (inner_) {
        delivering_.insert(request.entry.uuid);
        inner_->deliver(request);
        return;
    }
    const QString uuid = request.entry.uuid;
    QTimer::singleShot(0, this, [this, uuid] {
        Q_EMIT deliveryFinished(uuid, DeliveryResult::retryable(tr("The account was removed.")));
    });
}

void DetachableConnector::attach(std::unique_ptr<Connector> connector, const QString &cursor)
{
    if (inner_)
        detach();
    inner_ = std::move(connector);
    account_ = inner_->account();
    wire();
    if (started_)
        inner_->start(cursor);
}

void DetachableConnector::detach()
{
    if (!inner_)
        return;
    inner_->disconnect(this);
    inner_->stop();
    // The connector may be inside one of its own callbacks right now: it goes once control is back.
    inner_.release()->deleteLater();
    const QSet<QString> unanswered = std::exchange(delivering_, {});
    for (const QString &uuid : unanswered)
        Q_EMIT deliveryFinished(uuid, DeliveryResult::retryable(tr("The account was removed.")));
    Q_EMIT stateChanged(ConnectorState::error(tr("removed")));
}

} // namespace kontor::chatwoot
