#include "connectors/chatwoot/ChatwootConnector.h"

#include "connectors/chatwoot/api/ConversationJobs.h"
#include "connectors/chatwoot/outbox/ContactActions.h"
#include "connectors/chatwoot/outbox/OutboxDelivery.h"
#include "connectors/chatwoot/realtime/ActionCableClient.h"
#include "connectors/chatwoot/realtime/RealtimeEvents.h"
#include "connectors/chatwoot/sync/BatchBuilder.h"
#include "connectors/chatwoot/sync/SyncRun.h"
#include "core/Overloaded.h"
#include "net/ServerAddressPolicy.h"
#include "secrets/SecretStore.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QPointer>
#include <QPromise>
#include <QUuid>

namespace kontor::chatwoot {

Q_LOGGING_CATEGORY(lcChatwoot, "kontor.chatwoot")

ChatwootConnector::ChatwootConnector(ChatwootAccount account, SecretStore *secrets, SyncOptions options,
                                     IdentitySettings identity, QObject *parent)
    : Connector(parent)
    , account_(std::move(account))
    , secrets_(secrets)
    , options_(options)
    , normalizer_(identity)
    , client_(network_, this)
    , cable_(std::make_unique<ActionCableClient>())
    , reconnect_(options.reconnectBase, options.reconnectCap)
{
    client_.setEndpoint({account_.server, account_.accountId, {}});
    client_.setRequestTimeout(options_.requestTimeout);
    // TLS verification stays on: QNetworkAccessManager verifies by default, and nothing here relaxes it.
    network_.setStrictTransportSecurityEnabled(true);
    delivery_ = std::make_unique<OutboxDelivery>(client_, snapshot_, normalizer_, this->account());
    contactActions_ = std::make_unique<ContactActions>(client_, snapshot_, normalizer_, this->account());
    cable_->setPresenceInterval(options_.presenceInterval);
    cable_->setStaleAfter(options_.staleConnectionAfter);
    connect(cable_.get(), &ActionCableClient::subscribed, this, [this] {
        if (phase_ == Phase::Subscribing)
            runGapFill();
    });
    connect(cable_.get(), &ActionCableClient::lost, this, [this](const QString &reason) {
        if (phase_ == Phase::Stopped || phase_ == Phase::AuthenticationNeeded)
            return;
        goOffline(reason);
        scheduleReconnect();
    });
    // A refused subscription means the pubsub token is stale or the user lost access: /profile tells which.
    connect(cable_.get(), &ActionCableClient::rejected, this, [this] { begin(); });
    connect(cable_.get(), &ActionCableClient::eventReceived, this, &ChatwootConnector::onEvent);

    reconnectTimer_.setSingleShot(true);
    reconnectTimer_.callOnTimeout(this, &ChatwootConnector::begin);
    checkpointTimer_.callOnTimeout(this, &ChatwootConnector::checkpoint);
}

ChatwootConnector::~ChatwootConnector()
{
    stop();
}

AccountRecord ChatwootConnector::account() const
{
    QString name = account_.accountName;
    if (name.isEmpty())
        name = account_.server.host();
    return {QStringLiteral("chatwoot"), account_.remoteId(), name};
}

ConnectorCapabilities ChatwootConnector::capabilities() const
{
    return ConnectorCapabilities::deliveringAll();
}

void ChatwootConnector::setAccessToken(const QString &token)
{
    Endpoint endpoint = client_.endpoint();
    endpoint.accessToken = token;
    client_.setEndpoint(endpoint);
    if (phase_ == Phase::AuthenticationNeeded) {
        reconnect_.connected();
        begin();
    }
}

void ChatwootConnector::reloadAccessToken()
{
    if (!secrets_)
        return;
    // The keychain may answer after the account was removed and this connector deleted.
    const QPointer<ChatwootConnector> self(this);
    secrets_->read(account_.secretKey(), [self](std::optional<QString> secret, const QString &error) {
        if (!self || !error.isEmpty() || !secret || secret->isEmpty())
            return;
        self->setAccessToken(*secret);
    });
}

void ChatwootConnector::start(const QString &cursor)
{
    cursor_ = SyncCursor::decode(cursor);
    liveMaxMessageId_ = cursor_.maxMessageId;
    reconnect_.connected();
    offlineSince_ = 0;
    // An account kept from before http was refused: its token is not sent in clear text across a network.
    if (net::serverTransportOf(account_.server) == net::ServerTransport::Cleartext) {
        phase_ = Phase::AuthenticationNeeded;
        emitState(ConnectorState::error(QCoreApplication::translate(
            "ChatwootConnector", "the server's address is not https://; add the account again with it")));
        return;
    }
    phase_ = Phase::Authenticating;
    emitState(ConnectorState::connecting());
    if (!client_.endpoint().accessToken.isEmpty() || !secrets_)
        return begin();
    const QPointer<ChatwootConnector> self(this);
    secrets_->read(account_.secretKey(), [this, self](std::optional<QString> secret, const QString &error) {
        if (!self || phase_ != Phase::Authenticating)
            return;
        if (!error.isEmpty()) {
            // The keychain's own words can be long; the status line gets the gist, the log the details.
            qCWarning(lcChatwoot) << "the access token could not be read:" << error;
            phase_ = Phase::AuthenticationNeeded;
            emitState(ConnectorState::error(
                QCoreApplication::translate("ChatwootConnector", "the system keychain did not answer")));
            return;
        }
        if (!secret || secret->isEmpty())
            return needAuthentication();
        Endpoint endpoint = client_.endpoint();
        endpoint.accessToken = *secret;
        client_.setEndpoint(endpoint);
        begin();
    });
}

void ChatwootConnector::stop()
{
    phase_ = Phase::Stopped;
    reconnectTimer_.stop();
    checkpointTimer_.stop();
    cable_->close();
    run_.reset();
    client_.abortAll();
}

void ChatwootConnector::begin()
{
    if (phase_ == Phase::Stopped)
        return;
    phase_ = Phase::Authenticating;
    run_.reset();
    cable_->close();
    checkProfile();
}

void ChatwootConnector::checkProfile()
{
    auto *job = new ProfileJob();
    job->setTimeout(options_.requestTimeout);
    client_.send<ProfileJob>(job, this, [this](ProfileJob &done) {
        if (phase_ != Phase::Authenticating)
            return;
        if (!done.succeeded())
            return handleFailure(done.error());
        profile_ = done.profile();
        snapshot_.selfUserId = profile_.userId;
        if (!profile_.membership(account_.accountId)) {
            return handleFailure(
                {JobStatus::Forbidden, 0,
                 QCoreApplication::translate("ChatwootConnector",
                                             "This Chatwoot user no longer belongs to the account %1.")
                     .arg(account_.accountName.isEmpty() ? QString::number(account_.accountId)
                                                         : account_.accountName),
                 0});
        }
        if (!cursor_.firstSyncDone)
            runFirstSync();
        else
            subscribe();
    });
}

void ChatwootConnector::runFirstSync()
{
    phase_ = Phase::FirstSync;
    emitState(ConnectorState::firstSync(0, 0));
    const SyncCursor unfinished = cursor_; // firstSyncDone is false: a restart begins again
    run_ = std::make_unique<SyncRun>(SyncRun::Kind::FirstSync, client_, snapshot_, normalizer_, account(),
                                     cursor_, options_);
    connect(run_.get(), &SyncRun::batchReady, this,
            [this, unfinished](const IngestBatch &batch) { emitBatch(batch, unfinished); });
    connect(run_.get(), &SyncRun::progress, this, [this](qint64 synced, qint64 expected) {
        emitState(ConnectorState::firstSync(synced, expected));
    });
    connect(run_.get(), &SyncRun::finished, this, [this](bool ok, const JobError &error) {
        if (!ok)
            return handleFailure(error);
        cursor_ = run_->reached();
        liveMaxMessageId_ = qMax(liveMaxMessageId_, cursor_.maxMessageId);
        run_.release()->deleteLater();
        emitBatch({}, cursor_);
        subscribe();
    });
    run_->start();
}

void ChatwootConnector::subscribe()
{
    phase_ = Phase::Subscribing;
    cable_->open(client_.endpoint().cableUrl(), {profile_.pubsubToken, account_.accountId, profile_.userId});
}

void ChatwootConnector::runGapFill()
{
    phase_ = Phase::FillingGap;
    const SyncCursor before = cursor_;
    run_ = std::make_unique<SyncRun>(SyncRun::Kind::GapFill, client_, snapshot_, normalizer_, account(),
                                     cursor_, options_);
    connect(run_.get(), &SyncRun::batchReady, this,
            [this, before](const IngestBatch &batch) { emitBatch(batch, before); });
    connect(run_.get(), &SyncRun::finished, this, [this](bool ok, const JobError &error) {
        if (!ok)
            return handleFailure(error);
        cursor_ = run_->reached();
        cursor_.maxMessageId = qMax(cursor_.maxMessageId, liveMaxMessageId_);
        liveMaxMessageId_ = cursor_.maxMessageId;
        run_.release()->deleteLater();
        emitBatch({}, cursor_);
        if (gapFillAgain_) {
            gapFillAgain_ = false;
            return runGapFill();
        }
        setOnline();
    });
    run_->start();
}

void ChatwootConnector::setOnline()
{
    phase_ = Phase::Online;
    reconnect_.connected();
    offlineSince_ = 0;
    emitState(ConnectorState::online());
    checkpointTimer_.start(options_.checkpointInterval);
}

void ChatwootConnector::handleFailure(const JobError &error)
{
    if (phase_ == Phase::Stopped)
        return;
    run_.reset();
    switch (error.retryClass()) {
    case RetryClass::Authentication:
        return needAuthentication();
    case RetryClass::Permanent:
        cable_->close();
        checkpointTimer_.stop();
        emitState(ConnectorState::error(error.message));
        return scheduleReconnect();
    case RetryClass::Retryable:
    case RetryClass::None:
        goOffline(error.message);
        return scheduleReconnect();
    }
}

void ChatwootConnector::goOffline(const QString &reason)
{
    qCInfo(lcChatwoot) << "offline:" << reason;
    cable_->close();
    run_.reset();
    checkpointTimer_.stop();
    if (offlineSince_ == 0)
        offlineSince_ = nowUtcMillis();
    emitState(ConnectorState::offline(offlineSince_));
}

void ChatwootConnector::needAuthentication()
{
    phase_ = Phase::AuthenticationNeeded;
    reconnectTimer_.stop();
    checkpointTimer_.stop();
    cable_->close();
    run_.reset();
    emitState(ConnectorState::authenticationNeeded());
}

void ChatwootConnector::scheduleReconnect()
{
    phase_ = Phase::WaitingToReconnect;
    reconnectTimer_.start(reconnect_.nextDelay());
}

void ChatwootConnector::checkpoint()
{
    if (phase_ != Phase::Online || !cable_->isSubscribed())
        return;
    SyncCursor advanced = cursor_;
    advanced.syncedAt = nowUtcMillis();
    advanced.maxMessageId = qMax(advanced.maxMessageId, liveMaxMessageId_);
    cursor_ = advanced;
    emitBatch({}, cursor_);
}

void ChatwootConnector::onEvent(const QString &event, const QJsonObject &data)
{
    if (phase_ != Phase::FillingGap && phase_ != Phase::Online)
        return;
    if (readIdNumber(data.value(QLatin1StringView("account_id"))) != account_.accountId) {
        Q_EMIT foreignEventIgnored(event);
        return;
    }
    BatchBuilder builder(account(), snapshot_, normalizer_);
    const RealtimeOutcome outcome = applyRealtimeEvent(event, data, account_.accountId, snapshot_, builder);
    liveMaxMessageId_ = qMax(liveMaxMessageId_, builder.maxMessageId());
    if (builder.hasRecords())
        emitBatch(builder.take(), cursor_);
    for (const QString &conversation : outcome.conversationsToFetch)
        fetchConversation(conversation);
    if (outcome.directoryChanged) {
        if (phase_ == Phase::Online)
            runGapFill();
        else
            gapFillAgain_ = true;
    }
}

void ChatwootConnector::fetchConversation(const QString &conversationId)
{
    // Several messages of a new conversation arrive in a row: one fetch serves them all.
    if (fetchingConversations_.contains(conversationId))
        return;
    fetchingConversations_.insert(conversationId);
    const Endpoint endpoint = client_.endpoint();
    client_.send<ConversationJob>(
        new ConversationJob(endpoint, conversationId), this,
        [this, endpoint, conversationId](ConversationJob &job) {
            fetchingConversations_.remove(conversationId);
            if (!job.succeeded()) {
                if (job.error().status == JobStatus::NotFound) {
                    // Deleted on the server: erased here too.
                    IngestBatch gone;
                    gone.deletedConversationRemoteIds.append(conversationId);
                    emitBatch(std::move(gone), cursor_);
                    return;
                }
                if (job.error().status != JobStatus::Aborted && phase_ == Phase::Online)
                    runGapFill(); // the next fill picks it up with everything else
                return;
            }
            auto builder = std::make_shared<BatchBuilder>(account(), snapshot_, normalizer_);
            builder->addConversation(job.object());
            client_.send<MessagesJob>(new MessagesJob(endpoint, conversationId), this,
                                      [this, builder, conversationId](MessagesJob &messages) {
                                          if (messages.succeeded())
                                              builder->addMessages(messages.items(), conversationId);
                                          liveMaxMessageId_ =
                                              qMax(liveMaxMessageId_, builder->maxMessageId());
                                          if (builder->hasRecords())
                                              emitBatch(builder->take(), cursor_);
                                      });
        });
}

void ChatwootConnector::deliver(const DeliveryRequest &request)
{
    const QString uuid = request.entry.uuid;
    auto finished = [this, uuid](const DeliveryResult &result) {
        if (result.outcome == DeliveryResult::Outcome::AuthenticationNeeded && phase_ != Phase::Stopped)
            needAuthentication();
        Q_EMIT deliveryFinished(uuid, result);
    };
    // Contact records and new conversations have their own request sequences; every other kind is a
    // change to an existing conversation.
    std::visit(
        Overloaded{
            [&](const MergeContacts &merge) { contactActions_->deliverMerge(request, merge, finished); },
            [&](const UpdateContact &update) { contactActions_->deliverUpdate(update, finished); },
            [&](const StartConversation &start) {
                if (request.inboxRemoteId.isEmpty())
                    return finished(DeliveryResult::permanent(QCoreApplication::translate(
                        "ChatwootConnector", "This Chatwoot account has no inbox for that channel.")));
                contactActions_->deliverStart(request, start.body, finished);
            },
            [&](const auto &) { delivery_->deliver(request, finished); },
        },
        request.action);
}

QFuture<DeliveryResult> ChatwootConnector::mergeContacts(const QString &baseContactRemoteId,
                                                         const QString &mergeeContactRemoteId)
{
    auto promise = std::make_shared<QPromise<DeliveryResult>>();
    promise->start();
    contactActions_->merge(baseContactRemoteId, mergeeContactRemoteId,
                           [this, promise](DeliveryResult result) {
                               if (result.echo)
                                   emitBatch(*result.echo, cursor_);
                               promise->addResult(result);
                               promise->finish();
                           });
    return promise->future();
}

QFuture<DeliveryResult> ChatwootConnector::startConversation(const QString &contactRemoteId,
                                                             const QString &inboxRemoteId,
                                                             const QString &text)
{
    auto promise = std::make_shared<QPromise<DeliveryResult>>();
    promise->start();
    const QString key = OutboxDelivery::deliveryKey(QUuid::createUuid().toString(QUuid::WithoutBraces));
    contactActions_->startConversation(contactRemoteId, inboxRemoteId, text, key,
                                       [this, promise](DeliveryResult result) {
                                           if (result.echo)
                                               emitBatch(*result.echo, cursor_);
                                           promise->addResult(result);
                                           promise->finish();
                                       });
    return promise->future();
}

void ChatwootConnector::fetchOlderHistory(const QString &conversationRemoteId,
                                          const QString &beforeMessageRemoteId)
{
    bool ok = false;
    const qint64 before = beforeMessageRemoteId.toLongLong(&ok);
    client_.send<MessagesJob>(new MessagesJob(client_.endpoint(), conversationRemoteId,
                                              ok ? std::optional<qint64>(before) : std::nullopt),
                              this, [this, conversationRemoteId](MessagesJob &job) {
                                  if (!job.succeeded()) {
                                      Q_EMIT olderHistoryFetched(conversationRemoteId, false, true);
                                      return;
                                  }
                                  const QJsonArray items = job.items();
                                  BatchBuilder builder(account(), snapshot_, normalizer_);
                                  builder.addMessages(items, conversationRemoteId);
                                  if (builder.hasRecords())
                                      emitBatch(builder.take(), cursor_);
                                  Q_EMIT olderHistoryFetched(conversationRemoteId,
                                                             items.size() < MessagesJob::kBeforePageSize,
                                                             false);
                              });
}

void ChatwootConnector::fetchLiveReport(std::function<void(const LiveReport &, const JobError &)> done)
{
    if (!isAdministrator()) {
        QTimer::singleShot(0, this, [done] {
            done({}, {JobStatus::Forbidden, 0, describeFailure(JobStatus::Forbidden, 0), 0});
        });
        return;
    }
    chatwoot::fetchLiveReport(client_, this, std::move(done));
}

QString ChatwootConnector::agentName(const QString &remoteId) const
{
    return snapshot_.agents.value(remoteId).name;
}

void ChatwootConnector::emitBatch(const IngestBatch &batch, const SyncCursor &cursor)
{
    Q_EMIT batchReceived(batch, cursor.encode());
}

void ChatwootConnector::emitState(const ConnectorState &state)
{
    lastState_ = state;
    Q_EMIT stateChanged(state);
}

} // namespace kontor::chatwoot
