#include "connectors/email/EmailConnector.h"

#include "connectors/email/account/CertificateTrust.h"
#include "connectors/email/imap/FolderSync.h"
#include "connectors/email/imap/ImapIdle.h"
#include "connectors/email/mapping/EmailParser.h"
#include "connectors/email/smtp/EmailDelivery.h"
#include "core/Overloaded.h"

#include <KIMAP/Session>

#include <QLoggingCategory>
#include <QSslCertificate>

Q_LOGGING_CATEGORY(lcEmail, "kontor.email")

namespace kontor::email {

namespace {

constexpr qsizetype kMaxReferences = 20;

EmailMappingContext mappingContext(const EmailAccountSettings &settings)
{
    return {settings.address.trimmed().toLower(), settings.address, 0};
}

// The first message and the latest ones: what mail programs keep when References grow long.
QStringList boundedReferences(const QStringList &ids)
{
    if (ids.size() <= kMaxReferences)
        return ids;
    return QStringList{ids.constFirst()} + ids.mid(ids.size() - (kMaxReferences - 1));
}

} // namespace

EmailConnector::EmailConnector(EmailAccountSettings settings, QString password, EmailConnectorOptions options,
                               QObject *parent)
    : Connector(parent)
    , settings_(std::move(settings))
    , password_(std::move(password))
    , options_(options)
    , conversations_(mappingContext(settings_))
    , reconnect_(options.reconnectBase, options.reconnectCap)
{
    if (settings_.watchedFolders.isEmpty())
        settings_.watchedFolders = {QStringLiteral("INBOX")};
    reconnectTimer_.setSingleShot(true);
    connect(&reconnectTimer_, &QTimer::timeout, this, [this] {
        if (running_)
            connectSync();
    });
    pollTimer_.setInterval(options_.pollInterval);
    connect(&pollTimer_, &QTimer::timeout, this, &EmailConnector::syncNow);
}

EmailConnector::~EmailConnector()
{
    stop();
}

AccountRecord EmailConnector::account() const
{
    return {QStringLiteral("email"), settings_.address,
            settings_.displayName.isEmpty() ? settings_.address : settings_.displayName};
}

ConnectorCapabilities EmailConnector::capabilities() const
{
    ConnectorCapabilities capabilities;
    capabilities.actions = {ActionKind::SendMessage, ActionKind::StartConversation};
    // Email has no assignee, status, priority, labels or read state a colleague's mail program would see,
    // and no contact records: these stay in Kontor.
    capabilities.keptLocally = {ActionKind::AssignConversation,      ActionKind::SetConversationStatus,
                                ActionKind::SetConversationPriority, ActionKind::AddConversationLabel,
                                ActionKind::RemoveConversationLabel, ActionKind::MarkConversationRead,
                                ActionKind::MergeContacts,           ActionKind::UpdateContact};
    capabilities.attachments = false;
    return capabilities;
}

void EmailConnector::start(const QString &cursor)
{
    running_ = true;
    cursor_ = FolderCursor::parse(cursor);
    firstSync_ = cursor_.isEmpty();
    if (!settings_.trustedCertificatePem.isEmpty()) {
        const auto certificates = QSslCertificate::fromData(settings_.trustedCertificatePem, QSsl::Pem);
        for (const QSslCertificate &certificate : certificates)
            trustCertificate(certificate);
    }
    connectSync();
}

void EmailConnector::stop()
{
    running_ = false;
    reconnectTimer_.stop();
    pollTimer_.stop();
    idling_ = false;
    syncing_ = false;
    syncAgain_ = false;
    if (folderSync_)
        folderSync_->deleteLater();
    idle_.reset();
    syncConnection_.reset();
    // Entries that have not left yet surely did not land.
    while (!deliveries_.isEmpty()) {
        const DeliveryRequest request = deliveries_.dequeue();
        Q_EMIT deliveryFinished(request.entry.uuid,
                                DeliveryResult::retryable(tr("The mail account was disconnected.")));
    }
}

void EmailConnector::setState(const ConnectorState &state)
{
    if (state == state_)
        return;
    state_ = state;
    Q_EMIT stateChanged(state_);
}

void EmailConnector::connectSync()
{
    if (!firstSync_)
        setState(ConnectorState::connecting());
    syncConnection_ = std::make_unique<ImapConnection>(settings_, password_);
    connect(syncConnection_.get(), &ImapConnection::ready, this, [this] {
        reconnect_.connected();
        if (firstSync_)
            setState(ConnectorState::firstSync(0, 0));
        runSync();
    });
    connect(syncConnection_.get(), &ImapConnection::failed, this, &EmailConnector::connectionFailed);
    connect(syncConnection_.get(), &ImapConnection::lost, this, &EmailConnector::connectionLost);
    syncConnection_->open();
}

void EmailConnector::syncNow()
{
    if (!running_)
        return;
    if (syncing_) {
        syncAgain_ = true;
        return;
    }
    if (syncConnection_ && syncConnection_->isReady())
        runSync();
}

void EmailConnector::runSync()
{
    if (syncing_) {
        syncAgain_ = true;
        return;
    }
    syncing_ = true;
    syncFolder(0);
}

void EmailConnector::syncFolder(int index)
{
    if (index >= settings_.watchedFolders.size()) {
        syncFinished();
        return;
    }
    const QString folder = settings_.watchedFolders.at(index);
    auto *sync =
        new FolderSync(syncConnection_->session(), folder, cursor_.position(folder), !threadsKnown_, this);
    folderSync_ = sync;
    connect(sync, &FolderSync::selected, this, [this](int messageCount, bool startedOver) {
        if (startedOver)
            qCInfo(lcEmail) << "a folder's UIDVALIDITY changed: fetching it again";
        if (firstSync_) {
            expectedItems_ += messageCount;
            setState(ConnectorState::firstSync(syncedItems_, expectedItems_));
        }
    });
    connect(sync, &FolderSync::knownMessages, this, [this](const QList<FetchedMessage> &messages) {
        for (const FetchedMessage &message : messages) {
            const EmailParseResult parsed = parseEmail(message.raw);
            if (parsed.email)
                conversations_.remember(*parsed.email, nowUtcMillis());
        }
    });
    connect(sync, &FolderSync::newMessages, this,
            [this, folder](const QList<FetchedMessage> &messages, const FolderPosition &reached) {
                takeMessages(folder, messages, reached);
            });
    connect(sync, &FolderSync::finished, this, [this, sync, folder, index](const FolderPosition &reached) {
        sync->deleteLater();
        if (!(cursor_.position(folder) == reached)) {
            cursor_.setPosition(folder, reached);
            Q_EMIT batchReceived(IngestBatch{}, cursor_.toString());
        }
        syncFolder(index + 1);
    });
    connect(sync, &FolderSync::failed, this, [this, sync](const QString &reason) {
        sync->deleteLater();
        syncing_ = false;
        qCWarning(lcEmail) << "folder sync failed:" << reason;
        if (syncConnection_ && syncConnection_->isReady()) {
            setState(ConnectorState::error(tr("The mail server refused to sync a folder: %1").arg(reason)));
            scheduleReconnect();
        }
    });
    sync->start();
}

void EmailConnector::takeMessages(const QString &folder, const QList<FetchedMessage> &messages,
                                  const FolderPosition &reached)
{
    IngestBatch batch;
    batch.inboxes.append({settings_.address, account().name, Channel::Email});
    int refused = 0;
    for (const FetchedMessage &message : messages) {
        const EmailParseResult parsed = parseEmail(message.raw);
        if (!parsed.email || !conversations_.add(*parsed.email, nowUtcMillis(), batch))
            ++refused;
    }
    if (refused > 0)
        qCInfo(lcEmail) << refused << "messages could not be read and were skipped";
    cursor_.setPosition(folder, reached);
    Q_EMIT batchReceived(batch, cursor_.toString());
    if (firstSync_) {
        syncedItems_ += messages.size();
        setState(ConnectorState::firstSync(syncedItems_, qMax(expectedItems_, syncedItems_)));
    }
}

void EmailConnector::syncFinished()
{
    syncing_ = false;
    threadsKnown_ = true;
    firstSync_ = false;
    ++finishedSyncs_;
    setState(ConnectorState::online());
    pollTimer_.start();
    if (!idle_) {
        idle_ = std::make_unique<ImapIdle>(settings_, password_, settings_.watchedFolders.constFirst());
        connect(idle_.get(), &ImapIdle::idling, this, [this] { idling_ = true; });
        connect(idle_.get(), &ImapIdle::newMail, this, &EmailConnector::syncNow);
        connect(idle_.get(), &ImapIdle::lost, this, &EmailConnector::connectionLost);
        connect(idle_.get(), &ImapIdle::failed, this, [this] { connectionLost(); });
        idle_->start();
    }
    deliverNext();
    if (syncAgain_) {
        syncAgain_ = false;
        runSync();
    }
}

void EmailConnector::connectionLost()
{
    if (!running_ || reconnectTimer_.isActive())
        return;
    qCInfo(lcEmail) << "connection to the mail server lost";
    idling_ = false;
    syncing_ = false;
    syncAgain_ = false;
    pollTimer_.stop();
    if (folderSync_)
        folderSync_->deleteLater();
    // Deleting them from inside their own signal is not safe: they go once control is back in the loop.
    if (idle_)
        idle_.release()->deleteLater();
    if (syncConnection_)
        syncConnection_.release()->deleteLater();
    setState(ConnectorState::offline(nowUtcMillis()));
    scheduleReconnect();
}

void EmailConnector::connectionFailed(ConnectionProblem problem, const QString &detail)
{
    qCInfo(lcEmail) << "could not connect to the mail server";
    if (syncConnection_)
        syncConnection_.release()->deleteLater();
    if (problem == ConnectionProblem::Credentials) {
        setState(ConnectorState::authenticationNeeded());
        return;
    }
    if (problem == ConnectionProblem::Tls)
        setState(ConnectorState::error(tr("The mail server's certificate is not trusted: %1").arg(detail)));
    else
        setState(ConnectorState::offline(nowUtcMillis()));
    scheduleReconnect();
}

void EmailConnector::scheduleReconnect()
{
    if (running_)
        reconnectTimer_.start(reconnect_.nextDelay());
}

// --- delivery
// -----------------------------------------------------------------------------------------------

void EmailConnector::deliver(const DeliveryRequest &request)
{
    if (const auto *send = std::get_if<SendMessage>(&request.action); send && send->isNote) {
        // Notes are the team's own: a shared mailbox has no place for them that colleagues would see.
        QMetaObject::invokeMethod(
            this,
            [this, uuid = request.entry.uuid] { Q_EMIT deliveryFinished(uuid, DeliveryResult::confirmed()); },
            Qt::QueuedConnection);
        return;
    }
    deliveries_.enqueue(request);
    deliverNext();
}

std::optional<OutgoingEmail> EmailConnector::outgoingFor(const DeliveryRequest &request,
                                                         QString *refusal) const
{
    OutgoingEmail email;
    email.messageId = messageIdForEntry(request.entry.uuid, settings_.domain());
    email.fromAddress = settings_.address;
    email.fromName = settings_.displayName;
    // The entry's own time: the same bytes on every attempt.
    email.date = request.entry.createdAt > 0 ? request.entry.createdAt : nowUtcMillis();
    return std::visit(Overloaded{
                          [&](const SendMessage &send) -> std::optional<OutgoingEmail> {
                              const auto thread = conversations_.thread(request.conversationRemoteId);
                              if (!thread) {
                                  *refusal = tr("This conversation is not in the mailbox.");
                                  return std::nullopt;
                              }
                              email.toAddress = thread->customerAddress;
                              email.toName = thread->customerName;
                              email.subject = replySubject(thread->subject);
                              email.references = boundedReferences(thread->messageIds);
                              email.inReplyTo = thread->messageIds.value(thread->messageIds.size() - 1);
                              email.plainText = send.body;
                              return email;
                          },
                          [&](const StartConversation &startConversation) -> std::optional<OutgoingEmail> {
                              if (!request.contactRemoteId.contains(QLatin1Char('@'))) {
                                  *refusal = tr("The customer has no email address on this account.");
                                  return std::nullopt;
                              }
                              email.toAddress = request.contactRemoteId;
                              email.subject = startConversation.subject;
                              email.plainText = startConversation.body;
                              return email;
                          },
                          [&](const auto &) -> std::optional<OutgoingEmail> {
                              *refusal = tr("Email cannot carry out this action.");
                              return std::nullopt;
                          },
                      },
                      request.action);
}

void EmailConnector::deliverNext()
{
    if (delivering_ || deliveries_.isEmpty() || !threadsKnown_)
        return;
    if (!deliveryConnection_) {
        deliveryConnection_ = std::make_unique<ImapConnection>(settings_, password_);
        connect(deliveryConnection_.get(), &ImapConnection::ready, this, &EmailConnector::deliverNext);
        connect(deliveryConnection_.get(), &ImapConnection::lost, this, [this] {
            if (deliveryConnection_)
                deliveryConnection_.release()->deleteLater();
        });
        connect(deliveryConnection_.get(), &ImapConnection::failed, this,
                [this](ConnectionProblem problem, const QString &detail) {
                    if (deliveryConnection_)
                        deliveryConnection_.release()->deleteLater();
                    if (deliveries_.isEmpty())
                        return;
                    const DeliveryRequest request = deliveries_.dequeue();
                    Q_EMIT deliveryFinished(request.entry.uuid,
                                            problem == ConnectionProblem::Credentials
                                                ? DeliveryResult::authenticationNeeded(detail)
                                                : DeliveryResult::retryable(detail));
                    deliverNext();
                });
        deliveryConnection_->open();
        return;
    }
    if (!deliveryConnection_->isReady())
        return;

    const DeliveryRequest request = deliveries_.dequeue();
    QString refusal;
    const auto email = outgoingFor(request, &refusal);
    if (!email) {
        Q_EMIT deliveryFinished(request.entry.uuid, DeliveryResult::permanent(refusal));
        deliverNext();
        return;
    }
    auto *delivery = new EmailDelivery(deliveryConnection_->session(), settings_, password_, *email,
                                       request.outcomeUnknown, this);
    delivering_ = delivery;
    connect(delivery, &EmailDelivery::finished, this,
            [this, delivery, request](const DeliveryResult &result) {
                delivery->deleteLater();
                delivering_ = nullptr;
                deliveryDone(request, result,
                             delivery->mime().isEmpty() ? delivery->email().toMime() : delivery->mime());
                deliverNext();
            });
    delivery->start();
}

void EmailConnector::deliveryDone(const DeliveryRequest &request, const DeliveryResult &result,
                                  const QByteArray &mime)
{
    DeliveryResult answer = result;
    if (result.outcome == DeliveryResult::Outcome::Confirmed) {
        // Threaded like any message of the mailbox, so that the customer's answer finds its conversation.
        const EmailParseResult parsed = parseEmail(mime);
        if (parsed.email)
            conversations_.remember(*parsed.email, nowUtcMillis());
        if (std::holds_alternative<StartConversation>(request.action)) {
            const QString conversation = conversations_.conversationOf(result.messageRemoteId);
            answer = DeliveryResult::conversationStarted(
                conversation.isEmpty() ? result.messageRemoteId : conversation, result.messageRemoteId);
        }
    }
    Q_EMIT deliveryFinished(request.entry.uuid, answer);
}

} // namespace kontor::email
