#pragma once

#include "models/WorkspaceAlerts.h"

#include <QIcon>
#include <QObject>
#include <functional>

class QSystemTrayIcon;
class QWidget;

namespace kontor::ui {

class DesktopNotifications;

// Tells the agent about what needs them while they look elsewhere: a desktop notification per alert (as the
// agent configured them) and a badge with the number of their conversations with unread messages, on the tray
// icon and the application. Quiet while the window is active on the very conversation the alert is about.
class TrayNotifier : public QObject
{
    Q_OBJECT
public:
    TrayNotifier(QWidget *window, std::function<qint64()> openConversation, QObject *parent = nullptr);
    ~TrayNotifier() override;

    // Puts the icon into the system tray, where there is one, else connects to the desktop's notification
    // service. Asking the desktop takes a round trip to it, so this waits until the window is up.
    void showTrayIcon();

    void notify(const models::WorkspaceAlert &alert);
    void setBadge(qint64 count);
    qint64 badge() const { return badge_; }
    // What the last notification said (title and text), also when no tray exists to show it.
    QString lastTitle() const { return lastTitle_; }
    QString lastText() const { return lastText_; }
    int shownCount() const { return shown_; }

    static QString titleFor(const models::WorkspaceAlert &alert);

Q_SIGNALS:
    void conversationRequested(qint64 conversationId);

private:
    QIcon badgedIcon(qint64 count) const;
    QString toolTip() const;

    QWidget *window_;
    std::function<qint64()> openConversation_;
    QSystemTrayIcon *tray_ = nullptr;
    DesktopNotifications *desktop_ = nullptr; // where there is no tray
    qint64 badge_ = 0;
    qint64 lastConversation_ = 0;
    QString lastTitle_;
    QString lastText_;
    int shown_ = 0;
};

} // namespace kontor::ui
