#pragma once

#include "ui/WorkspaceContext.h"

#include <QStatusBar>
#include <QTimer>

class QLabel;
class QProgressBar;
class QToolButton;

namespace kontor {
class ChangeSet;
}

namespace kontor::ui {

class AgentAvailability;
class AvailabilityButton;

// The bottom line: each connector's state, the progress of a first sync, what waits in the outbox (and what
// failed), and the switch to work offline.
class WorkspaceStatusBar : public QStatusBar
{
    Q_OBJECT
public:
    explicit WorkspaceStatusBar(const WorkspaceContext &context, QWidget *parent = nullptr);

    void setConnectorSummary(const QString &text);
    void setOutboxCount(qint64 pending, qint64 failed);
    // Shows the agent's own status, changeable from here.
    void setAvailability(AgentAvailability *availability);
    AvailabilityButton *availabilityButton() const { return availability_; }
    QToolButton *workOfflineButton() const { return offline_; }
    QString connectorText() const;
    QString outboxText() const;
    QToolButton *outboxButton() const { return outbox_; }
    // Shown for as long as the store is not encrypted at rest; null when it is.
    QLabel *unencryptedWarning() const { return unencrypted_; }

Q_SIGNALS:
    // The agent clicked the outbox count: show what waits and what failed.
    void outboxRequested();

private:
    void refreshConnectors();

    WorkspaceContext context_;
    QLabel *connectors_;
    QProgressBar *progress_;
    QToolButton *outbox_;
    QToolButton *offline_;
    QLabel *unencrypted_ = nullptr;
    AvailabilityButton *availability_ = nullptr;
};

} // namespace kontor::ui
