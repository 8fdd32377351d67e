#include "ui/notifications/TrayNotifier.h"

#include "ui/notifications/DesktopNotificationSink.h"
#include "ui/notifications/NotificationSettings.h"

#include <KStatusNotifierItem>
#include <KWindowSystem>
#include <QApplication>
#include <QGuiApplication>
#include <QPainter>
#include <QWidget>
#include <QWindow>

namespace kontor::ui {

TrayNotifier::TrayNotifier(QWidget *window, std::function<qint64()> openConversation, QObject *parent)
    : QObject(parent)
    , window_(window)
    , openConversation_(std::move(openConversation))
{
    setSink(new DesktopNotificationSink(this));
}

TrayNotifier::~TrayNotifier() = default;

void TrayNotifier::setSink(NotificationSink *sink)
{
    if (sink_)
        disconnect(sink_.data(), nullptr, this, nullptr);
    sink_ = sink;
    connect(sink, &NotificationSink::activated, this, [this](qint64 conversation, const QString &token) {
        bringWindowForward(token);
        if (conversation > 0)
            Q_EMIT conversationRequested(conversation);
    });
}

void TrayNotifier::showTrayIcon()
{
    if (tray_)
        return;
    tray_ = new KStatusNotifierItem(QStringLiteral("kontor"), this);
    tray_->setObjectName(QStringLiteral("trayIcon"));
    tray_->setCategory(KStatusNotifierItem::Communications);
    tray_->setTitle(tr("Kontor"));
    tray_->setAssociatedWindow(window_->windowHandle());
    // Quitting is the window's own business (File → Quit); the tray only shows and hides it.
    tray_->setStandardActionsEnabled(false);
    tray_->setIconByPixmap(badgedIcon(badge_));
    tray_->setToolTip(badgedIcon(0), tr("Kontor"), toolTip());
    tray_->setStatus(badge_ > 0 ? KStatusNotifierItem::NeedsAttention : KStatusNotifierItem::Active);
}

QString TrayNotifier::eventIdFor(models::WorkspaceAlert::Kind kind)
{
    switch (kind) {
    case models::WorkspaceAlert::Kind::AssignedToMe:
        return QStringLiteral("assignedToMe");
    case models::WorkspaceAlert::Kind::Mentioned:
        return QStringLiteral("mentioned");
    case models::WorkspaceAlert::Kind::NewInMyQueue:
        return QStringLiteral("newInMyQueue");
    case models::WorkspaceAlert::Kind::SlaAboutToBreak:
        return QStringLiteral("slaAboutToBreak");
    case models::WorkspaceAlert::Kind::SlaBroken:
        return QStringLiteral("slaBroken");
    case models::WorkspaceAlert::Kind::CustomerReplied:
        break;
    }
    return QStringLiteral("customerReplied");
}

QString TrayNotifier::titleFor(const models::WorkspaceAlert &alert)
{
    switch (alert.kind) {
    case models::WorkspaceAlert::Kind::AssignedToMe:
        return tr("Assigned to you: %1").arg(alert.customerName);
    case models::WorkspaceAlert::Kind::Mentioned:
        return tr("You were mentioned about %1").arg(alert.customerName);
    case models::WorkspaceAlert::Kind::NewInMyQueue:
        return tr("New in your queue: %1").arg(alert.customerName);
    case models::WorkspaceAlert::Kind::SlaAboutToBreak:
        return tr("SLA about to break: %1").arg(alert.customerName);
    case models::WorkspaceAlert::Kind::SlaBroken:
        return tr("SLA broken: %1").arg(alert.customerName);
    case models::WorkspaceAlert::Kind::CustomerReplied:
        break;
    }
    return tr("%1 replied").arg(alert.customerName);
}

void TrayNotifier::notify(const models::WorkspaceAlert &alert)
{
    if (!sink_)
        return;
    if (alert.inboxId && NotificationSettings::isSilenced(*alert.inboxId))
        return;
    // The agent is looking at it already.
    if (window_->isActiveWindow() && openConversation_ && openConversation_() == alert.conversationId)
        return;
    sink_->raise({eventIdFor(alert.kind), titleFor(alert), alert.text, alert.conversationId});
}

void TrayNotifier::bringWindowForward(const QString &activationToken)
{
    window_->setWindowState((window_->windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    window_->show();
    window_->raise();
    // Wayland lets a window take the focus only with the token the notification service handed over.
    if (!activationToken.isEmpty())
        KWindowSystem::setCurrentXdgActivationToken(activationToken);
    if (QWindow *handle = window_->windowHandle())
        KWindowSystem::activateWindow(handle);
    window_->activateWindow();
}

void TrayNotifier::setBadge(qint64 count)
{
    if (count == badge_)
        return;
    badge_ = count;
    // The launcher badge needs the desktop entry to attach to.
    auto *app = qobject_cast<QGuiApplication *>(QCoreApplication::instance());
    if (app && !QGuiApplication::desktopFileName().isEmpty())
        app->setBadgeNumber(count);
    if (tray_) {
        tray_->setIconByPixmap(badgedIcon(count));
        tray_->setToolTip(badgedIcon(0), tr("Kontor"), toolTip());
        tray_->setStatus(count > 0 ? KStatusNotifierItem::NeedsAttention : KStatusNotifierItem::Active);
    }
}

QString TrayNotifier::toolTip() const
{
    return badge_ > 0 ? tr("%n conversation(s) with unread messages", nullptr, int(badge_))
                      : tr("No unread messages");
}

QIcon TrayNotifier::badgedIcon(qint64 count) const
{
    const QIcon base(QStringLiteral(":/icons/kontor.svg"));
    if (count <= 0)
        return base;
    QPixmap pixmap = base.pixmap(64, 64);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0xd9, 0x2d, 0x2d));
    painter.drawEllipse(QRectF(30, 0, 34, 34));
    QFont font = painter.font();
    font.setPixelSize(count > 9 ? 17 : 22);
    font.setBold(true);
    painter.setFont(font);
    painter.setPen(Qt::white);
    painter.drawText(QRectF(30, 0, 34, 34), Qt::AlignCenter,
                     count > 99 ? QStringLiteral("99+") : QString::number(count));
    return QIcon(pixmap);
}

} // namespace kontor::ui
