#pragma once

#include <QObject>
#include <QString>

namespace kontor::ui {

// One notification as the agent gets it: the event of kontor.notifyrc it belongs to (which decides sound and
// popup, as the agent configured them), what it says, and the conversation it opens.
struct WorkspaceNotification
{
    QString eventId;
    QString title;
    QString text;
    qint64 conversationId = 0;
};

// Where notifications go: the desktop's notification service in the app, a recorder in tests.
class NotificationSink : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual void raise(const WorkspaceNotification &notification) = 0;

Q_SIGNALS:
    // The agent clicked a notification. The token (empty on X11) lets the window come to the front on
    // Wayland.
    void activated(qint64 conversationId, const QString &activationToken);
};

} // namespace kontor::ui
