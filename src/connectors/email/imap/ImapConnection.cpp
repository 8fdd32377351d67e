#include "connectors/email/imap/ImapConnection.h"

#include <KIMAP/LoginJob>
#include <KIMAP/Session>

namespace kontor::email {

namespace {
constexpr int kTimeoutSeconds = 30;
}

ImapConnection::ImapConnection(EmailAccountSettings settings, QString password, QObject *parent)
    : QObject(parent)
    , settings_(std::move(settings))
    , password_(std::move(password))
{}

ImapConnection::~ImapConnection()
{
    close();
}

void ImapConnection::open()
{
    close();
    session_ = std::make_unique<KIMAP::Session>(settings_.imap.host, settings_.imap.port);
    session_->setUseNetworkProxy(false);
    session_->setTimeout(kTimeoutSeconds);
    connectionFailed_ = false;
    connect(session_.get(), &KIMAP::Session::connectionFailed, this, [this] { connectionFailed_ = true; });
    connect(session_.get(), &KIMAP::Session::connectionLost, this, [this] {
        if (!ready_)
            return;
        ready_ = false;
        Q_EMIT lost();
    });

    auto *login = new KIMAP::LoginJob(session_.get());
    login->setUserName(settings_.login());
    login->setPassword(password_);
    login->setEncryptionMode(settings_.imap.tls == TlsMode::Implicit ? KIMAP::LoginJob::SSLorTLS
                                                                     : KIMAP::LoginJob::STARTTLS);
    login->setAuthenticationMode(KIMAP::LoginJob::Plain);
    connect(login, &KJob::result, this, [this, login] {
        if (!login->error()) {
            ready_ = true;
            Q_EMIT ready();
            return;
        }
        const QString detail = login->errorString();
        ConnectionProblem problem = ConnectionProblem::Credentials;
        if (connectionFailed_ || login->error() == KIMAP::LoginJob::ERR_COULD_NOT_CONNECT)
            problem = ConnectionProblem::Unreachable;
        else if (detail.contains(QLatin1String("SSL"), Qt::CaseInsensitive) ||
                 detail.contains(QLatin1String("TLS"), Qt::CaseInsensitive))
            problem = ConnectionProblem::Tls;
        Q_EMIT failed(problem, detail);
    });
    login->start();
}

void ImapConnection::close()
{
    ready_ = false;
    if (!session_)
        return;
    session_->disconnect(this);
    session_->close();
    // KIMAP finishes what the session's thread still does before it goes.
    session_.release()->deleteLater();
}

} // namespace kontor::email
