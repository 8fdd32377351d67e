#include "ui/notifications/DesktopNotificationSink.h"

#include <KNotification>

namespace kontor::ui {

QString DesktopNotificationSink::componentName()
{
    return QStringLiteral("kontor");
}

void DesktopNotificationSink::raise(const WorkspaceNotification &notification)
{
    auto *shown = new KNotification(notification.eventId, KNotification::CloseOnTimeout);
    shown->setComponentName(componentName());
    shown->setTitle(notification.title);
    shown->setText(notification.text);
    shown->setIconName(QStringLiteral("org.kontor.Kontor"));
    KNotificationAction *open = shown->addDefaultAction(tr("Open"));
    connect(open, &KNotificationAction::activated, this,
            [this, shown, conversation = notification.conversationId] {
                Q_EMIT activated(conversation, shown->xdgActivationToken());
            });
    // KNotification deletes itself once closed.
    shown->sendEvent();
}

} // namespace kontor::ui
