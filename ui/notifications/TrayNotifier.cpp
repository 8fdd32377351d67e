#include "ui/notifications/TrayNotifier.h"

#include "ui/notifications/DesktopNotifications.h"
#include "ui/notifications/NotificationSettings.h"

#include <QApplication>
#include <QGuiApplication>
#include <QPainter>
#include <QSystemTrayIcon>
#include <QWidget>

namespace kontor::ui {

TrayNotifier::TrayNotifier(QWidget *window, std::function<qint64()> openConversation, QObject *parent)
    : QObject(parent)
    , window_(window)
    , openConversation_(std::move(openConversation))
{}

TrayNotifier::~TrayNotifier() = default;

void TrayNotifier::showTrayIcon()
{
    if (!tray_ && QSystemTrayIcon::isSystemTrayAvailable()) {
        tray_ = new QSystemTrayIcon(badgedIcon(badge_), this);
        tray_->setToolTip(toolTip());
        connect(tray_, &QSystemTrayIcon::messageClicked, this, [this] {
            window_->showNormal();
            window_->raise();
            window_->activateWindow();
            if (lastConversation_ > 0)
                Q_EMIT conversationRequested(lastConversation_);
        });
        connect(tray_, &QSystemTrayIcon::activated, this, [this] {
            window_->showNormal();
            window_->raise();
            window_->activateWindow();
        });
        tray_->show();
    } else if (!tray_ && !desktop_) {
        desktop_ = new DesktopNotifications(this);
        connect(desktop_, &DesktopNotifications::conversationRequested, this, [this](qint64 conversation) {
            window_->showNormal();
            window_->raise();
            window_->activateWindow();
            Q_EMIT conversationRequested(conversation);
        });
    }
}

QString TrayNotifier::titleFor(const models::WorkspaceAlert &alert)
{
    switch (alert.kind) {
    case models::WorkspaceAlert::Kind::AssignedToMe:
        return tr("Assigned to you: %1").arg(alert.customerName);
    case models::WorkspaceAlert::Kind::Mentioned:
        return tr("You were mentioned about %1").arg(alert.customerName);
    case models::WorkspaceAlert::Kind::CustomerReplied:
        break;
    }
    return tr("%1 replied").arg(alert.customerName);
}

void TrayNotifier::notify(const models::WorkspaceAlert &alert)
{
    if (!NotificationSettings::isEnabled(alert.kind))
        return;
    // The agent is looking at it already.
    if (window_->isActiveWindow() && openConversation_ && openConversation_() == alert.conversationId)
        return;
    lastConversation_ = alert.conversationId;
    lastTitle_ = titleFor(alert);
    lastText_ = alert.text;
    ++shown_;
    if (tray_) {
        tray_->showMessage(lastTitle_, lastText_, QSystemTrayIcon::Information, 8000);
        return;
    }
    if (desktop_)
        desktop_->show(lastTitle_, lastText_, alert.conversationId);
    // Without a tray the taskbar entry asks for attention as well.
    QApplication::alert(window_);
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
        tray_->setIcon(badgedIcon(count));
        tray_->setToolTip(toolTip());
    }
}

QString TrayNotifier::toolTip() const
{
    return badge_ > 0 ? tr("Kontor — %n conversation(s) with unread messages", nullptr, int(badge_))
                      : tr("Kontor");
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
