#pragma once

#include "analytics/Wallboard.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTableView;
class QVBoxLayout;

namespace kontor {
class AgentLoadModel;
class QueueTableModel;
class Store;
class SupervisorFeed;
class WaitingConversationsModel;
} // namespace kontor

namespace kontor::ui {

class TrendChart;
class WallboardTile;

// The supervisor's live view: wallboard tiles that turn amber and red, the day's trend, queues, agents, and
// the waiting conversations with bulk re-routing through the outbox.
class SupervisorView : public QWidget
{
    Q_OBJECT
public:
    SupervisorView(Store &store, QWidget *parent = nullptr);
    ~SupervisorView() override;

    SupervisorFeed *feed() const { return feed_; }
    WallboardTile *tile(const QString &objectName) const;
    QTableView *waitingView() const { return waiting_; }
    TrendChart *trend() const { return trend_; }
    QTableView *trendTable() const { return trendTable_; }

    // Bulk actions on the selected waiting conversations; each becomes an outbox entry. Returns how many.
    int assignSelected(std::optional<qint64> agentId, std::optional<qint64> teamId);
    int setPriorityOfSelected(int priority);
    // New thresholds: kept in the user's settings and applied at once.
    void applySettings(const WallboardSettings &settings);
    // A section of figures from elsewhere (a backend's own live report), below the trend.
    void addSection(QWidget *section);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void buildTiles(QWidget *host);
    void showSnapshot();
    QList<qint64> selectedConversations() const;
    void showAssignMenu();
    void showPriorityMenu();
    void editThresholds();

    Store &store_;
    SupervisorFeed *feed_;
    QueueTableModel *queueModel_;
    AgentLoadModel *agentModel_;
    WaitingConversationsModel *waitingModel_;
    QList<WallboardTile *> tiles_;
    TrendChart *trend_;
    QTableView *trendTable_ = nullptr;
    QLabel *serviceLevels_;
    QLabel *updatedAt_;
    QComboBox *grouping_;
    QTableView *queues_;
    QTableView *agents_;
    QTableView *waiting_;
    QVBoxLayout *sections_;
};

} // namespace kontor::ui
