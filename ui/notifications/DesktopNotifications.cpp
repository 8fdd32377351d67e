#include "ui/notifications/DesktopNotifications.h"

#include <QGuiApplication>

#ifdef KONTOR_HAS_DBUS
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusReply>
#endif

namespace kontor::ui {

namespace {
#ifdef KONTOR_HAS_DBUS
const QString kService = QStringLiteral("org.freedesktop.Notifications");
const QString kPath = QStringLiteral("/org/freedesktop/Notifications");
const QString kInterface = QStringLiteral("org.freedesktop.Notifications");
#endif
} // namespace

DesktopNotifications::DesktopNotifications(QObject *parent)
    : QObject(parent)
{
#ifdef KONTOR_HAS_DBUS
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected() || !bus.interface())
        return;
    // The service may be started on demand: activatable counts as available.
    const QDBusReply<QStringList> activatable = bus.interface()->activatableServiceNames();
    available_ = bus.interface()->isServiceRegistered(kService).value() ||
                 (activatable.isValid() && activatable.value().contains(kService));
    if (!available_)
        return;
    bus.connect(kService, kPath, kInterface, QStringLiteral("ActionInvoked"), this,
                SLOT(onActionInvoked(uint, QString)));
    bus.connect(kService, kPath, kInterface, QStringLiteral("NotificationClosed"), this,
                SLOT(onClosed(uint, uint)));
#endif
}

bool DesktopNotifications::show(const QString &title, const QString &text, qint64 conversationId)
{
#ifdef KONTOR_HAS_DBUS
    if (!available_)
        return false;
    QDBusMessage call = QDBusMessage::createMethodCall(kService, kPath, kInterface, QStringLiteral("Notify"));
    const QVariantMap hints{{QStringLiteral("desktop-entry"), QGuiApplication::desktopFileName()},
                            {QStringLiteral("category"), QStringLiteral("im.received")}};
    call << QGuiApplication::applicationDisplayName() << uint(0) << QStringLiteral("kontor") << title << text
         << QStringList{QStringLiteral("default"), tr("Open")} << hints << int(-1);
    // Asynchronous: a slow notification service must never hold up the window.
    auto *watcher = new QDBusPendingCallWatcher(QDBusConnection::sessionBus().asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, conversationId](QDBusPendingCallWatcher *w) {
                const QDBusPendingReply<uint> reply = *w;
                if (!reply.isError())
                    conversations_.insert(reply.value(), conversationId);
                w->deleteLater();
            });
    return true;
#else
    Q_UNUSED(title)
    Q_UNUSED(text)
    Q_UNUSED(conversationId)
    return false;
#endif
}

void DesktopNotifications::onActionInvoked(uint id, const QString &action)
{
    const auto it = conversations_.constFind(id);
    if (it == conversations_.cend() || action != u"default")
        return;
    Q_EMIT conversationRequested(it.value());
}

void DesktopNotifications::onClosed(uint id, uint)
{
    conversations_.remove(id);
}

} // namespace kontor::ui
