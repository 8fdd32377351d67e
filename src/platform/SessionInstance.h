#pragma once

#include <QObject>
#include <QStringList>

class KDBusService;
class QWindow;

namespace kontor::platform {

// This Kontor as the desktop session knows it, for one store. On Linux and the BSDs it is a name on the
// session bus (KDBusService), so that a later start on the same store activates this one instead of starting,
// and passes the startup id (X11) or activation token (Wayland) that lets this window come to the front.
// Elsewhere, and without a session bus, it registers nothing: the store's lock and local channel
// (src/instance) do the job alone.
class SessionInstance : public QObject
{
    Q_OBJECT

public:
    // Claims the name for a store: the application's own name (org.kontor.Kontor) when storeName is empty,
    // for the default store; otherwise a name of the store's own below it, so that two stores run side by
    // side. When another process holds the name, hands this start's command line to it and ends this process
    // with its answer (0): the constructor does not return then. A holder that does not answer within seconds
    // (stuck, or busy opening the store) is left to the store's lock, and nothing is registered.
    explicit SessionInstance(const QString &storeName, QObject *parent = nullptr);
    ~SessionInstance() override;

    // True when this process holds the name: later starts on the store reach it through the session bus.
    bool isRegistered() const;
    // Why nothing was registered (no session bus, a holder that does not answer, another system), for the
    // log; empty when registered.
    QString unregisteredReason() const;

    // Brings window to the front, with the startup id or activation token of the start that asked, where the
    // system has them. Call it from a slot of activationRequested: the token is valid only while that runs.
    static void activate(QWindow *window);

Q_SIGNALS:
    // A later start on this store, with its command line.
    void activationRequested(const QStringList &arguments);

private:
    KDBusService *service_ = nullptr;
    QString unansweredReason_;
};

} // namespace kontor::platform
