#pragma once

#include "ui/notifications/NotificationSink.h"

namespace kontor::ui {

// Notifications through KNotifications: sound, popup and the rest as the agent chose per event in the
// settings (kontor.notifyrc holds the defaults). Clicking one opens its conversation.
class DesktopNotificationSink : public NotificationSink
{
    Q_OBJECT
public:
    using NotificationSink::NotificationSink;

    void raise(const WorkspaceNotification &notification) override;

    // The component name KNotifications reads the events of (kontor.notifyrc).
    static QString componentName();
};

} // namespace kontor::ui
