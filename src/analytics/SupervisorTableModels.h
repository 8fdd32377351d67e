#pragma once

#include "analytics/Wallboard.h"

#include <QAbstractTableModel>

namespace kontor {

// Rows of the supervisor's queue table. Values are display-ready text; Qt::UserRole gives the raw number for
// sorting, and Qt::UserRole + 1 the TileLevel of cells that are judged.
class QueueTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        Waiting,
        LongestWait,
        ServiceLevel,
        AgentsAvailable,
        ColumnCount
    };
    static constexpr int LevelRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;
    void setRows(const QList<QueueRow> &rows, const WallboardSettings &settings);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<QueueRow> rows_;
    WallboardSettings settings_;
};

// The agent grid: presence, load against capacity, open conversations, time in state.
class AgentLoadModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        PresenceColumn,
        Load,
        Open,
        TimeInState,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;
    void setAgents(const QList<AgentLoad> &agents, UtcMillis now);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<AgentLoad> agents_;
    UtcMillis now_ = 0;
};

// "1:05", "12 min", "2 h 3 min": a duration the way a wallboard shows it.
QString formatWait(qint64 milliseconds);
QString formatShare(std::optional<double> share);

} // namespace kontor
