#include "ExampleConnector.h"

#include "core/Overloaded.h"

#include <QCoreApplication>
#include <QTimer>

namespace kontor::example {

namespace {

QString helpDeskStatus(ConversationStatus status)
{
    switch (status) {
    case ConversationStatus::Open:
        return QStringLiteral("open");
    case ConversationStatus::Pending:
        return QStringLiteral("pending");
    case ConversationStatus::Snoozed:
        return QStringLiteral("snoozed");
    case ConversationStatus::Resolved:
        return QStringLiteral("resolved");
    }
    return QStringLiteral("open");
}

ConversationStatus statusFromHelpDesk(const QString &key)
{
    if (key == QLatin1StringView("pending"))
        return ConversationStatus::Pending;
    if (key == QLatin1StringView("snoozed"))
        return ConversationStatus::Snoozed;
    if (key == QLatin1StringView("resolved"))
        return ConversationStatus::Resolved;
    return ConversationStatus::Open;
}

const QString inboxId = QStringLiteral("support");
const QString selfAgentId = QStringLiteral("agent-1");

} // namespace

ExampleConnector::ExampleConnector(ExampleBackend &backend, QObject *parent)
    : Connector(parent)
    , backend_(&backend)
{}

AccountRecord ExampleConnector::account() const
{
    return {QStringLiteral("example"), QStringLiteral("example-helpdesk"),
            QStringLiteral("Example help desk")};
}

ConnectorCapabilities ExampleConnector::capabilities() const
{
    ConnectorCapabilities capabilities;
    capabilities.actions = {ActionKind::SendMessage, ActionKind::SetConversationStatus,
                            ActionKind::SetConversationPriority, ActionKind::AddConversationLabel,
                            ActionKind::RemoveConversationLabel};
    // The help desk keeps no contact records to merge: a merge of customers stays in Kontor.
    capabilities.keptLocally = {ActionKind::MergeContacts};
    capabilities.attachments = false;
    return capabilities;
}

void ExampleConnector::setState(const ConnectorState &state)
{
    if (state == state_)
        return;
    state_ = state;
    Q_EMIT stateChanged(state);
}

void ExampleConnector::start(const QString &cursor)
{
    running_ = true;
    ++generation_;
    cursor_ = cursor.toLongLong();
    firstSyncTarget_ = cursor.isEmpty() ? -1 : 0;
    state_ = {};
    setState(ConnectorState::connecting());
    // Subscribe first, then fetch: an event that comes while the gap is filled is either in the pages or
    // after them, never lost between the two.
    connect(backend_, &ExampleBackend::changed, this, &ExampleConnector::onRealtimeChange,
            Qt::UniqueConnection);
    connect(backend_, &ExampleBackend::disconnected, this, &ExampleConnector::onDisconnected,
            Qt::UniqueConnection);
    fetchPage();
}

void ExampleConnector::stop()
{
    running_ = false;
    fetching_ = false;
    ++generation_;
    if (backend_)
        backend_->disconnect(this);
}

void ExampleConnector::fetchPage()
{
    if (!running_ || fetching_)
        return;
    fetching_ = true;
    // The backend answers on a later turn of the event loop, like a network does.
    QTimer::singleShot(backend_->latencyMillis(), this, [this, generation = generation_] {
        if (generation != generation_)
            return;
        fetching_ = false;
        if (!backend_->reachable()) {
            setState(ConnectorState::offline(nowUtcMillis()));
            QTimer::singleShot(20, this, [this, generation] {
                if (generation == generation_)
                    fetchPage();
            });
            return;
        }
        if (firstSyncTarget_ < 0)
            firstSyncTarget_ = backend_->lastSeq();
        const ExampleBackend::Page page = backend_->changesSince(cursor_, pageSize);
        if (!page.changes.isEmpty()) {
            cursor_ = page.last;
            Q_EMIT batchReceived(batchOf(page.changes), QString::number(cursor_));
        }
        if (page.more) {
            if (firstSyncTarget_ > 0)
                setState(ConnectorState::firstSync(cursor_, firstSyncTarget_));
            fetchPage();
            return;
        }
        firstSyncTarget_ = 0;
        setState(ConnectorState::online());
    });
}

void ExampleConnector::onRealtimeChange(const ExampleBackend::Change &change)
{
    if (!running_ || change.seq <= cursor_)
        return;
    // Only the very next change is taken from the stream; a hole means events were missed, and everything
    // since the cursor is fetched instead.
    if (change.seq != cursor_ + 1 || fetching_) {
        fetchPage();
        return;
    }
    cursor_ = change.seq;
    Q_EMIT batchReceived(batchOf({change}), QString::number(cursor_));
}

void ExampleConnector::onDisconnected()
{
    if (!running_)
        return;
    setState(ConnectorState::offline(nowUtcMillis()));
    // Reconnect and fill the gap: whatever happened meanwhile comes from the cursor.
    fetchPage();
}

MessageRecord ExampleConnector::messageRecord(const ExampleBackend::Message &message) const
{
    MessageRecord record;
    record.remoteId = message.id;
    record.conversationRemoteId = message.conversationId;
    record.kind = message.fromAgent ? MessageKind::Outgoing : MessageKind::Incoming;
    if (message.fromAgent)
        record.authorAgentRemoteId = selfAgentId;
    else
        record.authorCustomerRemoteId = backend_->conversation(message.conversationId).customerId;
    record.body = message.body;
    record.createdAt = message.createdAt;
    // The key the client sent it with: the store then replaces its optimistic copy with this one.
    record.echoUuid = message.key;
    return record;
}

IngestBatch ExampleConnector::batchOf(const QList<ExampleBackend::Change> &changes) const
{
    IngestBatch batch;
    batch.inboxes.append({inboxId, tr("Support"), Channel::Email});
    batch.agents.append({selfAgentId, QStringLiteral("Ada Agent"), QStringLiteral("ada@example.org"),
                         Presence::Online, 5, true});
    for (const ExampleBackend::Change &change : changes) {
        switch (change.kind) {
        case ExampleBackend::Change::Kind::Customer: {
            const ExampleBackend::Customer customer = backend_->customer(change.id);
            CustomerRecord record;
            record.remoteId = customer.id;
            record.name = customer.name;
            // As the backend wrote it: the engine brings every identity into canonical form.
            record.identities.append({IdentityKind::Email, customer.email, {}, customer.email});
            batch.customers.append(record);
            break;
        }
        case ExampleBackend::Change::Kind::Conversation: {
            const ExampleBackend::Conversation conversation = backend_->conversation(change.id);
            ConversationRecord record;
            record.remoteId = conversation.id;
            record.inboxRemoteId = inboxId;
            record.channel = Channel::Email;
            record.customerRemoteId = conversation.customerId;
            record.subject = conversation.subject;
            record.status = statusFromHelpDesk(conversation.status);
            record.priority = Priority(conversation.priority);
            record.labels = conversation.labels;
            record.createdAt = conversation.createdAt;
            record.lastActivityAt = conversation.lastActivityAt;
            batch.conversations.append(record);
            break;
        }
        case ExampleBackend::Change::Kind::Message:
            batch.messages.append(messageRecord(backend_->message(change.id)));
            break;
        }
    }
    return batch;
}

void ExampleConnector::deliver(const DeliveryRequest &request)
{
    QTimer::singleShot(backend_->latencyMillis(), this, [this, request, generation = generation_] {
        if (generation != generation_)
            return; // stopped meanwhile: the engine already counts this delivery as cut off
        carryOut(request);
    });
}

void ExampleConnector::carryOut(const DeliveryRequest &request)
{
    const QString key = request.entry.uuid;
    if (!backend_->reachable())
        return finish(key, DeliveryResult::retryable(tr("The help desk cannot be reached.")));
    // An earlier attempt may have landed: ask the backend by the key before anything is sent again.
    if (request.outcomeUnknown) {
        const std::optional<ExampleBackend::Lookup> lookup = backend_->lookUp(key);
        if (!lookup) // still nobody knows: sending now could make it twice
            return finish(key, DeliveryResult::mayHaveLanded(tr("The help desk did not answer.")));
        if (lookup->landed)
            return finish(key, DeliveryResult::confirmed(lookup->messageId));
    }
    const QString conversation = request.conversationRemoteId;
    const ExampleBackend::Answer answer = std::visit(
        Overloaded{
            [&](const SendMessage &send) { return backend_->sendMessage(key, conversation, send.body); },
            [&](const SetConversationStatus &status) {
                return backend_->setStatus(key, conversation, helpDeskStatus(status.status));
            },
            [&](const SetConversationPriority &priority) {
                return backend_->setPriority(key, conversation, int(priority.priority));
            },
            [&](const AddConversationLabel &label) {
                return backend_->setLabel(key, conversation, label.label, true);
            },
            [&](const RemoveConversationLabel &label) {
                return backend_->setLabel(key, conversation, label.label, false);
            },
            // The engine delivers only the kinds in capabilities().actions; nothing else arrives here.
            [&](const auto &) { return ExampleBackend::Answer(QString()); },
        },
        request.action);
    if (!answer)
        return finish(key, DeliveryResult::mayHaveLanded(tr("The help desk did not answer.")));
    if (std::holds_alternative<SendMessage>(request.action)) {
        DeliveryResult result = DeliveryResult::confirmed(*answer);
        // What the backend now says about the message, committed with the confirmation.
        IngestBatch echo;
        echo.messages.append(messageRecord(backend_->message(*answer)));
        result.echo = echo;
        return finish(key, result);
    }
    finish(key, DeliveryResult::confirmed());
}

void ExampleConnector::finish(const QString &uuid, const DeliveryResult &result)
{
    Q_EMIT deliveryFinished(uuid, result);
}

} // namespace kontor::example
