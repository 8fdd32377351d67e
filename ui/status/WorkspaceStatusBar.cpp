#include "ui/status/WorkspaceStatusBar.h"

#include "models/OutboxSummary.h"
#include "store/Store.h"
#include "sync/NetworkPolicy.h"
#include "sync/SyncEngine.h"
#include "ui/common/WorkspaceColors.h"
#include "ui/status/AvailabilityButton.h"

#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

namespace kontor::ui {

namespace {
QString dot(const QColor &color)
{
    return QStringLiteral("<span style=\"color:%1\">●</span>").arg(color.name());
}

QColor phaseColor(ConnectorState::Phase phase, const QPalette &palette)
{
    switch (phase) {
    case ConnectorState::Phase::Online:
        return successColor(palette);
    case ConnectorState::Phase::Connecting:
    case ConnectorState::Phase::FirstSync:
        return slaColor(models::SlaState::Level::Warning, palette);
    case ConnectorState::Phase::WorkingOffline:
        return mutedText(palette);
    case ConnectorState::Phase::Offline:
    case ConnectorState::Phase::AuthenticationNeeded:
    case ConnectorState::Phase::Error:
        break;
    }
    return failureColor(palette);
}
} // namespace

WorkspaceStatusBar::WorkspaceStatusBar(const WorkspaceContext &context, QWidget *parent)
    : QStatusBar(parent)
    , context_(context)
    , connectors_(new QLabel(this))
    , progress_(new QProgressBar(this))
    , outbox_(new QToolButton(this))
    , offline_(new QToolButton(this))
{
    setObjectName(QStringLiteral("statusBar"));
    connectors_->setObjectName(QStringLiteral("connectorStatus"));
    connectors_->setTextFormat(Qt::RichText);
    outbox_->setObjectName(QStringLiteral("outboxStatus"));
    connectors_->setAccessibleName(tr("Connections"));
    outbox_->setAccessibleName(tr("Outbox"));
    outbox_->setToolTip(tr("Show what waits to be sent and what failed"));
    outbox_->setAutoRaise(true);
    connect(outbox_, &QToolButton::clicked, this, &WorkspaceStatusBar::outboxRequested);
    progress_->setObjectName(QStringLiteral("syncProgress"));
    progress_->setMaximumWidth(140);
    progress_->setMaximumHeight(12);
    progress_->setTextVisible(false);
    progress_->setAccessibleName(tr("Sync progress"));
    progress_->hide();
    offline_->setObjectName(QStringLiteral("workOffline"));
    offline_->setText(tr("Work offline"));
    offline_->setAccessibleName(tr("Work offline"));
    offline_->setToolTip(
        tr("Stop using the network: keep working, and send everything when you go online again"));
    offline_->setCheckable(true);
    offline_->setAutoRaise(true);
    addWidget(connectors_, 1);
    if (context_.store && !context_.store->isEncrypted()) {
        // The agent chose to go on without the keychain: a standing reminder, not a message that goes.
        unencrypted_ = new QLabel(this);
        unencrypted_->setObjectName(QStringLiteral("storeUnencrypted"));
        unencrypted_->setTextFormat(Qt::RichText);
        unencrypted_->setText(dot(failureColor(palette())) + QStringLiteral("&nbsp;") +
                              tr("Store not encrypted").toHtmlEscaped());
        unencrypted_->setAccessibleName(tr("Store not encrypted"));
        unencrypted_->setToolTip(
            tr("Kontor's local store is not encrypted: anyone with this computer's files "
               "can read it. Kontor encrypts it at the next start once the system "
               "keychain answers."));
        addPermanentWidget(unencrypted_);
    }
    addPermanentWidget(progress_);
    addPermanentWidget(outbox_);
    addPermanentWidget(offline_);
    setConnectorSummary(tr("No connection configured"));
    setOutboxCount(0, 0);

    if (context_.network) {
        offline_->setChecked(context_.network->workOffline());
        connect(offline_, &QToolButton::toggled, context_.network, &NetworkPolicy::setWorkOffline);
        connect(context_.network, &NetworkPolicy::workOfflineChanged, offline_, &QToolButton::setChecked);
        connect(context_.network, &NetworkPolicy::mayConnectChanged, this,
                &WorkspaceStatusBar::refreshConnectors);
    } else {
        offline_->setEnabled(false);
    }
    if (context_.sync) {
        connect(context_.sync, &SyncEngine::stateChanged, this, &WorkspaceStatusBar::refreshConnectors);
        refreshConnectors();
    }
    if (context_.store) {
        auto *outbox = new models::OutboxSummary(*context_.store, this);
        connect(outbox, &models::OutboxSummary::countsChanged, this, &WorkspaceStatusBar::setOutboxCount);
        connect(context_.store, &Store::writeFailed, this,
                [this](const QString &message) { showMessage(message, 8000); });
    }
}

void WorkspaceStatusBar::setConnectorSummary(const QString &text)
{
    connectors_->setText(text);
}

void WorkspaceStatusBar::setAvailability(AgentAvailability *availability)
{
    delete availability_;
    availability_ = new AvailabilityButton(availability, this);
    insertPermanentWidget(0, availability_);
}

QString WorkspaceStatusBar::connectorText() const
{
    return connectors_->text();
}

QString WorkspaceStatusBar::outboxText() const
{
    return outbox_->text();
}

void WorkspaceStatusBar::setOutboxCount(qint64 pending, qint64 failed)
{
    QString text =
        pending == 0 ? tr("Outbox empty") : tr("%n action(s) waiting to send", nullptr, int(pending));
    if (failed > 0)
        text += QStringLiteral(" · ") + tr("%n failed", nullptr, int(failed));
    outbox_->setText(text);
    QPalette p = outbox_->palette();
    p.setColor(QPalette::ButtonText,
               failed > 0 ? failureColor(palette()) : palette().color(QPalette::ButtonText));
    outbox_->setPalette(p);
}

void WorkspaceStatusBar::refreshConnectors()
{
    if (!context_.sync)
        return;
    const QList<Connector *> connectors = context_.sync->connectors();
    if (connectors.isEmpty()) {
        setConnectorSummary(tr("No connection configured"));
        progress_->hide();
        return;
    }
    QStringList parts;
    qint64 synced = 0;
    qint64 expected = 0;
    bool syncing = false;
    for (Connector *connector : connectors) {
        const ConnectorState state = context_.sync->state(connector);
        parts.append(dot(phaseColor(state.phase, palette())) + QStringLiteral("&nbsp;") +
                     state.describe(connector->account().name).toHtmlEscaped());
        if (state.phase == ConnectorState::Phase::FirstSync) {
            syncing = true;
            synced += state.syncedItems;
            expected += state.expectedItems;
        }
    }
    setConnectorSummary(parts.join(QStringLiteral(" &nbsp;&nbsp; ")));
    connectors_->setToolTip(context_.sync->summary());
    progress_->setVisible(syncing);
    if (syncing) {
        progress_->setRange(0, expected > 0 ? 1000 : 0); // busy indicator while the total is unknown
        if (expected > 0)
            progress_->setValue(int(qMin<qint64>(1000, synced * 1000 / expected)));
    }
}

} // namespace kontor::ui
