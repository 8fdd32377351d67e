#include "ui/WorkspaceStatusBar.h"

#include <QLabel>

namespace kontor::ui {

WorkspaceStatusBar::WorkspaceStatusBar(QWidget *parent)
    : QStatusBar(parent)
    , m_connectors(new QLabel(this))
    , m_outbox(new QLabel(this))
{
    setObjectName(QStringLiteral("statusBar"));
    m_connectors->setObjectName(QStringLiteral("connectorStatus"));
    m_outbox->setObjectName(QStringLiteral("outboxStatus"));
    m_connectors->setAccessibleName(tr("Connections"));
    m_outbox->setAccessibleName(tr("Outbox"));
    addWidget(m_connectors, 1);
    addPermanentWidget(m_outbox);
    setConnectorSummary(tr("No connection configured"));
    setOutboxCount(0, 0);
}

void WorkspaceStatusBar::setConnectorSummary(const QString &text)
{
    m_connectors->setText(text);
}

void WorkspaceStatusBar::setOutboxCount(int pending, int failed)
{
    QString text = pending == 0 ? tr("Outbox empty") : tr("%n action(s) waiting to send", nullptr, pending);
    if (failed > 0)
        text += QStringLiteral(" · ") + tr("%n failed", nullptr, failed);
    m_outbox->setText(text);
}

} // namespace kontor::ui
