#pragma once

#include "analytics/Wallboard.h"
#include "store/queries/DirectoryQueries.h"

#include <QObject>
#include <QTimer>

namespace kontor {

class ChangeSet;
class Store;

enum class QueueGroupingKind
{
    Inbox,
    Team,
    Channel
};

// Keeps the supervisor's figures current: recomputed from the store shortly after every change that matters
// (never more than a second behind it) and once a second so that waiting times keep counting.
class SupervisorFeed : public QObject
{
    Q_OBJECT
public:
    explicit SupervisorFeed(Store &store, QObject *parent = nullptr);

    const WallboardSettings &settings() const { return settings_; }
    void setSettings(const WallboardSettings &settings);
    void setGrouping(QueueGroupingKind grouping);
    QueueGroupingKind grouping() const { return grouping_; }
    // For tests: a fixed clock instead of the system's.
    void setClock(std::function<UtcMillis()> clock) { clock_ = std::move(clock); }

    const WallboardSnapshot &snapshot() const { return snapshot_; }
    const QList<QueueRow> &queues() const { return queues_; }
    const QList<AgentLoad> &agents() const { return agents_; }
    // The teams conversations can be assigned to, read from the store when asked.
    QList<TeamRow> teams() const;

    void refresh();

Q_SIGNALS:
    void updated();

private:
    void onStoreChanged(const ChangeSet &changes);
    UtcMillis startOfDay(UtcMillis now) const;

    Store &store_;
    WallboardSettings settings_;
    QueueGroupingKind grouping_ = QueueGroupingKind::Inbox;
    std::function<UtcMillis()> clock_;
    WallboardSnapshot snapshot_;
    QList<QueueRow> queues_;
    QList<AgentLoad> agents_;
    QTimer pending_;
    QTimer tick_;
};

} // namespace kontor
