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
// a time per conversation and in order, with the entry's uuid as the idempotency key. The engine owns the
// certainty of each delivery, durably in the store (see OutboxState):
//   queued -> sending (committed with full durability before the request leaves) -> confirmed, or failed with
//   the reason, or back to queued with full-jitter backoff when it surely did not land, or uncertain when it
//   may have landed. Entries found in 'sending' when the engine starts were cut off (a crash, a kill, a power
//   cut): they become uncertain. An uncertain entry goes out marked outcomeUnknown, so that its connector
//   asks the backend by the entry's key before sending anything again (for an action whose repetition changes
//   nothing — a status, a label — sending it again is a fair check); when the backend cannot tell, the entry
//   stops as 'unknown' for the agent to decide.
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
    // The agent's answers to an entry whose outcome is unknown: ask the backend once more, or send it again
    // knowing that the customer may then receive it twice.
    void checkAgain(const QString &uuid);
    void sendAgain(const QString &uuid);

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
        bool checking = false; // an earlier attempt may have landed: the connector checks first
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
    void send(Slot &slot, const OutboxEntry &entry);
    void armTimer();

    Store &store_;
    NetworkPolicy &policy_;
    std::vector<Slot> slots_;
    QHash<QString, InFlight> inFlight_;
    Backoff backoff_;
    QRandomGenerator random_;
    QTimer attemptTimer_;
    bool pumpScheduled_ = false;
};

} // namespace kontor
