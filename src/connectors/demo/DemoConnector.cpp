#include "connectors/demo/DemoConnector.h"

#include "connectors/demo/DemoActionMapping.h"
#include "connectors/demo/DemoRecordMapping.h"
#include "connectors/demo/backend/DemoStateFile.h"

#include <QCoreApplication>
#include <QLoggingCategory>

using namespace std::chrono_literals;

namespace kontor {

Q_LOGGING_CATEGORY(lcDemo, "kontor.demo")

DemoConnector::DemoConnector(DemoConnectorOptions options, QObject *parent)
    : Connector(parent)
    , options_(std::move(options))
    , faults_(options_.faults)
    , backoff_(500ms, 30s)
    , random_(quint32(options_.faults.seed))
{
    if (!options_.stateFile.isEmpty()) {
        DemoLoadResult loaded = DemoStateFile::loadLatestGood(options_.stateFile);
        if (loaded.world) {
            world_ = std::move(loaded.world);
        } else if (loaded.error.code != DemoStateFileError::Code::NotFound) {
            loadProblem_ = loaded.error.message();
            qCWarning(lcDemo) << "demo state file unreadable, starting afresh:" << loaded.error.detail;
        }
    }
    if (!world_) {
        DemoWorldConfig config = options_.world;
        if (config.epoch == 0)
            config.epoch = now();
        world_.emplace(config);
        saveWorld();
    }
    savedOperations_ = world_->operationCount();
    ticker_.setInterval(options_.tickMillis);
    connect(&ticker_, &QTimer::timeout, this, &DemoConnector::tick);
    ticker_.start();
}

DemoConnector::~DemoConnector()
{
    saveWorld();
}

AccountRecord DemoConnector::account() const
{
    return demoAccountRecord();
}

ConnectorCapabilities DemoConnector::capabilities() const
{
    return ConnectorCapabilities::deliveringAll();
}

bool DemoConnector::saveWorld()
{
    if (options_.stateFile.isEmpty() || !world_)
        return true;
    if (world_->operationCount() == savedOperations_)
        return true;
    const DemoStateFileError error = DemoStateFile::save(*world_, options_.stateFile);
    if (error.isError()) {
        qCWarning(lcDemo) << "demo state file not written:" << error.detail;
        return false;
    }
    savedOperations_ = world_->operationCount();
    ticksSinceSave_ = 0;
    return true;
}

void DemoConnector::eraseLocally(const ErasureReport &report)
{
    if (!world_)
        return;
    const AccountRecord self = account();
    const QString key = ErasureReport::accountKey(self.connector, self.remoteId);
    const QStringList contacts = report.contactRemoteIds.value(key);
    const QStringList conversations = report.conversationRemoteIds.value(key);
    if (contacts.isEmpty() && conversations.isEmpty())
        return;
    // Deleted here already when the deletion came from the backend; then only the files follow.
    for (const QString &id : contacts)
        world_->deleteCustomer(id);
    for (const QString &id : conversations)
        world_->deleteConversation(id);
    if (options_.stateFile.isEmpty())
        return;
    // Twice: the first save keeps the old state as the previous one; the second replaces that too.
    for (int save = 0; save < 2; ++save) {
        savedOperations_ = -1;
        if (!saveWorld())
            return;
    }
}

void DemoConnector::rollBackWorld()
{
    if (options_.stateFile.isEmpty())
        return;
    DemoLoadResult loaded = DemoStateFile::loadLatestGood(options_.stateFile);
    if (!loaded.world) {
        qCWarning(lcDemo) << "demo state could not be rolled back:" << loaded.error.detail;
        return;
    }
    world_ = std::move(loaded.world);
    savedOperations_ = world_->operationCount();
}

void DemoConnector::setState(const ConnectorState &state)
{
    if (state == state_)
        return;
    state_ = state;
    Q_EMIT stateChanged(state_);
}

void DemoConnector::start(const QString &cursor)
{
    running_ = true;
    ++generation_;
    cursor_ = cursor.toLongLong();
    firstSync_ = cursor.isEmpty();
    syncStart_ = cursor_;
    failures_ = 0;
    state_ = {};
    Q_EMIT stateChanged(ConnectorState::connecting());
    fetch();
}

void DemoConnector::stop()
{
    running_ = false;
    fetching_ = false;
    ++generation_;
    saveWorld();
}

void DemoConnector::tick()
{
    const UtcMillis t = now();
    world_->advance(t);
    if (++ticksSinceSave_ >= options_.saveEveryTicks)
        saveWorld();
    if (!running_ || fetching_) {
        lastTick_ = t;
        return;
    }
    // The realtime stream breaks now and then; whatever happened meanwhile comes with the gap fill from the
    // cursor, never from trusting that missed events are replayed.
    if (lastTick_ && faults_.nextRealtimeDrop(lastTick_, t)) {
        lastTick_ = t;
        setState(ConnectorState::connecting());
        fetch();
        return;
    }
    lastTick_ = t;
    if (world_->lastSeq() > cursor_)
        fetch();
}

QString DemoConnector::describeFailure(const DemoFaultDecision &decision) const
{
    switch (decision.kind) {
    case DemoFaultKind::Offline:
        return QCoreApplication::translate("DemoConnector", "The demo contact center cannot be reached.");
    case DemoFaultKind::ServerError:
        return QCoreApplication::translate("DemoConnector", "The demo contact center answered with error %1.")
            .arg(decision.httpStatus);
    case DemoFaultKind::Timeout:
        return QCoreApplication::translate("DemoConnector",
                                           "The demo contact center did not answer in time.");
    case DemoFaultKind::DroppedConnection:
        return QCoreApplication::translate("DemoConnector",
                                           "The connection to the demo contact center broke.");
    case DemoFaultKind::None:
    case DemoFaultKind::SlowReply:
        break;
    }
    return {};
}

void DemoConnector::fetch()
{
    if (!running_ || fetching_)
        return;
    fetching_ = true;
    const DemoFaultDecision decision = faults_.decide(now());
    const quint64 generation = generation_;
    QTimer::singleShot(decision.latencyMillis, this, [this, decision, generation] {
        if (generation != generation_)
            return;
        fetching_ = false;
        if (!decision.reachesClient()) {
            retryFetchLater(decision);
            return;
        }
        failures_ = 0;
        world_->advance(now());
        const DemoChangePage page = world_->changesSince(cursor_, options_.pageSize);
        if (!page.changes.isEmpty() || page.nextCursor != cursor_) {
            cursor_ = page.nextCursor;
            Q_EMIT batchReceived(demoChangesToBatch(page.changes), QString::number(page.nextCursor));
        }
        if (page.more) {
            if (firstSync_)
                setState(ConnectorState::firstSync(cursor_ - syncStart_, world_->lastSeq() - syncStart_));
            QTimer::singleShot(0, this, &DemoConnector::fetch);
            return;
        }
        firstSync_ = false;
        setState(ConnectorState::online());
    });
}

void DemoConnector::retryFetchLater(const DemoFaultDecision &decision)
{
    ++failures_;
    ++failedRequests_;
    if (decision.kind == DemoFaultKind::Offline) {
        if (state_.phase != ConnectorState::Phase::Offline)
            setState(ConnectorState::offline(now()));
    } else if (failures_ >= 3) {
        setState(ConnectorState::error(describeFailure(decision)));
    }
    const auto delay = backoff_.delayFor(failures_ - 1, random_);
    const quint64 generation = generation_;
    QTimer::singleShot(delay, this, [this, generation] {
        if (generation == generation_)
            fetch();
    });
}

void DemoConnector::deliver(const DeliveryRequest &request)
{
    const DemoFaultDecision decision = faults_.decide(now());
    const quint64 generation = generation_;
    QTimer::singleShot(decision.latencyMillis, this, [this, request, decision, generation] {
        const QString uuid = request.entry.uuid;
        if (generation != generation_)
            return; // stopped meanwhile: the engine already counts this delivery as cut off
        if (!decision.reachesClient())
            ++failedRequests_;
        if (decision.kind == DemoFaultKind::Offline) {
            Q_EMIT deliveryFinished(uuid, DeliveryResult::retryable(describeFailure(decision)));
            return;
        }
        // After an interruption the entry may have landed already: ask the backend, by the key it keeps with
        // what it created, before sending it again.
        std::optional<DemoActionResult> result;
        if (request.outcomeUnknown)
            result = world_->processedResult(uuid);
        if (!result && decision.processed) {
            const std::optional<DemoAction> action = demoActionFor(request);
            if (!action) {
                Q_EMIT deliveryFinished(uuid,
                                        DeliveryResult::permanent(QCoreApplication::translate(
                                            "DemoConnector", "The demo contact center cannot do this.")));
                return;
            }
            result = world_->apply(*action, now());
            // The backend keeps what it accepted before it answers, like a server committing before replying;
            // what it could not keep it takes back, and says so.
            if (!saveWorld()) {
                rollBackWorld();
                Q_EMIT deliveryFinished(uuid, DeliveryResult::retryable(QCoreApplication::translate(
                                                  "DemoConnector", "The demo contact center could not save "
                                                                   "this; it will be sent again.")));
                return;
            }
        }
        // The request left: whether it was carried out is for the backend to know, not for the client.
        if (!decision.reachesClient() || !result) {
            Q_EMIT deliveryFinished(uuid, DeliveryResult::mayHaveLanded(describeFailure(decision)));
            return;
        }
        if (!result->accepted) {
            Q_EMIT deliveryFinished(uuid, DeliveryResult::permanent(result->reason()));
            return;
        }
        Q_EMIT deliveryFinished(
            uuid, std::holds_alternative<StartConversation>(request.action)
                      ? DeliveryResult::conversationStarted(result->conversationId, result->messageId)
                      : DeliveryResult::confirmed(result->messageId));
        // The change reaches the store with the next push, like a realtime event after a REST call.
        if (running_ && !fetching_)
            QTimer::singleShot(0, this, &DemoConnector::fetch);
    });
}

} // namespace kontor
