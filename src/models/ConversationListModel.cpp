#include "models/ConversationListModel.h"

#include "models/AccessibleText.h"
#include "models/InboxOrdering.h"
#include "store/Store.h"

namespace kontor::models {

namespace {
QVariant optionalValue(const std::optional<qint64> &value)
{
    return value ? QVariant::fromValue(*value) : QVariant();
}
} // namespace

ConversationListModel::ConversationListModel(Store &store, QObject *parent)
    : QAbstractListModel(parent)
    , store_(store)
    , matcher_(store.reader())
{
    connect(&store_, &Store::changed, this, &ConversationListModel::onStoreChanged);
    // Nothing is read until a view is chosen (setFilter), or a view asks for rows: a start-up reads one view.
    matcher_.setFilter(InboxFilter{});
}

ConversationListModel::~ConversationListModel() = default;

void ConversationListModel::setFilter(const InboxFilter &filter)
{
    matcher_.setFilter(filter);
    rows_.clear(); // a new view starts with one page, whatever the old one held
    reload();
}

void ConversationListModel::setSort(InboxSort sort)
{
    if (sort == sort_)
        return;
    sort_ = sort;
    rows_.clear();
    reload();
}

int ConversationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(rows_.size());
}

QVariant ConversationListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ConversationRow &row = rows_.at(index.row());
    switch (role) {
    case Qt::AccessibleTextRole:
        return AccessibleText::conversationRow(row, nowUtcMillis());
    case Qt::DisplayRole: {
        const QString title = row.subject.isEmpty() ? row.preview : row.subject;
        return row.customerName.isEmpty() ? title : QString(row.customerName + QStringLiteral(" — ") + title);
    }
    case ConversationIdRole:
        return row.id;
    case CustomerIdRole:
        return row.customerId;
    case CustomerNameRole:
        return row.customerName;
    case ChannelRole:
        return int(row.channel);
    case SubjectRole:
        return row.subject.isEmpty() ? row.preview : row.subject;
    case PreviewRole:
        return row.preview;
    case LastActivityRole:
        return row.lastActivityAt;
    case UnreadCountRole:
        return row.unreadCount;
    case StatusRole:
        return int(row.status);
    case PriorityRole:
        return int(row.priority);
    case AssigneeIdRole:
        return optionalValue(row.assigneeId);
    case AssigneeNameRole:
        return row.assigneeName;
    case WaitingSinceRole:
        return optionalValue(row.waitingSince);
    case SlaDeadlineRole:
        return optionalValue(nextSlaDeadline(row));
    case SnoozedUntilRole:
        return optionalValue(row.snoozedUntil);
    case LabelsRole:
        return row.labels;
    case RowRole:
        return QVariant::fromValue(row);
    default:
        break;
    }
    return {};
}

QHash<int, QByteArray> ConversationListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{ConversationIdRole, "conversationId"},
                  {CustomerIdRole, "customerId"},
                  {CustomerNameRole, "customerName"},
                  {ChannelRole, "channel"},
                  {SubjectRole, "subject"},
                  {PreviewRole, "preview"},
                  {LastActivityRole, "lastActivity"},
                  {UnreadCountRole, "unreadCount"},
                  {StatusRole, "status"},
                  {PriorityRole, "priority"},
                  {AssigneeIdRole, "assigneeId"},
                  {AssigneeNameRole, "assigneeName"},
                  {WaitingSinceRole, "waitingSince"},
                  {SlaDeadlineRole, "slaDeadline"},
                  {SnoozedUntilRole, "snoozedUntil"},
                  {LabelsRole, "labels"},
                  {RowRole, "row"}});
    return names;
}

bool ConversationListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && hasMore_;
}

void ConversationListModel::fetchMore(const QModelIndex &parent)
{
    // Views (and model testers) may ask for more while a change is being announced: not before it is done.
    if (parent.isValid() || !hasMore_ || announcing_)
        return;
    InboxPage page = store_.reader().inbox().page(matcher_.filter(), sort_, boundary_, pageSize_);
    hasMore_ = page.next.has_value();
    if (page.rows.isEmpty())
        return;
    boundary_ = page.rows.last().cursor;
    // A row read by id and taken in by a change may come again with the page that reaches it.
    page.rows.removeIf([this](const ConversationRow &row) { return rowOf(row.id) >= 0; });
    if (page.rows.isEmpty())
        return;
    const int first = int(rows_.size());
    announcing_ = true;
    beginInsertRows({}, first, first + int(page.rows.size()) - 1);
    rows_.append(page.rows);
    indexDirty_ = true;
    endInsertRows();
    announcing_ = false;
}

void ConversationListModel::reload()
{
    // Read as far as the view had scrolled, so that a reload does not shrink what the agent is looking at.
    const int wanted = qBound(firstPageSize_, int(rows_.size()), 20 * pageSize_);
    announcing_ = true;
    beginResetModel();
    InboxPage page = store_.reader().inbox().page(matcher_.filter(), sort_, std::nullopt, wanted);
    rows_ = std::move(page.rows);
    hasMore_ = page.next.has_value();
    boundary_ = rows_.isEmpty() ? std::nullopt : std::optional<InboxCursor>(rows_.last().cursor);
    indexDirty_ = true;
    endResetModel();
    announcing_ = false;
    Q_EMIT reloaded();
}

int ConversationListModel::rowOf(qint64 conversationId) const
{
    if (indexDirty_)
        rebuildIndex();
    return index_.value(conversationId, -1);
}

