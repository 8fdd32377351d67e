#pragma once

#include "ExampleBackend.h"
#include "sync/Connector.h"

#include <QPointer>

namespace kontor::example {

// A small, complete connector: the one docs/writing-a-connector.md walks through. It syncs an
// ExampleBackend from a change cursor, follows its realtime stream, fills every gap from its cursor after a
// disconnect, and delivers the outbox with the entry's uuid as the key the backend keeps — asking the backend
// by that key, when an earlier attempt may have landed, before it sends anything again.
class ExampleConnector : public Connector
{
    Q_OBJECT
public:
    static constexpr int pageSize = 10;

    explicit ExampleConnector(ExampleBackend &backend, QObject *parent = nullptr);

    AccountRecord account() const override;
    ConnectorCapabilities capabilities() const override;
    void start(const QString &cursor) override;
    void stop() override;
    void deliver(const DeliveryRequest &request) override;

private:
    void fetchPage();
    void onRealtimeChange(const ExampleBackend::Change &change);
    void onDisconnected();
    IngestBatch batchOf(const QList<ExampleBackend::Change> &changes) const;
    MessageRecord messageRecord(const ExampleBackend::Message &message) const;
    // Carries out one action on the backend and answers for it.
    void carryOut(const DeliveryRequest &request);
    void finish(const QString &uuid, const DeliveryResult &result);
    void setState(const ConnectorState &state);

    QPointer<ExampleBackend> backend_;
    qint64 cursor_ = 0;
    qint64 firstSyncTarget_ = 0; // the backend's position when a first sync began; 0 when none runs
    bool running_ = false;
    bool fetching_ = false;
    quint64 generation_ = 0; // bumps on stop(): answers that arrive later belong to no connection
    ConnectorState state_;
};

} // namespace kontor::example
