#pragma once

#include <QObject>

namespace kontor {

// Decides whether connectors may use the network: the system says whether it is reachable
// (QNetworkInformation, where a backend for it exists), and the agent can choose to work offline regardless.
// When the system cannot tell, the network is assumed reachable and connection errors decide instead.
class NetworkPolicy : public QObject
{
    Q_OBJECT
public:
    explicit NetworkPolicy(QObject *parent = nullptr);

    bool systemReachable() const { return m_systemReachable; }
    bool workOffline() const { return m_workOffline; }
    bool mayConnect() const { return m_systemReachable && !m_workOffline; }

    void setWorkOffline(bool offline);
    // For tests and for platforms without a reachability backend.
    void setSystemReachable(bool reachable);

Q_SIGNALS:
    void mayConnectChanged(bool mayConnect);
    void workOfflineChanged(bool workOffline);

private:
    void update(bool systemReachable, bool workOffline);

    bool m_systemReachable = true;
    bool m_workOffline = false;
};

} // namespace kontor