qint64 ConversationListModel::conversationIdAt(int row) const
{
    return row >= 0 && row < rows_.size() ? rows_.at(row).id : 0;
}

void ConversationListModel::rebuildIndex() const
{
    index_.clear();
    index_.reserve(rows_.size());
    for (int i = 0; i < rows_.size(); ++i)
        index_.insert(rows_.at(i).id, i);
    indexDirty_ = false;
}

void ConversationListModel::onStoreChanged(const ChangeSet &changes)
{
    const bool mentionsView = matcher_.filter().view == InboxView::Mentions;
    const bool relevant = changes.touches(StoreTable::Conversations) || changes.touches(StoreTable::Agents) ||
                          changes.touches(StoreTable::Customers) || changes.touches(StoreTable::Labels) ||
                          (mentionsView && changes.touches(StoreTable::Mentions));
    if (!relevant)
        return;

    if (changes.touches(StoreTable::Agents) || changes.touches(StoreTable::Labels)) {
        const QSet<qint64> selfBefore = matcher_.selfAgentIds();
        matcher_.refresh();
        if (matcher_.filter().view == InboxView::Mine && selfBefore != matcher_.selfAgentIds())
            return reload();
    }
    if (changes.isWhollyChanged(StoreTable::Conversations) ||
        changes.isWhollyChanged(StoreTable::Customers) || changes.isWhollyChanged(StoreTable::Agents) ||
        (mentionsView && changes.isWhollyChanged(StoreTable::Mentions)))
        return reload();

    QSet<qint64> changed = changes.inserted(StoreTable::Conversations);
    changed.unite(changes.updated(StoreTable::Conversations));
    const QSet<qint64> deleted = changes.deleted(StoreTable::Conversations);
    if (mentionsView)
        changed.unite(changes.rows(StoreTable::Mentions));
    // Names shown in the rows: a renamed customer or agent changes every row that shows them.
    const QSet<qint64> customers = changes.updated(StoreTable::Customers);
    const QSet<qint64> agents = changes.updated(StoreTable::Agents);
    if (!customers.isEmpty() || !agents.isEmpty()) {
        for (const ConversationRow &row : std::as_const(rows_)) {
            if (customers.contains(row.customerId) || (row.assigneeId && agents.contains(*row.assigneeId)))
                changed.insert(row.id);
        }
    }
    if (changed.size() + deleted.size() > reloadThreshold_)
        return reload();
    applyChanges(changed, deleted);
}

void ConversationListModel::applyChanges(const QSet<qint64> &changed, const QSet<qint64> &deleted)
{
    for (qint64 id : deleted) {
        const int row = rowOf(id);
        if (row >= 0)
            removeAt(row);
    }
    for (qint64 id : changed) {
        if (!deleted.contains(id))
            updateOne(id);
    }
}

void ConversationListModel::updateOne(qint64 id)
{
    const int present = rowOf(id);
    std::optional<ConversationRow> row = store_.reader().inbox().conversation(id);
    if (!row || !matcher_.matches(*row)) {
        if (present >= 0)
            removeAt(present);
        return;
    }
    row->cursor = inboxSortCursor(*row, sort_);
    if (!inReadRange(row->cursor)) {
        // It now sorts past the rows read so far: it comes back when the view scrolls that far.
        if (present >= 0)
            removeAt(present);
        return;
    }
    if (present < 0) {
        const int at = insertionPoint(row->cursor);
        announcing_ = true;
        beginInsertRows({}, at, at);
        rows_.insert(at, *row);
        indexDirty_ = true;
        endInsertRows();
        announcing_ = false;
        return;
    }
    const int target = insertionPoint(row->cursor, present); // its place among the other rows
    const int destination = target >= present ? target + 1 : target;
    if (destination != present && destination != present + 1) {
        announcing_ = true;
        beginMoveRows({}, present, present, {}, destination);
        rows_.move(present, target);
        rows_[target] = *row;
        indexDirty_ = true;
        endMoveRows();
        announcing_ = false;
        const QModelIndex moved = index(target);
        Q_EMIT dataChanged(moved, moved);
        return;
    }
    rows_[present] = *row;
    const QModelIndex same = index(present);
    Q_EMIT dataChanged(same, same);
}

void ConversationListModel::removeAt(int row)
{
    announcing_ = true;
    beginRemoveRows({}, row, row);
    rows_.removeAt(row);
    indexDirty_ = true;
    endRemoveRows();
    announcing_ = false;
}

bool ConversationListModel::inReadRange(const InboxCursor &cursor) const
{
    if (!hasMore_)
        return true; // every row of the view is read
    if (!boundary_)
        return false; // nothing is read yet
    return !inboxSortsBefore(*boundary_, cursor, sort_);
}

int ConversationListModel::insertionPoint(const InboxCursor &cursor, int skipRow) const
{
    // Binary search over the rows in sort order, as if the row at skipRow were not there.
    int low = 0;
    int high = int(rows_.size()) - (skipRow >= 0 ? 1 : 0);
    auto at = [&](int i) -> const InboxCursor & {
        return rows_.at(skipRow >= 0 && i >= skipRow ? i + 1 : i).cursor;
    };
    while (low < high) {
        const int mid = (low + high) / 2;
        if (inboxSortsBefore(at(mid), cursor, sort_))
            low = mid + 1;
        else
            high = mid;
    }
    return low;
}

} // namespace kontor::models
