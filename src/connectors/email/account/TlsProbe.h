#pragma once

#include "connectors/email/account/EmailAccountSettings.h"

#include <QObject>
#include <QSslCertificate>
#include <QSslSocket>
#include <QTimer>

namespace kontor::email {

// What the connection test learns about a server's TLS before any login: whether it can be reached, and the
// certificate it shows when that does not verify (for the agent to compare and, if they choose, trust by its
// fingerprint). KIMAP and KSMTP do not hand out the certificate they refused, so this makes its own
// connection: for STARTTLS it says only the upgrade command of the protocol, then leaves.
class TlsProbe : public QObject
{
    Q_OBJECT
public:
    enum class Protocol
    {
        Imap,
        Smtp,
    };
    enum class Outcome
    {
        Verified,
        Untrusted, // certificate() is the one that did not verify; errors() says why
        UnknownHost,
        Unreachable, // nothing answers on that port
        NoTls,       // the server did not take the TLS upgrade, or spoke no TLS on an implicit TLS port
    };

    TlsProbe(Protocol protocol, ServerEndpoint endpoint, QObject *parent = nullptr);

    void start();
    QSslCertificate certificate() const { return certificate_; }
    QString errors() const { return errors_; }

Q_SIGNALS:
    void finished(kontor::email::TlsProbe::Outcome outcome);

private:
    void readPlain();
    void finish(Outcome outcome);

    Protocol protocol_;
    ServerEndpoint endpoint_;
    QSslSocket socket_;
    QTimer deadline_;
    QByteArray buffer_;
    int step_ = 0;
    bool done_ = false;
    QSslCertificate certificate_;
    QString errors_;
};

} // namespace kontor::email
