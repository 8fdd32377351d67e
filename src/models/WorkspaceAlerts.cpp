#include "models/WorkspaceAlerts.h"

#include "models/InboxOrdering.h"
#include "models/SlaClock.h"
#include "store/Store.h"

#include <algorithm>

namespace kontor::models {

namespace {
// More changed rows than this in one commit is a sync catching up, not something to announce row by row.
constexpr qsizetype kBulk = 200;
constexpr int kSlaCheckMs = 30 * 1000;

bool isWaiting(ConversationStatus status)
{
    return status == ConversationStatus::Open || status == ConversationStatus::Pending;
}

WorkspaceAlert alertAbout(WorkspaceAlert::Kind kind, const ConversationRow &row)
{
    WorkspaceAlert alert;
    alert.kind = kind;
    alert.conversationId = row.id;
    alert.customerName = row.customerName;
    alert.text = row.subject.isEmpty() ? row.preview : row.subject;
    alert.channel = row.channel;
    alert.inboxId = row.inboxId;
    return alert;
}
} // namespace

WorkspaceAlerts::WorkspaceAlerts(Store &store, QObject *parent)
    : QObject(parent)
    , store_(store)
{
    connect(&store_, &Store::changed, this, &WorkspaceAlerts::onStoreChanged);
    // Not needed for the first paint: read once the event loop runs, before any change is handled.
    QMetaObject::invokeMethod(this, &WorkspaceAlerts::readAssignedToMe, Qt::QueuedConnection);
    connect(&slaClock_, &QTimer::timeout, this, &WorkspaceAlerts::checkSlaDeadlines);
    setSlaCheckInterval(kSlaCheckMs);
}

void WorkspaceAlerts::setSlaCheckInterval(int milliseconds)
{
    slaClock_.stop();
    if (milliseconds > 0)
        slaClock_.start(milliseconds);
}

void WorkspaceAlerts::readAssignedToMe()
{
    assignedToMe_ = store_.reader().self().openAssignedConversations();
    // Where every deadline stands now; only later steps are news.
    checkSlaDeadlines();
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
        if (conversations.size() > kBulk) {
            readAssignedToMe();
        } else {
            checkAssignments(conversations, ownAction);
            if (!ownAction)
                checkNewInQueue(changes.inserted(StoreTable::Conversations));
        }
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
            if (!ownAction)
                Q_EMIT alert(alertAbout(WorkspaceAlert::Kind::AssignedToMe, *row));
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
        if (const auto conversation = store_.reader().inbox().conversation(message->conversationId)) {
            alert.customerName = conversation->customerName;
            alert.inboxId = conversation->inboxId;
        }
        Q_EMIT this->alert(alert);
    }
}

QSet<qint64> WorkspaceAlerts::myTeams() const
{
    QSet<qint64> selves;
    for (const AgentRow &agent : store_.reader().directory().agents()) {
        if (agent.isSelf)
            selves.insert(agent.id);
    }
    QSet<qint64> teams;
    for (const TeamRow &team : store_.reader().directory().teams()) {
        for (qint64 member : team.memberIds) {
            if (selves.contains(member))
                teams.insert(team.id);
        }
    }
    return teams;
}

void WorkspaceAlerts::checkNewInQueue(const QSet<qint64> &conversations)
{
    if (conversations.isEmpty())
        return;
    const UtcMillis now = clock_();
    const QSet<qint64> teams = myTeams();
    QList<qint64> ordered(conversations.cbegin(), conversations.cend());
    std::sort(ordered.begin(), ordered.end());
    for (qint64 id : ordered) {
        const std::optional<ConversationRow> row = store_.reader().inbox().conversation(id);
        // Older ones are history being synced; someone else's team is someone else's queue.
        if (!row || row->assigneeId || !isWaiting(row->status) || now - row->createdAt > freshnessMs_)
            continue;
        if (row->teamId && !teams.contains(*row->teamId))
            continue;
        Q_EMIT alert(alertAbout(WorkspaceAlert::Kind::NewInMyQueue, *row));
    }
}

void WorkspaceAlerts::checkSlaDeadlines()
{
    const UtcMillis now = clock_();
    QList<qint64> ordered(assignedToMe_.cbegin(), assignedToMe_.cend());
    std::sort(ordered.begin(), ordered.end());
    QHash<qint64, SlaWatch> watched;
    for (qint64 id : ordered) {
        const std::optional<ConversationRow> row = store_.reader().inbox().conversation(id);
        const std::optional<UtcMillis> deadline = row ? nextSlaDeadline(*row) : std::nullopt;
        if (!row || !deadline || !isWaiting(row->status))
            continue;
        const SlaState::Level level =
            slaState(deadline, row->waitingSince.value_or(row->lastActivityAt), now).level;
        watched.insert(id, {*deadline, level});
        // Only a step seen happening is news: a conversation that arrives (a sync, an assignment, the start)
        // late or with a new deadline already close is in the list's badges.
        const auto before = slaWatched_.constFind(id);
        if (before == slaWatched_.cend() || before->deadline != *deadline || level <= before->level)
            continue;
        if (level == SlaState::Level::Warning)
            Q_EMIT alert(alertAbout(WorkspaceAlert::Kind::SlaAboutToBreak, *row));
        else if (level == SlaState::Level::Breached)
            Q_EMIT alert(alertAbout(WorkspaceAlert::Kind::SlaBroken, *row));
    }
    slaWatched_ = std::move(watched);
}

} // namespace kontor::models
