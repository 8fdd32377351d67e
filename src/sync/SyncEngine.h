#pragma once

#include "sync/Backoff.h"
#include "sync/Connector.h"

#include <QHash>
#include <QObject>
#include <QRandomGenerator>
#include <QTimer>
#include <memory>
#include <optional>
#include <vector>

namespace kontor {

class NetworkPolicy;
class Store;

// Connects connectors to the store. Everything a connector learns goes into the store through Store::ingest,
// batch by batch, with the connector's cursor; every agent action in the outbox goes to its connector, one at
// a time per conversation and in order, with the entry's uuid as the idempotency key:
//   queued -> sending -> confirmed, or back to queued with full-jitter backoff, or failed with the reason.
// Entries found in 'sending' when the store opened were cut off mid-delivery: they go out marked
// outcomeUnknown, so the connector checks whether they already landed before sending them again.
class SyncEngine : public QObject
{
    Q_OBJECT
public:
    // The cursor stream under which a connector's sync position is saved.
    static QString cursorStream();

    SyncEngine(Store &store, NetworkPolicy &policy, QObject *parent = nullptr);
    ~SyncEngine() override;

    // Takes ownership; the connector starts as soon as the network policy allows.
    void addConnector(std::unique_ptr<Connector> connector);
    QList<Connector *> connectors() const;
    ConnectorState state(const Connector *connector) const;
    // What the backend of a store account can do; nullopt while no connector has claimed the account.
    std::optional<ConnectorCapabilities> capabilitiesOf(qint64 accountId) const;
    // One translated line for the status bar: every connector's state.
    QString summary() const;
    // How many entries are being delivered right now.
    int inFlightCount() const { return int(inFlight_.size()); }

    // Sends a failed entry again, now.
    void retry(const QString &uuid);

    void setBackoff(const Backoff &backoff) { backoff_ = backoff; }
    // Fixes the jitter, for tests that want repeatable schedules.
    void seedRandom(quint32 seed) { random_.seed(seed); }

Q_SIGNALS:
    void stateChanged(kontor::Connector *connector, const kontor::ConnectorState &state);
    // A batch could not be written; the message is translated. The connector's cursor did not move.
    void ingestFailed(const QString &message);

private:
    struct Slot
    {
        std::unique_ptr<Connector> connector;
        std::optional<qint64> accountId;
        ConnectorState reported; // what the connector last said
        bool running = false;
        UtcMillis offlineSince = 0;
    };
    struct InFlight
    {
        Connector *connector = nullptr;
        int attempts = 0;
    };

    Slot *slotFor(const Connector *connector);
    Slot *slotForAccount(qint64 accountId);
    ConnectorState effectiveState(const Slot &slot) const;
    void applyPolicy();
    void startSlot(Slot &slot);
    void onBatch(Connector *connector, const IngestBatch &batch);
    void onStateChanged(Connector *connector, const ConnectorState &state);
    void onDeliveryFinished(Connector *connector, const QString &uuid, const DeliveryResult &result);
    void schedulePump();
    void pump();
    void send(Slot &slot, const OutboxEntry &entry, bool outcomeUnknown, bool alreadySending);
    void armTimer();

    Store &store_;
    NetworkPolicy &policy_;
    std::vector<Slot> slots_;
    QHash<QString, InFlight> inFlight_;
    QList<QString> unknownOutcome_; // uuids found in 'sending' at start, not yet sent again
    Backoff backoff_;
    QRandomGenerator random_;
    QTimer attemptTimer_;
    bool pumpScheduled_ = false;
};

} // namespace kontor
