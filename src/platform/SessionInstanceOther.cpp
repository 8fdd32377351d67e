#include "platform/SessionInstance.h"

#include <QWindow>

namespace kontor::platform {

// Windows and macOS have no session bus: the store's lock and local channel keep one Kontor per store there.
SessionInstance::SessionInstance(const QString &, QObject *parent)
    : QObject(parent)
{}

SessionInstance::~SessionInstance() = default;

bool SessionInstance::isRegistered() const
{
    return false;
}

QString SessionInstance::unregisteredReason() const
{
    return QStringLiteral("this system has no session bus");
}

void SessionInstance::activate(QWindow *window)
{
    if (window)
        window->requestActivate();
}

} // namespace kontor::platform
