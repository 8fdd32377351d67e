#include "platform/SessionInstance.h"

#include <KDBusService>
#include <KWindowSystem>
#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <algorithm>

namespace kontor::platform {

namespace {

constexpr int answerTimeoutMs = 3000;

// The name KDBusService registers: the organisation's domain reversed, then the application's name.
QString serviceNameFor(const QString &applicationName)
{
    QStringList parts = QCoreApplication::organizationDomain().split(u'.', Qt::SkipEmptyParts);
    std::reverse(parts.begin(), parts.end());
    return parts.join(u'.') + u'.' + applicationName;
}

// True when the Kontor that has the name answers a call on its main thread within seconds. KDBusService would
// wait five minutes for a stuck one to take the command line.
bool holderAnswers(const QString &serviceName)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected() || !bus.interface()->isServiceRegistered(serviceName).value())
        return true; // nobody to ask: KDBusService registers the name
    QString path = u'/' + serviceName;
    path.replace(u'.', u'/').replace(u'-', u'_');
    const QDBusMessage call = QDBusMessage::createMethodCall(
        serviceName, path, QStringLiteral("org.freedesktop.DBus.Introspectable"),
        QStringLiteral("Introspect"));
    return bus.call(call, QDBus::Block, answerTimeoutMs).type() == QDBusMessage::ReplyMessage;
}

} // namespace

SessionInstance::SessionInstance(const QString &storeName, QObject *parent)
    : QObject(parent)
{
    // KDBusService names itself after the application; a store other than the default one gets a name below
    // the application's for as long as the service registers.
    const QString applicationName = QCoreApplication::applicationName();
    const QString nameForStore = storeName.isEmpty() ? applicationName : applicationName + u'.' + storeName;
    if (!holderAnswers(serviceNameFor(nameForStore))) {
        // Stuck, or still opening the store: the store's lock names it, as it does for a holder off the bus.
        unansweredReason_ =
            QStringLiteral("the Kontor that has this store on the session bus does not answer");
        return;
    }
    QCoreApplication::setApplicationName(nameForStore);
    service_ = new KDBusService(KDBusService::Unique | KDBusService::NoExitOnFailure, this);
    QCoreApplication::setApplicationName(applicationName);
    connect(service_, &KDBusService::activateRequested, this,
            [this](const QStringList &arguments, const QString &) { Q_EMIT activationRequested(arguments); });
}

SessionInstance::~SessionInstance() = default;

bool SessionInstance::isRegistered() const
{
    return service_ && service_->isRegistered();
}

QString SessionInstance::unregisteredReason() const
{
    if (!service_)
        return unansweredReason_;
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
