#pragma once

#include <QHash>
#include <QObject>

namespace kontor::ui {

// Desktop notifications through the freedesktop notification service, for desktops without a system tray
// (GNOME among them), where the tray's balloon messages never show. Clicking one asks to open its
// conversation. Unavailable where there is no session bus or no service on it.
class DesktopNotifications : public QObject
{
    Q_OBJECT
public:
    explicit DesktopNotifications(QObject *parent = nullptr);

    bool isAvailable() const { return available_; }
    // Hands title and text to the service without waiting for it; false when there is no service.
    bool show(const QString &title, const QString &text, qint64 conversationId);

Q_SIGNALS:
    void conversationRequested(qint64 conversationId);

private Q_SLOTS:
    void onActionInvoked(uint id, const QString &action);
    void onClosed(uint id, uint reason);

private:
    bool available_ = false;
    QHash<uint, qint64> conversations_; // notification id -> conversation, while shown
};

} // namespace kontor::ui
