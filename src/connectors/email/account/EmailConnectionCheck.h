#pragma once

#include "connectors/email/account/EmailAccountSettings.h"
#include "connectors/email/imap/ImapConnection.h"

#include <QObject>
#include <QSslCertificate>
#include <memory>

namespace kontor::email {

class TlsProbe;

// What the connection test found, for the account dialog.
struct EmailCheckResult
{
    enum class Server
    {
        Imap,
        Smtp,
    };

    ConnectionProblem problem = ConnectionProblem::None;
    Server server = Server::Imap;  // where it failed
    QString message{};             // for the agent, translated
    QSslCertificate certificate{}; // ConnectionProblem::Tls: the certificate that did not verify, if any
    QStringList missingCapabilities{};

    bool ok() const { return problem == ConnectionProblem::None; }
};

// The account dialog's "Test connection": the IMAP server (reached, TLS verified or the certificate the agent
// trusted, login, the capabilities the connector needs), then the SMTP server (reached, TLS, login). Says
// clearly what is wrong: the host, the port, TLS (with the certificate to compare), the credentials, or
// missing capabilities.
class EmailConnectionCheck : public QObject
{
    Q_OBJECT
public:
    // What the connector cannot do without: UIDPLUS gives the UID of the Sent copy (exactly-once delivery).
    static QStringList requiredCapabilities();

    EmailConnectionCheck(EmailAccountSettings settings, QString password, QObject *parent = nullptr);
    ~EmailConnectionCheck() override;

    void start();

Q_SIGNALS:
    void finished(const kontor::email::EmailCheckResult &result);

private:
    void probe(EmailCheckResult::Server server);
    void logInImap();
    void checkCapabilities();
    void logInSmtp();
    void fail(EmailCheckResult::Server server, ConnectionProblem problem, const QString &message);

    EmailAccountSettings settings_;
    QString password_;
    std::unique_ptr<ImapConnection> imap_;
    bool done_ = false;
};

QString describeServer(EmailCheckResult::Server server);

} // namespace kontor::email
