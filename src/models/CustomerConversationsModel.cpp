#include "models/CustomerConversationsModel.h"

#include "store/Store.h"

namespace kontor::models {

CustomerConversationsModel::CustomerConversationsModel(Store &store, QObject *parent)
    : QAbstractListModel(parent)
    , store_(store)
{
    connect(&store_, &Store::changed, this, &CustomerConversationsModel::onStoreChanged);
}

void CustomerConversationsModel::setCustomer(qint64 customerId)
{
    customerId_ = customerId;
    read();
}

void CustomerConversationsModel::read()
{
    QList<ConversationRow> rows;
    if (customerId_ > 0)
        rows = store_.reader().inbox().conversationsOfCustomer(customerId_, 100);
    accountNames_.clear();
    for (const AccountRow &account : store_.reader().directory().accounts())
        accountNames_.insert(account.id, account.name);
    const bool sameRows =
        std::equal(rows.cbegin(), rows.cend(), rows_.cbegin(), rows_.cend(),
                   [](const ConversationRow &a, const ConversationRow &b) { return a.id == b.id; });
    if (sameRows) {
        rows_ = std::move(rows);
        if (!rows_.isEmpty())
            Q_EMIT dataChanged(index(0), index(int(rows_.size()) - 1));
        return;
    }
    beginResetModel();
    rows_ = std::move(rows);
    endResetModel();
}

void CustomerConversationsModel::onStoreChanged(const ChangeSet &changes)
{
    if (customerId_ <= 0 || !changes.touches(StoreTable::Conversations))
        return;
    if (changes.isWhollyChanged(StoreTable::Conversations) ||
        !changes.inserted(StoreTable::Conversations).isEmpty() ||
        !changes.deleted(StoreTable::Conversations).isEmpty())
        return read();
    const QSet<qint64> updated = changes.updated(StoreTable::Conversations);
    const bool mine = std::any_of(rows_.cbegin(), rows_.cend(), [&updated](const ConversationRow &row) {
        return updated.contains(row.id);
    });
    // A conversation that moved to this customer (a merge) is an update of a row not shown yet: cheap to
    // check by reading again, since a customer has few conversations.
    if (mine || changes.touches(StoreTable::CustomerMerges))
        read();
}

int CustomerConversationsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(rows_.size());
}

QVariant CustomerConversationsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ConversationRow &row = rows_[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case SubjectRole:
        return row.subject.isEmpty() ? row.preview : row.subject;
    case Qt::AccessibleTextRole:
        return tr("%1 on %2, %3")
            .arg(row.subject.isEmpty() ? row.preview : row.subject, channelDisplayName(row.channel),
                 statusDisplayName(row.status));
    case ConversationIdRole:
        return row.id;
    case ChannelRole:
        return int(row.channel);
    case StatusRole:
        return int(row.status);
    case LastActivityRole:
        return row.lastActivityAt;
    case AccountNameRole:
        return accountNames_.value(row.accountId);
    default:
        break;
    }
    return {};
}

QHash<int, QByteArray> CustomerConversationsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{ConversationIdRole, "conversationId"},
                  {ChannelRole, "channel"},
                  {SubjectRole, "subject"},
                  {StatusRole, "status"},
                  {LastActivityRole, "lastActivity"},
                  {AccountNameRole, "accountName"}});
    return names;
}

} // namespace kontor::models
