#pragma once

#include "connectors/email/account/EmailAccountSettings.h"

#include <QObject>
#include <memory>

namespace KIMAP {
class Session;
}

namespace kontor::email {

// Why a connection to a mail server could not be made, as the agent is told.
enum class ConnectionProblem
{
    None,
    UnknownHost, // the server's name does not resolve
    Unreachable, // nothing listening on the port, or no answer in time
    Tls,         // the TLS handshake failed: a certificate that does not verify, or no TLS on that port
    Credentials, // the server refused the login
    MissingCapabilities, // the server lacks what the connector needs
    ServerRefusal,       // the server answered, but not what was asked (a missing folder)
};

// One logged-in KIMAP session to the account's IMAP server over TLS (implicit or STARTTLS, never plain).
// KIMAP runs the session's commands one after another; every job of a connection goes through session().
class ImapConnection : public QObject
{
    Q_OBJECT
public:
    ImapConnection(EmailAccountSettings settings, QString password, QObject *parent = nullptr);
    ~ImapConnection() override;

    // Connects and logs in: ready() or failed(), once.
    void open();
    void close();
    KIMAP::Session *session() const { return session_.get(); }
    bool isReady() const { return ready_; }

Q_SIGNALS:
    void ready();
    void failed(kontor::email::ConnectionProblem problem, const QString &detail);
    // A connection that was ready is gone (the server restarted, the network went away).
    void lost();

private:
    EmailAccountSettings settings_;
    QString password_;
    std::unique_ptr<KIMAP::Session> session_;
    bool ready_ = false;
    bool connectionFailed_ = false;
};

} // namespace kontor::email
