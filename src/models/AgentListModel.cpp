#include "models/AgentListModel.h"

#include "store/Store.h"

namespace kontor::models {

AgentListModel::AgentListModel(Store &store, QObject *parent)
    : QAbstractListModel(parent)
    , store_(store)
{
    rereadTimer_.setSingleShot(true);
    rereadTimer_.setInterval(250);
    connect(&rereadTimer_, &QTimer::timeout, this, &AgentListModel::read);
    connect(&store_, &Store::changed, this, &AgentListModel::onStoreChanged);
}

QList<AgentRow> AgentListModel::readAgents(Store &store)
{
    QList<AgentRow> agents = store.reader().directory().agents();
    std::stable_sort(agents.begin(), agents.end(),
                     [](const AgentRow &a, const AgentRow &b) { return a.isSelf && !b.isSelf; });
    return agents;
}

void AgentListModel::ensureRead() const
{
    // No one has seen a row yet, so there is nothing to announce.
    if (read_)
        return;
    agents_ = readAgents(store_);
    read_ = true;
}

const QList<AgentRow> &AgentListModel::agents() const
{
    ensureRead();
    return agents_;
}

void AgentListModel::read()
{
    if (!read_)
        return; // read when first asked for
    QList<AgentRow> agents = readAgents(store_);
    const bool sameRows = std::equal(agents.cbegin(), agents.cend(), agents_.cbegin(), agents_.cend(),
                                     [](const AgentRow &a, const AgentRow &b) { return a.id == b.id; });
    if (sameRows) {
        agents_ = std::move(agents);
        if (!agents_.isEmpty())
            Q_EMIT dataChanged(index(0), index(int(agents_.size()) - 1));
        return;
    }
    beginResetModel();
    agents_ = std::move(agents);
    endResetModel();
}

void AgentListModel::onStoreChanged(const ChangeSet &changes)
{
    // Load counts change with assignments, so conversations count too; the table is small.
    if (changes.touches(StoreTable::Agents))
        read();
    else if (changes.touches(StoreTable::Conversations) && !rereadTimer_.isActive())
        rereadTimer_.start();
}

std::optional<AgentRow> AgentListModel::agent(qint64 id) const
{
    for (const AgentRow &a : agents()) {
        if (a.id == id)
            return a;
    }
    return std::nullopt;
}

std::optional<AgentRow> AgentListModel::self(std::optional<qint64> accountId) const
{
    for (const AgentRow &a : agents()) {
        if (a.isSelf && (!accountId || a.accountId == *accountId))
            return a;
    }
    return std::nullopt;
}

int AgentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(agents().size());
}

QVariant AgentListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AgentRow &a = agents()[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return a.name;
    case Qt::AccessibleTextRole:
        return tr("%1, %2").arg(a.name, presenceDisplayName(a.presence));
    case Qt::ToolTipRole:
        return a.email;
    case AgentIdRole:
        return a.id;
    case AccountIdRole:
        return a.accountId;
    case PresenceRole:
        return int(a.presence);
    case IsSelfRole:
        return a.isSelf;
    case OpenConversationsRole:
        return a.openConversations;
    case CapacityRole:
        return a.capacity;
    default:
        break;
    }
    return {};
}

QHash<int, QByteArray> AgentListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{AgentIdRole, "agentId"},
                  {AccountIdRole, "accountId"},
                  {PresenceRole, "presence"},
                  {IsSelfRole, "isSelf"},
                  {OpenConversationsRole, "openConversations"},
                  {CapacityRole, "capacity"}});
    return names;
}

} // namespace kontor::models
