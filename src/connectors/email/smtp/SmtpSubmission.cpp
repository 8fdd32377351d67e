#include "connectors/email/smtp/SmtpSubmission.h"

#include <KSMTP/LoginJob>
#include <KSMTP/SendJob>
#include <KSMTP/Session>

namespace kontor::email {

namespace {
constexpr int kTimeoutMs = 30'000;
}

SmtpSubmission::SmtpSubmission(EmailAccountSettings settings, QString password, QObject *parent)
    : QObject(parent)
    , settings_(std::move(settings))
    , password_(std::move(password))
{
    deadline_.setSingleShot(true);
    deadline_.setInterval(kTimeoutMs);
    connect(&deadline_, &QTimer::timeout, this, [this] {
        if (stage_ == Stage::Sending)
            finish(Outcome::MayHaveLanded, ConnectionProblem::Unreachable,
                   tr("The mail server did not answer."));
        else
            finish(Outcome::NotSent, ConnectionProblem::Unreachable, tr("The mail server did not answer."));
    });
}

SmtpSubmission::~SmtpSubmission()
{
    if (session_)
        session_->disconnect(this);
}

void SmtpSubmission::send(const QByteArray &message, const QStringList &recipients)
{
    message_ = message;
    recipients_ = recipients;
    open();
}

void SmtpSubmission::checkLogin()
{
    loginOnly_ = true;
    open();
}

void SmtpSubmission::open()
{
    stage_ = Stage::Connecting;
    session_ = std::make_unique<KSmtp::Session>(settings_.smtp.host, settings_.smtp.port);
    session_->setUseNetworkProxy(false);
    session_->setSocketTimeout(kTimeoutMs);
    session_->setEncryptionMode(settings_.smtp.tls == TlsMode::Implicit ? KSmtp::Session::TLS
                                                                        : KSmtp::Session::STARTTLS);
    connect(session_.get(), &KSmtp::Session::connectionError, this,
            [this](const QString &error) { connectionError_ = error; });
    connect(session_.get(), &KSmtp::Session::stateChanged, this, [this](KSmtp::Session::State state) {
        if (stage_ == Stage::Connecting && state == KSmtp::Session::NotAuthenticated) {
            logIn();
        } else if (state == KSmtp::Session::Disconnected && stage_ == Stage::Connecting) {
            const bool tls = connectionError_.contains(QLatin1String("SSL"), Qt::CaseInsensitive) ||
                             connectionError_.contains(QLatin1String("TLS"), Qt::CaseInsensitive) ||
                             connectionError_.contains(QLatin1String("certificate"), Qt::CaseInsensitive);
            finish(Outcome::NotSent, tls ? ConnectionProblem::Tls : ConnectionProblem::Unreachable,
                   connectionError_);
        }
    });
    deadline_.start();
    session_->open();
}

void SmtpSubmission::logIn()
{
    stage_ = Stage::LoggingIn;
    auto *login = new KSmtp::LoginJob(session_.get());
    login->setUserName(settings_.login());
    login->setPassword(password_);
    login->setPreferedAuthMode(KSmtp::LoginJob::Plain);
    connect(login, &KJob::result, this, [this, login] {
        if (login->error()) {
            finish(Outcome::NotSent, ConnectionProblem::Credentials, login->errorString());
            return;
        }
        if (loginOnly_)
            finish(Outcome::Sent, ConnectionProblem::None, {});
        else
            transmit();
    });
    login->start();
}

void SmtpSubmission::transmit()
{
    stage_ = Stage::Sending;
    auto *send = new KSmtp::SendJob(session_.get());
    send->setFrom(settings_.address);
    send->setTo(recipients_);
    send->setData(message_);
    connect(send, &KJob::result, this, [this, send] {
        if (send->error())
            finish(Outcome::MayHaveLanded, ConnectionProblem::ServerRefusal, send->errorString());
        else
            finish(Outcome::Sent, ConnectionProblem::None, {});
    });
    send->start();
}

void SmtpSubmission::finish(Outcome outcome, ConnectionProblem problem, const QString &detail)
{
    if (stage_ == Stage::Done)
        return;
    stage_ = Stage::Done;
    deadline_.stop();
    if (session_ && session_->state() != KSmtp::Session::Disconnected)
        session_->quit();
    Q_EMIT finished(outcome, problem, detail);
}

} // namespace kontor::email
