#pragma once

#include "identity/IdentityNormalizer.h"
#include "net/Backoff.h"
#include "sync/Connector.h"

#include <QFuture>
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
struct OutboxTransition;

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
    // How many echo keys (outbox uuids seen in ingested messages) are remembered for checking entries that
    // may have landed.
    static constexpr int rememberedEchoes = 2000;

    SyncEngine(Store &store, NetworkPolicy &policy, QObject *parent = nullptr);
    ~SyncEngine() override;

    // Takes ownership; the connector starts as soon as the network policy allows. Connectors may be added
    // and removed while the engine runs.
    void addConnector(std::unique_ptr<Connector> connector);
    // Stops the connector and deletes it once control is back. What it was delivering may have landed and
    // is checked by its key when the account's connector is added again; its queued entries wait for that.
    void removeConnector(Connector *connector);
    QList<Connector *> connectors() const;
    // The connector that serves a store account; null when none does (yet).
    Connector *connectorForAccount(qint64 accountId) const;
    ConnectorState state(const Connector *connector) const;
    // Whether files sent to a conversation of this store account go out with the message: only when a
    // connector claims the account and its backend takes files. The one answer, for the composer as for
    // delivery.
    bool takesFiles(qint64 accountId) const;
    // One translated line for the status bar: every connector's state.
    QString summary() const;
    // How many entries are being delivered right now.
    int inFlightCount() const { return int(inFlight_.size()); }

    // The agent's "send again", now: a failed entry, or one whose outcome is unknown (knowing that the
    // customer may then receive it twice). The one route for a retry the agent asks for.
    void sendAgain(const QString &uuid);
    // The agent's other answer to an entry whose outcome is unknown: ask the backend once more.
    void checkAgain(const QString &uuid);

    void setBackoff(const net::Backoff &backoff) { backoff_ = backoff; }
    // Fixes the jitter, for tests that want repeatable schedules.
    void seedRandom(quint32 seed) { random_.seed(seed); }
    // Every batch's identities are brought into canonical form with this (the agent's phone region).
    void setIdentityNormalizer(const IdentityNormalizer &normalizer) { normalizer_ = normalizer; }

Q_SIGNALS:
    void stateChanged(kontor::Connector *connector, const kontor::ConnectorState &state);
    // The connector is out of the engine and about to be deleted.
    void connectorRemoved(kontor::Connector *connector);
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
        bool checking = false;   // an earlier attempt may have landed: the connector checks first
        quint64 serial = 0;      // which attempt: a late continuation of an earlier one must not deliver
        bool handedOver = false; // given to the connector; before that, nothing can have left
    };

    Slot *slotFor(const Connector *connector);
    Slot *slotForAccount(qint64 accountId);
    const Slot *slotForAccount(qint64 accountId) const;
    ConnectorState effectiveState(const Slot &slot) const;
    void applyPolicy();
    void startSlot(Slot &slot);
    void onBatch(Connector *connector, const IngestBatch &batch, const QString &cursor);
    // The batch under the connector's account and the engine's cursor stream (none for an echo), its
    // identities normalised.
    IngestBatch stamped(const Connector *connector, const IngestBatch &batch, const QString &cursor);
    void noteEchoes(const IngestBatch &batch);
    // Every entry the connector was delivering may have landed: checked before it is sent again.
    void abandonDeliveries(const Connector *connector, const QString &reason);
    void onStateChanged(Connector *connector, const ConnectorState &state);
    void onDeliveryFinished(Connector *connector, const QString &uuid, const DeliveryResult &result);
    void schedulePump();
    void pump();
    void send(Slot &slot, const OutboxEntry &entry);
    // Every outbox transition the engine makes goes through here: until it is on disk, the reader still
    // shows the entry's earlier state, and the entry is not picked for delivery on that stale view.
    // A confirmation with an echo commits together with the echo's ingest.
    QFuture<bool> transition(OutboxTransition transition, std::optional<IngestBatch> echo = std::nullopt);
    void settle(const QString &uuid);
    void armTimer();

    Store &store_;
    NetworkPolicy &policy_;
    std::vector<Slot> slots_;
    QHash<QString, InFlight> inFlight_;
    quint64 nextSerial_ = 0;
    // Outbox uuids with transitions written by the engine but not yet committed, and how many.
    QHash<QString, int> unsettled_;
    // Outbox uuids the backends echoed with a message, and the message's remote id: an entry that may have
    // landed is confirmed by these without asking its connector. Bounded, oldest out first.
    QHash<QString, QString> seenEchoes_;
    QList<QString> echoOrder_;
    IdentityNormalizer normalizer_;
    net::Backoff backoff_;
    QRandomGenerator random_;
    QTimer attemptTimer_;
    bool pumpScheduled_ = false;
};

} // namespace kontor
