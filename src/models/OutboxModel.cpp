#include "models/OutboxModel.h"

#include "models/OutboxActionText.h"
#include "models/TimeText.h"
#include "store/Store.h"

#include <QDateTime>
#include <QLocale>
#include <QSet>
#include <algorithm>

namespace kontor::models {

namespace {
// More than an agent could work through; the status bar still counts them all.
constexpr int kLimit = 1000;

bool sameContent(const UnfinishedAction &a, const UnfinishedAction &b)
{
    const OutboxEntry &x = a.entry;
    const OutboxEntry &y = b.entry;
    return x.state == y.state && x.attempts == y.attempts && x.lastError == y.lastError &&
           x.updatedAt == y.updatedAt && x.dependsOn == y.dependsOn && x.conversationId == y.conversationId &&
           a.dependsOnState == b.dependsOnState && a.customerName == b.customerName &&
           a.subject == b.subject && a.channel == b.channel &&
           a.conversationStarted == b.conversationStarted && a.agentName == b.agentName &&
           a.teamName == b.teamName;
}
} // namespace

OutboxModel::OutboxModel(Store &store, QObject *parent)
    : QAbstractTableModel(parent)
    , store_(store)
{
    connect(&store_, &Store::changed, this, &OutboxModel::onStoreChanged);
    rows_ = store_.reader().outbox().unfinished(kLimit);
}

std::optional<UnfinishedAction> OutboxModel::unfinishedAction(Store &store, const QString &uuid)
{
    return store.reader().outbox().unfinishedAction(uuid);
}

void OutboxModel::onStoreChanged(const ChangeSet &changes)
{
    if (changes.touches(StoreTable::Outbox))
        refresh();
}

void OutboxModel::refresh()
{
    const QList<UnfinishedAction> fresh = store_.reader().outbox().unfinished(kLimit);
    QSet<qint64> freshIds;
    for (const UnfinishedAction &action : fresh)
        freshIds.insert(action.entry.id);

    // Rows that went, in contiguous runs from the bottom up.
    for (qsizetype i = rows_.size() - 1; i >= 0;) {
        if (freshIds.contains(rows_[i].entry.id)) {
            --i;
            continue;
        }
        const qsizetype last = i;
        while (i >= 0 && !freshIds.contains(rows_[i].entry.id))
            --i;
        beginRemoveRows({}, int(i + 1), int(last));
        rows_.remove(i + 1, last - i);
        endRemoveRows();
    }

    // What is left is in fresh, in the same order (both by id): insert the new ones between, update the rest.
    qsizetype row = 0;
    for (qsizetype f = 0; f < fresh.size();) {
        if (row < rows_.size() && rows_[row].entry.id == fresh[f].entry.id) {
            if (!sameContent(rows_[row], fresh[f])) {
                rows_[row] = fresh[f];
                Q_EMIT dataChanged(index(int(row), 0), index(int(row), ColumnCount - 1));
            }
            ++row;
            ++f;
            continue;
        }
        const qsizetype start = f;
        while (f < fresh.size() && (row >= rows_.size() || rows_[row].entry.id != fresh[f].entry.id))
            ++f;
        beginInsertRows({}, int(row), int(row + f - start - 1));
        for (qsizetype k = start; k < f; ++k)
            rows_.insert(row + (k - start), fresh[k]);
        endInsertRows();
        row += f - start;
    }
}

int OutboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(rows_.size());
}

int OutboxModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int OutboxModel::rowOf(const QString &uuid) const
{
    for (qsizetype i = 0; i < rows_.size(); ++i) {
        if (rows_[i].entry.uuid == uuid)
            return int(i);
    }
    return -1;
}

int OutboxModel::failedCount() const
{
    return int(std::count_if(rows_.cbegin(), rows_.cend(), [](const UnfinishedAction &a) {
        return a.entry.state == OutboxState::Failed || a.entry.state == OutboxState::Unknown;
    }));
}

QVariant OutboxModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const UnfinishedAction &a = rows_[index.row()];
    const OutboxEntry &e = a.entry;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (Column(index.column())) {
        case ActionColumn:
            return OutboxActionText::action(a);
        case ConversationColumn:
            return OutboxActionText::where(a);
        case StateColumn:
            if (role == Qt::ToolTipRole && e.attempts > 0)
                return tr("%n attempt(s)", nullptr, e.attempts);
            return OutboxActionText::state(a);
        case ReasonColumn:
            return OutboxActionText::reason(a);
        case CreatedColumn:
            if (role == Qt::ToolTipRole)
                return QLocale().toString(QDateTime::fromMSecsSinceEpoch(e.createdAt), QLocale::LongFormat);
            return TimeText::stamp(e.createdAt, nowUtcMillis());
        case ColumnCount:
            break;
        }
        return {};
    case Qt::AccessibleTextRole:
        return QStringList{OutboxActionText::action(a), OutboxActionText::where(a),
                           OutboxActionText::state(a), OutboxActionText::reason(a)}
            .join(QStringLiteral(", "));
    case UuidRole:
        return e.uuid;
    case KindRole:
        return e.kind;
    case StateRole:
        return int(e.state);
    case ConversationIdRole:
        return e.conversationId.value_or(0);
    case ErrorRole:
        return e.lastError;
    case AttemptsRole:
        return e.attempts;
    case CreatedAtRole:
        return e.createdAt;
    case CanRetryRole:
        return e.state == OutboxState::Failed;
    case CanCheckAgainRole:
    case CanSendAgainRole:
        return e.state == OutboxState::Unknown;
    case CanDiscardRole:
        return e.state == OutboxState::Failed || e.state == OutboxState::Unknown;
    case DiscardConsequenceRole:
        return OutboxActionText::discardConsequence(a);
    default:
        break;
    }
    return {};
}

QVariant OutboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case ActionColumn:
        return tr("Action");
    case ConversationColumn:
        return tr("Conversation");
    case StateColumn:
        return tr("State");
    case ReasonColumn:
        return tr("Reason");
    case CreatedColumn:
        return tr("Done at");
    case ColumnCount:
        break;
    }
    return {};
}

QHash<int, QByteArray> OutboxModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert({{UuidRole, "uuid"},
                  {KindRole, "kind"},
                  {StateRole, "state"},
                  {ConversationIdRole, "conversationId"},
                  {ErrorRole, "error"},
                  {AttemptsRole, "attempts"},
                  {CreatedAtRole, "createdAt"},
                  {CanRetryRole, "canRetry"},
                  {CanDiscardRole, "canDiscard"},
                  {DiscardConsequenceRole, "discardConsequence"}});
    return names;
}

} // namespace kontor::models
