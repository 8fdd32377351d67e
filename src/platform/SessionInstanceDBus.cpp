#include "platform/SessionInstance.h"

#include <KDBusService>
#include <KWindowSystem>
#include <QCoreApplication>

namespace kontor::platform {

SessionInstance::SessionInstance(const QString &storeName, QObject *parent)
    : QObject(parent)
{
    // KDBusService names itself after the organisation's domain and the application; a store other than the
    // default one gets a name below the application's for as long as the service registers.
    const QString applicationName = QCoreApplication::applicationName();
    if (!storeName.isEmpty())
        QCoreApplication::setApplicationName(applicationName + u'.' + storeName);
    service_ = new KDBusService(KDBusService::Unique | KDBusService::NoExitOnFailure, this);
    QCoreApplication::setApplicationName(applicationName);
    connect(service_, &KDBusService::activateRequested, this,
            [this](const QStringList &arguments, const QString &) { Q_EMIT activationRequested(arguments); });
}

SessionInstance::~SessionInstance() = default;

bool SessionInstance::isRegistered() const
{
    return service_->isRegistered();
}

QString SessionInstance::unregisteredReason() const
{
    return service_->isRegistered() ? QString() : service_->errorMessage();
}

void SessionInstance::activate(QWindow *window)
{
    if (!window)
        return;
    // Takes the startup id (X11) or activation token (Wayland) KDBusService received with the request.
    KWindowSystem::updateStartupId(window);
    KWindowSystem::activateWindow(window);
}

} // namespace kontor::platform
