#pragma once

#include <QStatusBar>

class QLabel;

namespace kontor::ui {

// The bottom line: each connector's state, sync progress, the outbox and whether the agent works offline.
class WorkspaceStatusBar : public QStatusBar
{
    Q_OBJECT
public:
    explicit WorkspaceStatusBar(QWidget *parent = nullptr);

    void setConnectorSummary(const QString &text);
    void setOutboxCount(int pending, int failed);

private:
    QLabel *m_connectors;
    QLabel *m_outbox;
};

} // namespace kontor::ui
