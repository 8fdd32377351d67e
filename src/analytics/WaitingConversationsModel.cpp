#include "analytics/WaitingConversationsModel.h"

#include "analytics/SupervisorTableModels.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QIcon>

namespace kontor {

WaitingConversationsModel::WaitingConversationsModel(Store &store, int limit, QObject *parent)
    : QAbstractTableModel(parent)
    , store_(store)
    , limit_(limit)
{}

void WaitingConversationsModel::reload(UtcMillis now)
{
    InboxFilter filter;
    filter.view = InboxView::All;
    filter.statuses = {ConversationStatus::Open, ConversationStatus::Pending};
    const InboxPage page =
        store_.reader().inbox().page(filter, InboxSort::WaitingLongest, std::nullopt, limit_);
    now_ = now;
    bool sameRows = page.rows.size() == rows_.size();
    for (qsizetype i = 0; sameRows && i < rows_.size(); ++i)
        sameRows = page.rows[i].id == rows_[i].id;
    if (sameRows) {
        rows_ = page.rows;
        if (!rows_.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(rows_.size()) - 1, ColumnCount - 1));
        return;
    }
    // A different set or order: a reset, which the view answers by keeping the selection by id (see the
    // view).
    beginResetModel();
    rows_ = page.rows;
    endResetModel();
}

int WaitingConversationsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(rows_.size());
}

int WaitingConversationsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WaitingConversationsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ConversationRow &row = rows_[index.row()];
    if (role == ConversationIdRole)
        return row.id;
    if (role == Qt::DecorationRole && index.column() == ChannelColumn)
        return QIcon(channelIconPath(row.channel));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Customer:
        return row.customerName;
    case ChannelColumn:
        return channelDisplayName(row.channel);
    case Waiting:
        return row.waitingSince ? formatWait(now_ - *row.waitingSince) : QStringLiteral("–");
    case PriorityColumn:
        return row.priority == Priority::None ? QString() : priorityDisplayName(row.priority);
    case Assignee:
        return row.assigneeName.isEmpty() ? QCoreApplication::translate("Supervisor", "Unassigned")
                                          : row.assigneeName;
    case Subject:
        return row.subject.isEmpty() ? row.preview : row.subject;
    }
    return {};
}

QVariant WaitingConversationsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Customer:
        return QCoreApplication::translate("Supervisor", "Customer");
    case ChannelColumn:
        return QCoreApplication::translate("Supervisor", "Channel");
    case Waiting:
        return QCoreApplication::translate("Supervisor", "Waiting");
    case PriorityColumn:
        return QCoreApplication::translate("Supervisor", "Priority");
    case Assignee:
        return QCoreApplication::translate("Supervisor", "Assignee");
    case Subject:
        return QCoreApplication::translate("Supervisor", "Subject");
    }
    return {};
}

} // namespace kontor
