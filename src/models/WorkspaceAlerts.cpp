#include "models/WorkspaceAlerts.h"

#include "store/Store.h"

namespace kontor::models {

namespace {
// More changed rows than this in one commit is a sync catching up, not something to announce row by row.
constexpr qsizetype kBulk = 200;
} // namespace

WorkspaceAlerts::WorkspaceAlerts(Store &store, QObject *parent)
    : QObject(parent)
    , store_(store)
{
    connect(&store_, &Store::changed, this, &WorkspaceAlerts::onStoreChanged);
    // Not needed for the first paint: read once the event loop runs, before any change is handled.
    QMetaObject::invokeMethod(this, &WorkspaceAlerts::readAssignedToMe, Qt::QueuedConnection);
}

void WorkspaceAlerts::readAssignedToMe()
{
    assignedToMe_ = store_.reader().self().openAssignedConversations();
}

void WorkspaceAlerts::onStoreChanged(const ChangeSet &changes)
{
    if (changes.isWhollyChanged(StoreTable::Conversations) || changes.isWhollyChanged(StoreTable::Agents)) {
        readAssignedToMe();
        return;
    }
    // An agent's own action writes its outbox entry in the same transaction.
    const bool ownAction = !changes.inserted(StoreTable::Outbox).isEmpty();
    if (changes.touches(StoreTable::Conversations)) {
        QSet<qint64> conversations = changes.inserted(StoreTable::Conversations);
        conversations.unite(changes.updated(StoreTable::Conversations));
        if (conversations.size() > kBulk)
            readAssignedToMe();
        else
            checkAssignments(conversations, ownAction);
    }
    if (!ownAction && changes.touches(StoreTable::Messages) &&
        !changes.isWhollyChanged(StoreTable::Messages)) {
        const QSet<qint64> inserted = changes.inserted(StoreTable::Messages);
        if (inserted.size() <= kBulk)
            checkMessages(inserted);
    }
}

void WorkspaceAlerts::checkAssignments(const QSet<qint64> &conversations, bool ownAction)
{
    for (qint64 id : conversations) {
        const std::optional<ConversationRow> row = store_.reader().inbox().conversation(id);
        const bool mine = row && row->status != ConversationStatus::Resolved && row->assigneeId &&
                          store_.reader().self().isSelf(*row->assigneeId);
        const bool was = assignedToMe_.contains(id);
        if (mine && !was) {
            assignedToMe_.insert(id);
            if (!ownAction) {
                WorkspaceAlert alert;
                alert.kind = WorkspaceAlert::Kind::AssignedToMe;
                alert.conversationId = id;
                alert.customerName = row->customerName;
                alert.text = row->subject.isEmpty() ? row->preview : row->subject;
                alert.channel = row->channel;
                Q_EMIT this->alert(alert);
            }
        } else if (!mine && was) {
            assignedToMe_.remove(id);
        }
    }
}

void WorkspaceAlerts::checkMessages(const QSet<qint64> &messages)
{
    const UtcMillis now = clock_();
    QList<qint64> ordered(messages.cbegin(), messages.cend());
    std::sort(ordered.begin(), ordered.end());
    for (qint64 id : ordered) {
        const std::optional<MessageRow> message = store_.reader().messages().message(id);
        if (!message || now - message->createdAt > freshnessMs_)
            continue;
        WorkspaceAlert alert;
        alert.conversationId = message->conversationId;
        alert.messageId = message->id;
        alert.text = message->body.simplified().left(160);
        alert.channel = message->channel;
        if (message->kind == MessageKind::Incoming && assignedToMe_.contains(message->conversationId)) {
            alert.kind = WorkspaceAlert::Kind::CustomerReplied;
        } else if (message->kind == MessageKind::Note) {
            if (!store_.reader().self().mentionedInMessage(message->id, message->authorAgentId))
                continue;
            alert.kind = WorkspaceAlert::Kind::Mentioned;
        } else {
            continue;
        }
        if (const auto conversation = store_.reader().inbox().conversation(message->conversationId))
            alert.customerName = conversation->customerName;
        Q_EMIT this->alert(alert);
    }
}

} // namespace kontor::models
