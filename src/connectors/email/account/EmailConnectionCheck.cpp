#include "connectors/email/account/EmailConnectionCheck.h"

#include "connectors/email/account/CertificateTrust.h"
#include "connectors/email/account/TlsProbe.h"
#include "connectors/email/smtp/SmtpSubmission.h"

#include <KIMAP/CapabilitiesJob>
#include <KIMAP/Session>

namespace kontor::email {

QString describeServer(EmailCheckResult::Server server)
{
    return server == EmailCheckResult::Server::Imap ? EmailConnectionCheck::tr("incoming mail (IMAP)")
                                                    : EmailConnectionCheck::tr("outgoing mail (SMTP)");
}

QStringList EmailConnectionCheck::requiredCapabilities()
{
    return {QStringLiteral("UIDPLUS")};
}

EmailConnectionCheck::EmailConnectionCheck(EmailAccountSettings settings, QString password, QObject *parent)
    : QObject(parent)
    , settings_(std::move(settings))
    , password_(std::move(password))
{}

EmailConnectionCheck::~EmailConnectionCheck() = default;

void EmailConnectionCheck::start()
{
    for (const QSslCertificate &certificate : QSslCertificate::fromData(settings_.trustedCertificatePem))
        trustCertificate(certificate);
    probe(EmailCheckResult::Server::Imap);
}

void EmailConnectionCheck::probe(EmailCheckResult::Server server)
{
    const bool imap = server == EmailCheckResult::Server::Imap;
    const ServerEndpoint endpoint = imap ? settings_.imap : settings_.smtp;
    auto *probe = new TlsProbe(imap ? TlsProbe::Protocol::Imap : TlsProbe::Protocol::Smtp, endpoint, this);
    connect(probe, &TlsProbe::finished, this,
            [this, probe, server, endpoint, imap](TlsProbe::Outcome outcome) {
                probe->deleteLater();
                switch (outcome) {
                case TlsProbe::Outcome::Verified:
                    if (imap)
                        logInImap();
                    else
                        logInSmtp();
                    return;
                case TlsProbe::Outcome::UnknownHost:
                    fail(server, ConnectionProblem::UnknownHost,
                         tr("The server %1 for %2 was not found. Check the server name.")
                             .arg(endpoint.host, describeServer(server)));
                    return;
                case TlsProbe::Outcome::Unreachable:
                    fail(server, ConnectionProblem::Unreachable,
                         tr("Nothing answers on port %1 of %2 for %3. Check the port.")
                             .arg(endpoint.port)
                             .arg(endpoint.host, describeServer(server)));
                    return;
                case TlsProbe::Outcome::NoTls:
                    fail(server, ConnectionProblem::Tls,
                         endpoint.tls == TlsMode::Implicit ? tr("The server for %1 does not speak TLS on "
                                                                "port %2. Try STARTTLS, or another port.")
                                                                 .arg(describeServer(server))
                                                                 .arg(endpoint.port)
                                                           : tr("The server for %1 does not offer STARTTLS "
                                                                "on port %2. Try TLS, or another port.")
                                                                 .arg(describeServer(server))
                                                                 .arg(endpoint.port));
                    return;
                case TlsProbe::Outcome::Untrusted: {
                    EmailCheckResult result;
                    result.problem = ConnectionProblem::Tls;
                    result.server = server;
                    result.certificate = probe->certificate();
                    result.message =
                        tr("The certificate of %1 cannot be verified (%2). Its SHA-256 fingerprint is %3. "
                           "Trust it only "
                           "if your mail provider confirms this fingerprint.")
                            .arg(endpoint.host, probe->errors(), fingerprintText(probe->certificate()));
                    if (!done_) {
                        done_ = true;
                        Q_EMIT finished(result);
                    }
                    return;
                }
                }
            });
    probe->start();
}

void EmailConnectionCheck::logInImap()
{
    imap_ = std::make_unique<ImapConnection>(settings_, password_);
    connect(imap_.get(), &ImapConnection::ready, this, &EmailConnectionCheck::checkCapabilities);
    connect(imap_.get(), &ImapConnection::failed, this,
            [this](ConnectionProblem problem, const QString &detail) {
                if (problem == ConnectionProblem::Credentials)
                    fail(EmailCheckResult::Server::Imap, problem,
                         tr("The incoming mail server refused the user name or password."));
                else
                    fail(EmailCheckResult::Server::Imap, problem,
                         tr("The incoming mail server could not be used: %1").arg(detail));
            });
    imap_->open();
}

void EmailConnectionCheck::checkCapabilities()
{
    auto *job = new KIMAP::CapabilitiesJob(imap_->session());
    connect(job, &KJob::result, this, [this, job] {
        QStringList missing;
        const QStringList offered = job->capabilities();
        for (const QString &needed : requiredCapabilities()) {
            if (!offered.contains(needed, Qt::CaseInsensitive))
                missing.append(needed);
        }
        if (job->error() || !missing.isEmpty()) {
            EmailCheckResult result;
            result.problem = ConnectionProblem::MissingCapabilities;
            result.server = EmailCheckResult::Server::Imap;
            result.missingCapabilities = missing;
            result.message =
                tr("The incoming mail server lacks what Kontor needs: %1.")
                    .arg(missing.isEmpty() ? job->errorString() : missing.join(QLatin1String(", ")));
            done_ = true;
            Q_EMIT finished(result);
            return;
        }
        imap_->close();
        probe(EmailCheckResult::Server::Smtp);
    });
    job->start();
}

void EmailConnectionCheck::logInSmtp()
{
    auto *smtp = new SmtpSubmission(settings_, password_, this);
    connect(smtp, &SmtpSubmission::finished, this,
            [this, smtp](SmtpSubmission::Outcome outcome, ConnectionProblem problem, const QString &detail) {
                smtp->deleteLater();
                if (outcome == SmtpSubmission::Outcome::Sent) {
                    done_ = true;
                    Q_EMIT finished(EmailCheckResult{});
                } else if (problem == ConnectionProblem::Credentials) {
                    fail(EmailCheckResult::Server::Smtp, problem,
                         tr("The outgoing mail server refused the user name or password."));
                } else {
                    fail(EmailCheckResult::Server::Smtp, problem,
                         tr("The outgoing mail server could not be used: %1").arg(detail));
                }
            });
    smtp->checkLogin();
}

void EmailConnectionCheck::fail(EmailCheckResult::Server server, ConnectionProblem problem,
                                const QString &message)
{
    if (done_)
        return;
    done_ = true;
    EmailCheckResult result;
    result.problem = problem;
    result.server = server;
    result.message = message;
    Q_EMIT finished(result);
}

} // namespace kontor::email
