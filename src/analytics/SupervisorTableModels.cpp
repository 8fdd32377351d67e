#include "analytics/SupervisorTableModels.h"

#include <QCoreApplication>
#include <QLocale>

namespace kontor {

QString formatWait(qint64 milliseconds)
{
    const qint64 seconds = std::max<qint64>(0, milliseconds / 1000);
    if (seconds < 600)
        return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    if (seconds < 3600)
        return QCoreApplication::translate("Supervisor", "%1 min").arg(seconds / 60);
    return QCoreApplication::translate("Supervisor", "%1 h %2 min")
        .arg(seconds / 3600)
        .arg((seconds % 3600) / 60);
}

QString formatShare(std::optional<double> share)
{
    if (!share)
        return QStringLiteral("–");
    return QLocale().toString(*share * 100.0, 'f', 0) + QStringLiteral(" %");
}

void QueueTableModel::setRows(const QList<QueueRow> &rows, const WallboardSettings &settings)
{
    // The queues keep their order between refreshes; only their figures change.
    if (rows.size() == rows_.size()) {
        rows_ = rows;
        settings_ = settings;
        if (!rows_.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(rows_.size()) - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    rows_ = rows;
    settings_ = settings;
    endResetModel();
}

int QueueTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(rows_.size());
}

int QueueTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QueueTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QueueRow &row = rows_[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return row.name;
        case Waiting:
            return QLocale().toString(row.waiting);
        case LongestWait:
            return row.waiting > 0 ? formatWait(row.longestWaitMs) : QStringLiteral("–");
        case ServiceLevel:
            return formatShare(row.serviceLevel);
        case AgentsAvailable:
            return QLocale().toString(row.agentsAvailable);
        }
        break;
    case Qt::UserRole:
        switch (index.column()) {
        case Name:
            return row.name;
        case Waiting:
            return row.waiting;
        case LongestWait:
            return row.longestWaitMs;
        case ServiceLevel:
            return row.serviceLevel ? QVariant(*row.serviceLevel) : QVariant(-1.0);
        case AgentsAvailable:
            return row.agentsAvailable;
        }
        break;
    case LevelRole:
        if (index.column() == LongestWait)
            return int(settings_.longestWaitMs.judge(
                row.waiting > 0 ? std::optional<double>(row.longestWaitMs) : std::optional<double>(0.0)));
        if (index.column() == ServiceLevel)
            return int(settings_.serviceLevel.judge(row.serviceLevel));
        if (index.column() == Waiting)
            return int(settings_.waiting.judge(double(row.waiting)));
        return int(TileLevel::Normal);
    case Qt::TextAlignmentRole:
        return index.column() == Name ? int(Qt::AlignLeft | Qt::AlignVCenter)
                                      : int(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant QueueTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return QCoreApplication::translate("Supervisor", "Queue");
    case Waiting:
        return QCoreApplication::translate("Supervisor", "Waiting");
    case LongestWait:
        return QCoreApplication::translate("Supervisor", "Longest wait");
    case ServiceLevel:
        return QCoreApplication::translate("Supervisor", "Service level");
    case AgentsAvailable:
        return QCoreApplication::translate("Supervisor", "Agents free");
    }
    return {};
}

void AgentLoadModel::setAgents(const QList<AgentLoad> &agents, UtcMillis now)
{
    now_ = now;
    bool sameAgents = agents.size() == agents_.size();
    for (qsizetype i = 0; sameAgents && i < agents.size(); ++i)
        sameAgents = agents[i].agentId == agents_[i].agentId;
    if (sameAgents) {
        agents_ = agents;
        if (!agents_.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(agents_.size()) - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    agents_ = agents;
    endResetModel();
}

int AgentLoadModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(agents_.size());
}

int AgentLoadModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AgentLoadModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AgentLoad &agent = agents_[index.row()];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name:
            return agent.name;
        case PresenceColumn:
            return presenceDisplayName(agent.presence);
        case Load:
            if (agent.capacity <= 0)
                return QCoreApplication::translate("Supervisor", "%1 (no limit)").arg(agent.open);
            return QCoreApplication::translate("Supervisor", "%1 of %2").arg(agent.open).arg(agent.capacity);
        case Open:
            return QLocale().toString(agent.open);
        case TimeInState:
            return agent.presenceSince ? formatWait(now_ - *agent.presenceSince) : QStringLiteral("–");
        }
    } else if (role == Qt::UserRole) {
        switch (index.column()) {
        case Name:
            return agent.name;
        case PresenceColumn:
            return int(agent.presence);
        case Load:
            return agent.capacity > 0 ? double(agent.open) / agent.capacity : 0.0;
        case Open:
            return agent.open;
        case TimeInState:
            return agent.presenceSince ? now_ - *agent.presenceSince : 0;
        }
    } else if (role == QueueTableModel::LevelRole && index.column() == Load) {
        if (agent.capacity > 0 && agent.open > agent.capacity)
            return int(TileLevel::Red);
        if (agent.capacity > 0 && agent.open == agent.capacity)
            return int(TileLevel::Amber);
        return int(TileLevel::Normal);
    }
    return {};
}

QVariant AgentLoadModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return QCoreApplication::translate("Supervisor", "Agent");
    case PresenceColumn:
        return QCoreApplication::translate("Supervisor", "State");
    case Load:
        return QCoreApplication::translate("Supervisor", "Load");
    case Open:
        return QCoreApplication::translate("Supervisor", "Open");
    case TimeInState:
        return QCoreApplication::translate("Supervisor", "Time in state");
    }
    return {};
}

} // namespace kontor
