#include "ImapClient.h"

#include <KIMAP/CapabilitiesJob>
#include <KIMAP/SelectJob>

#include <QSslConfiguration>

namespace kontor::test {

void trustCertificates(const QList<QSslCertificate> &certificates)
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setCaCertificates(QSslConfiguration::systemCaCertificates() + certificates);
    QSslConfiguration::setDefaultConfiguration(configuration);
}

ImapClient::ImapClient(quint16 port, KIMAP::LoginJob::EncryptionMode encryption)
    : session_(std::make_unique<KIMAP::Session>(QStringLiteral("127.0.0.1"), port))
    , encryption_(encryption)
{
    session_->setUseNetworkProxy(false);
    session_->setTimeout(20);
}

bool ImapClient::login(const QString &user, const QString &password)
{
    auto *job = new KIMAP::LoginJob(session_.get());
    job->setUserName(user);
    job->setPassword(password);
    job->setEncryptionMode(encryption_);
    job->setAuthenticationMode(KIMAP::LoginJob::Plain);
    const bool ok = job->exec();
    lastError_ = ok ? QString() : job->errorString();
    return ok;
}

QStringList ImapClient::capabilities()
{
    auto *job = new KIMAP::CapabilitiesJob(session_.get());
    return job->exec() ? job->capabilities() : QStringList();
}

std::optional<ImapClient::Selected> ImapClient::select(const QString &folder)
{
    auto *job = new KIMAP::SelectJob(session_.get());
    job->setMailBox(folder);
    job->setCondstoreEnabled(true);
    if (!job->exec()) {
        lastError_ = job->errorString();
        return std::nullopt;
    }
    return Selected{job->messageCount(), job->uidValidity(), job->highestModSequence()};
}

} // namespace kontor::test
