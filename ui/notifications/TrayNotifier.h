#pragma once

#include "models/WorkspaceAlerts.h"
#include "ui/notifications/NotificationSink.h"

#include <QIcon>
#include <QObject>
#include <QPointer>
#include <functional>

class KStatusNotifierItem;
class QWidget;

namespace kontor::ui {

// Tells the agent about what needs them while they look elsewhere: a notification per alert (through
// KNotifications, with the sound and popup the agent chose for its event) unless its inbox is silenced, and
// the number of their conversations with unread messages on the tray icon and the application. Quiet while
// the window is active on the very conversation the alert is about. Clicking a notification brings the
// window to the front, on X11 and on Wayland, and opens the conversation.
class TrayNotifier : public QObject
{
    Q_OBJECT
public:
    TrayNotifier(QWidget *window, std::function<qint64()> openConversation, QObject *parent = nullptr);
    ~TrayNotifier() override;

    // Puts the icon into the system tray (a status notifier item). Waits until the window is up: the tray
    // is asked over the session bus.
    void showTrayIcon();
    KStatusNotifierItem *trayIcon() const { return tray_; }

    // Where notifications go; the desktop's service unless a test gives its own. Not owned when given.
    void setSink(NotificationSink *sink);
    NotificationSink *sink() const { return sink_; }

    void notify(const models::WorkspaceAlert &alert);
    void setBadge(qint64 count);
    qint64 badge() const { return badge_; }
    QString toolTip() const;

    static QString titleFor(const models::WorkspaceAlert &alert);
    // The event of kontor.notifyrc an alert belongs to.
    static QString eventIdFor(models::WorkspaceAlert::Kind kind);

Q_SIGNALS:
    void conversationRequested(qint64 conversationId);

private:
    void bringWindowForward(const QString &activationToken);
    QIcon badgedIcon(qint64 count) const;

    QWidget *window_;
    std::function<qint64()> openConversation_;
    QPointer<NotificationSink> sink_;
    KStatusNotifierItem *tray_ = nullptr;
    qint64 badge_ = 0;
};

} // namespace kontor::ui
