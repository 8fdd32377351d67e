#include "sync/SyncEngine.h"

#include "store/Store.h"
#include "sync/BatchIdentities.h"
#include "sync/DeliveryRequestBuilder.h"
#include "sync/NetworkPolicy.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <algorithm>

using namespace std::chrono_literals;

namespace kontor {

Q_LOGGING_CATEGORY(lcSync, "kontor.sync")

QString SyncEngine::cursorStream()
{
    return QStringLiteral("sync");
}

SyncEngine::SyncEngine(Store &store, NetworkPolicy &policy, QObject *parent)
    : QObject(parent)
    , store_(store)
    , policy_(policy)
    , backoff_(1s, 5min)
    , random_(QRandomGenerator::global()->generate())
{
    attemptTimer_.setSingleShot(true);
    connect(&attemptTimer_, &QTimer::timeout, this, &SyncEngine::pump);
    connect(&store_, &Store::changed, this, [this](const ChangeSet &changes) {
        if (changes.touches(StoreTable::Outbox))
            schedulePump();
    });
    connect(&policy_, &NetworkPolicy::mayConnectChanged, this, &SyncEngine::applyPolicy);
    // Whatever was on its way when Kontor last stopped may have landed: it is checked before it is resent.
    for (const OutboxEntry &entry : store_.reader().outbox().inFlight())
        transition({entry.uuid,
                    OutboxState::Uncertain,
                    nowUtcMillis(),
                    tr("Kontor stopped while this was on its way."),
                    {}});
}

SyncEngine::~SyncEngine()
{
    for (Slot &slot : slots_) {
        slot.connector->disconnect(this);
        if (slot.running)
            slot.connector->stop();
    }
}

void SyncEngine::addConnector(std::unique_ptr<Connector> connector)
{
    Connector *raw = connector.get();
    const AccountRecord account = raw->account();
    Slot slot;
    slot.connector = std::move(connector);
    slot.accountId = store_.reader().directory().accountId(account.connector, account.remoteId);
    slots_.push_back(std::move(slot));

    connect(raw, &Connector::batchReceived, this,
            [this, raw](const IngestBatch &b, const QString &cursor) { onBatch(raw, b, cursor); });
    connect(raw, &Connector::stateChanged, this,
            [this, raw](const ConnectorState &s) { onStateChanged(raw, s); });
    connect(raw, &Connector::deliveryFinished, this,
            [this, raw](const QString &uuid, const DeliveryResult &r) { onDeliveryFinished(raw, uuid, r); });
    applyPolicy();
}

void SyncEngine::removeConnector(Connector *connector)
{
    const auto it = std::find_if(slots_.begin(), slots_.end(),
                                 [connector](const Slot &slot) { return slot.connector.get() == connector; });
    if (it == slots_.end())
        return;
    std::unique_ptr<Connector> removed = std::move(it->connector);
    const bool running = it->running;
    slots_.erase(it);
    removed->disconnect(this);
    if (running)
        removed->stop();
    abandonDeliveries(removed.get(), tr("The account was removed while this was on its way."));
    Q_EMIT connectorRemoved(removed.get());
    // The connector may be inside one of its own callbacks right now: it goes once control is back.
    removed.release()->deleteLater();
}

void SyncEngine::abandonDeliveries(const Connector *connector, const QString &reason)
{
    for (auto it = inFlight_.begin(); it != inFlight_.end();) {
        if (it->connector == connector) {
            // One still being marked 'sending' never left: its own continuation puts it back as it was.
            if (it->handedOver)
                transition({it.key(), OutboxState::Uncertain, nowUtcMillis(), reason, {}});
            it = inFlight_.erase(it);
        } else {
            ++it;
        }
    }
}

QList<Connector *> SyncEngine::connectors() const
{
    QList<Connector *> result;
    for (const Slot &slot : slots_)
        result.append(slot.connector.get());
    return result;
}

Connector *SyncEngine::connectorForAccount(qint64 accountId) const
{
    const Slot *slot = slotForAccount(accountId);
    return slot ? slot->connector.get() : nullptr;
}

SyncEngine::Slot *SyncEngine::slotFor(const Connector *connector)
{
    for (Slot &slot : slots_) {
        if (slot.connector.get() == connector)
            return &slot;
    }
    return nullptr;
}

SyncEngine::Slot *SyncEngine::slotForAccount(qint64 accountId)
{
    return const_cast<Slot *>(std::as_const(*this).slotForAccount(accountId));
}

const SyncEngine::Slot *SyncEngine::slotForAccount(qint64 accountId) const
{
    for (const Slot &slot : slots_) {
        if (slot.accountId == accountId)
            return &slot;
    }
    return nullptr;
}

ConnectorState SyncEngine::state(const Connector *connector) const
{
    for (const Slot &slot : slots_) {
        if (slot.connector.get() == connector)
            return effectiveState(slot);
    }
    return {};
}

ConnectorState SyncEngine::effectiveState(const Slot &slot) const
{
    if (policy_.workOffline())
        return ConnectorState::workingOffline();
    if (!policy_.systemReachable())
        return ConnectorState::offline(slot.offlineSince);
    return slot.reported;
}

QString SyncEngine::summary() const
{
    if (slots_.empty())
        return QCoreApplication::translate("SyncEngine", "No connection configured");
    QStringList lines;
    for (const Slot &slot : slots_)
        lines.append(effectiveState(slot).describe(slot.connector->account().name));
    return lines.join(QStringLiteral(" · "));
}

void SyncEngine::applyPolicy()
{
    const bool may = policy_.mayConnect();
    for (Slot &slot : slots_) {
        if (may && !slot.running) {
            startSlot(slot);
        } else if (!may && slot.running) {
            slot.running = false;
            slot.offlineSince = nowUtcMillis();
            slot.connector->stop();
            abandonDeliveries(slot.connector.get(), tr("The connection ended while this was on its way."));
        }
        Q_EMIT stateChanged(slot.connector.get(), effectiveState(slot));
    }
    schedulePump();
}

void SyncEngine::startSlot(Slot &slot)
{
    slot.running = true;
    slot.reported = ConnectorState::connecting();
    QString cursor;
    if (slot.accountId)
        cursor = store_.reader().directory().syncCursor(*slot.accountId, cursorStream()).value_or(QString());
    slot.connector->start(cursor);
}

void SyncEngine::onBatch(Connector *connector, const IngestBatch &batch, const QString &cursor)
{
    IngestBatch stampedBatch = stamped(connector, batch, cursor);
    noteEchoes(stampedBatch);
    // The store writes in submission order, so batches and their cursors land in the order they came.
    store_.ingest(std::move(stampedBatch))
        .then(this,
              [this, connector](const IngestResult &result) {
                  Slot *slot = slotFor(connector);
                  if (slot && !slot->accountId) {
                      slot->accountId = result.accountId;
                      schedulePump();
                  }
                  if (!result.skipped.isEmpty())
                      qCInfo(lcSync) << "ingest skipped" << result.skipped.size() << "records";
              })
        .onFailed(this, [this] {
            Q_EMIT ingestFailed(QCoreApplication::translate("SyncEngine",
                                                            "Changes from the backend could not be saved; "
                                                            "they will be fetched again."));
        });
}

IngestBatch SyncEngine::stamped(const Connector *connector, const IngestBatch &batch, const QString &cursor)
{
    // Stamped here, so that a connector cannot write under another account or cursor stream. The lists are
    // shared with the connector's copy, not copied.
    IngestBatch result = batch;
    result.account = connector->account();
    result.cursor.reset();
    if (!cursor.isEmpty())
        result.cursor = SyncCursorRecord{cursorStream(), cursor};
    if (const int dropped = normalizeBatchIdentities(result, normalizer_))
        qCInfo(lcSync) << "dropped" << dropped << "identities the normaliser refused";
    return result;
}

void SyncEngine::noteEchoes(const IngestBatch &batch)
{
    for (const MessageRecord &message : batch.messages) {
        if (message.echoUuid.isEmpty() || seenEchoes_.contains(message.echoUuid))
            continue;
        seenEchoes_.insert(message.echoUuid, message.remoteId);
        echoOrder_.append(message.echoUuid);
        if (echoOrder_.size() > rememberedEchoes)
            seenEchoes_.remove(echoOrder_.takeFirst());
    }
}

void SyncEngine::onStateChanged(Connector *connector, const ConnectorState &state)
{
    Slot *slot = slotFor(connector);
    if (!slot)
        return;
    if (state.phase == ConnectorState::Phase::Offline &&
        slot->reported.phase != ConnectorState::Phase::Offline)
        slot->offlineSince = state.offlineSince ? state.offlineSince : nowUtcMillis();
    slot->reported = state;
    Q_EMIT stateChanged(connector, effectiveState(*slot));
    if (effectiveState(*slot).canDeliver())
        schedulePump();
}

bool SyncEngine::takesFiles(qint64 accountId) const
{
    const Slot *slot = slotForAccount(accountId);
    return slot && slot->connector->capabilities().attachments;
}

void SyncEngine::schedulePump()
{
    if (pumpScheduled_)
        return;
    pumpScheduled_ = true;
    QMetaObject::invokeMethod(this, &SyncEngine::pump, Qt::QueuedConnection);
}

void SyncEngine::pump()
{
    pumpScheduled_ = false;
    StoreReader &reader = store_.reader();

    for (const OutboxEntry &entry : reader.outbox().deliverable(nowUtcMillis(), 50)) {
        if (inFlight_.contains(entry.uuid) || unsettled_.contains(entry.uuid))
            continue;
        Slot *slot = slotForAccount(entry.accountId);
        if (!slot || !effectiveState(*slot).canDeliver())
            continue;
        send(*slot, entry);
    }
    armTimer();
}

void SyncEngine::send(Slot &slot, const OutboxEntry &entry)
{
    const OutboxState from = entry.state; // queued, or uncertain: an earlier attempt may have landed
    const bool checking = from == OutboxState::Uncertain;
    const ConnectorCapabilities capabilities = slot.connector->capabilities();
    const std::optional<ActionKind> kind = actionKindFromKey(entry.kind);
    if (!kind || !capabilities.actions.contains(*kind)) {
        if (kind && capabilities.keptLocally.contains(*kind))
            transition({entry.uuid, OutboxState::Confirmed, 0, {}, {}});
        else
            transition({entry.uuid,
                        OutboxState::Failed,
                        0,
                        tr("This backend cannot carry out this kind of action."),
                        {}});
        return;
    }
    DeliveryPreparation preparation = prepareDelivery(store_.reader(), entry, checking);
    if (!preparation.request) {
        if (preparation.permanent) {
            transition({entry.uuid, OutboxState::Failed, 0, preparation.problem, {}});
            return;
        }
        // Nothing left now; the entry waits in the state it had. The short trip through 'sending' counts the
        // attempt, so that the wait grows.
        transition({entry.uuid, OutboxState::Sending, 0, {}, {}});
        transition({entry.uuid,
                    from,
                    nowUtcMillis() + backoff_.delayFor(entry.attempts, random_).count(),
                    preparation.problem,
                    {}});
        return;
    }
    if (const auto *message = std::get_if<SendMessage>(&preparation.request->action);
        message && !message->attachments.isEmpty() && !takesFiles(entry.accountId)) {
        transition({entry.uuid,
                    OutboxState::Failed,
                    0,
                    tr("This backend cannot receive files. Discard the message and send it "
                       "without them."),
                    {}});
        return;
    }

    // The backend echoed this message's key already (a realtime event, a gap fill): it landed, and nobody
    // needs to ask.
    if (const auto seen = seenEchoes_.constFind(entry.uuid);
        checking && *kind == ActionKind::SendMessage && seen != seenEchoes_.constEnd()) {
        transition({entry.uuid, OutboxState::Confirmed, 0, {}, *seen});
        return;
    }

    Connector *connector = slot.connector.get();
    const quint64 serial = ++nextSerial_;
    inFlight_.insert(entry.uuid, {connector, entry.attempts + 1, checking, serial});
    const DeliveryRequest request = *preparation.request;
    // The request leaves only once 'sending' is on disk: after a power cut the entry is then found in flight
    // and checked, never taken for one that was not sent.
    transition({entry.uuid, OutboxState::Sending, 0, {}, {}})
        .then(this, [this, connector, request, from, serial](bool moved) {
            const QString uuid = request.entry.uuid;
            const auto flight = inFlight_.constFind(uuid);
            const bool ours = flight != inFlight_.cend() && flight->serial == serial;
            Slot *current = slotFor(connector);
            if (!moved) {
                if (ours)
                    inFlight_.erase(flight);
                return;
            }
            if (!ours || !current || !effectiveState(*current).canDeliver()) {
                // Given up or gone offline while the entry was being marked: nothing was sent, so it waits
                // again as it was. Left in 'sending', it would be taken for cut off.
                if (ours)
                    inFlight_.erase(flight);
                transition({uuid, from, nowUtcMillis(), {}, {}});
                return;
            }
            inFlight_[uuid].handedOver = true;
            connector->deliver(request);
        });
}

void SyncEngine::onDeliveryFinished(Connector *connector, const QString &uuid, const DeliveryResult &result)
{
    const auto it = inFlight_.constFind(uuid);
    if (it == inFlight_.cend() || it->connector != connector)
        return; // an answer to a delivery given up on (went offline): it is checked again on the next attempt
    const InFlight flight = *it;
    inFlight_.erase(it);

    const UtcMillis now = nowUtcMillis();
    const auto later = [&] {
        return now + std::max<qint64>(backoff_.delayFor(std::max(flight.attempts - 1, 0), random_).count(),
                                      result.retryAfterMillis);
    };
    switch (result.outcome) {
    case DeliveryResult::Outcome::Confirmed: {
        const OutboxTransition confirmation{uuid, OutboxState::Confirmed, 0,
                                            {},   result.messageRemoteId, result.conversationRemoteId};
        if (!result.echo) {
            transition(confirmation);
            break;
        }
        // The confirmation and the echo commit together (an echo does not move the cursor). Should that
        // fail, neither was kept: the entry landed, and a check by its key finds it.
        IngestBatch echo = stamped(connector, *result.echo, {});
        noteEchoes(echo);
        transition(confirmation, std::move(echo)).then(this, [this, uuid](bool moved) {
            if (moved)
                return;
            if (const auto entry = store_.reader().outbox().entry(uuid);
                entry && entry->state == OutboxState::Sending) {
                Q_EMIT ingestFailed(
                    QCoreApplication::translate("SyncEngine", "Changes from the backend could not be saved; "
                                                              "they will be fetched again."));
                transition({uuid, OutboxState::Uncertain, nowUtcMillis(), {}, {}});
            }
        });
        break;
    }
    case DeliveryResult::Outcome::RetryableError:
        // A check that did not get through learned nothing: an entry that may have landed stays so.
        transition({uuid,
                    flight.checking ? OutboxState::Uncertain : OutboxState::Queued,
                    later(),
                    result.error,
                    {}});
        break;
    case DeliveryResult::Outcome::MayHaveLanded:
        transition({uuid, OutboxState::Uncertain, later(), result.error, {}});
        break;
    case DeliveryResult::Outcome::PermanentError:
        transition({uuid, OutboxState::Failed, 0, result.error, {}});
        break;
    case DeliveryResult::Outcome::OutcomeUnknown:
        transition({uuid, OutboxState::Unknown, now, result.error, {}});
        break;
    case DeliveryResult::Outcome::AuthenticationNeeded:
        transition(
            {uuid, flight.checking ? OutboxState::Uncertain : OutboxState::Queued, now, result.error, {}});
        if (Slot *slot = slotFor(connector)) {
            slot->reported = ConnectorState::authenticationNeeded();
            Q_EMIT stateChanged(connector, effectiveState(*slot));
        }
        break;
    }
    schedulePump();
}

QFuture<bool> SyncEngine::transition(OutboxTransition transition, std::optional<IngestBatch> echo)
{
    const QString uuid = transition.uuid;
    ++unsettled_[uuid];
    QFuture<bool> written = echo ? store_.confirmOutbox(std::move(transition), std::move(*echo))
                                 : store_.transitionOutbox(std::move(transition));
    return written
        .then(this,
              [this, uuid](bool moved) {
                  settle(uuid);
                  return moved;
              })
        .onFailed(this, [this, uuid] {
            settle(uuid);
            return false;
        });
}

void SyncEngine::settle(const QString &uuid)
{
    const auto it = unsettled_.find(uuid);
    if (it == unsettled_.end())
        return;
    if (--*it > 0)
        return;
    unsettled_.erase(it);
    schedulePump();
}

void SyncEngine::checkAgain(const QString &uuid)
{
    transition({uuid, OutboxState::Uncertain, nowUtcMillis(), {}, {}});
}

void SyncEngine::sendAgain(const QString &uuid)
{
    transition({uuid, OutboxState::Queued, nowUtcMillis(), {}, {}});
}

void SyncEngine::armTimer()
{
    const std::optional<UtcMillis> next = store_.reader().outbox().nextAttemptAt();
    if (!next) {
        attemptTimer_.stop();
        return;
    }
    const qint64 wait = std::clamp<qint64>(*next - nowUtcMillis(), 0, 24 * 3600 * 1000);
    attemptTimer_.start(std::chrono::milliseconds(wait));
}

} // namespace kontor
