#include "sync/NetworkPolicy.h"

#include <QNetworkInformation>
#include <QSettings>

namespace kontor {

namespace {
const QString kWorkOfflineKey = QStringLiteral("network/workOffline");

bool reachableFrom(QNetworkInformation::Reachability reachability)
{
    // Unknown means the backend cannot tell; Local/Site still allow a self-hosted backend on the same
    // network.
    return reachability != QNetworkInformation::Reachability::Disconnected;
}
} // namespace

NetworkPolicy::NetworkPolicy(QObject *parent)
    : QObject(parent)
    , m_workOffline(QSettings().value(kWorkOfflineKey, false).toBool())
{
    if (QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        QNetworkInformation *info = QNetworkInformation::instance();
        m_systemReachable = reachableFrom(info->reachability());
        connect(info, &QNetworkInformation::reachabilityChanged, this,
                [this](QNetworkInformation::Reachability r) { update(reachableFrom(r), m_workOffline); });
    }
}

void NetworkPolicy::setWorkOffline(bool offline)
{
    if (offline == m_workOffline)
        return;
    QSettings().setValue(kWorkOfflineKey, offline);
    update(m_systemReachable, offline);
    Q_EMIT workOfflineChanged(offline);
}

void NetworkPolicy::setSystemReachable(bool reachable)
{
    update(reachable, m_workOffline);
}

void NetworkPolicy::update(bool systemReachable, bool workOffline)
{
    const bool before = mayConnect();
    m_systemReachable = systemReachable;
    m_workOffline = workOffline;
    if (before != mayConnect())
        Q_EMIT mayConnectChanged(mayConnect());
}

} // namespace kontor
