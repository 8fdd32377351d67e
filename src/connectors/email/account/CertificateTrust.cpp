#include "connectors/email/account/CertificateTrust.h"

#include <QCryptographicHash>
#include <QSslConfiguration>

namespace kontor::email {

void trustCertificate(const QSslCertificate &certificate)
{
    if (certificate.isNull())
        return;
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    QList<QSslCertificate> authorities = configuration.caCertificates();
    if (authorities.contains(certificate))
        return;
    authorities.append(certificate);
    configuration.setCaCertificates(authorities);
    QSslConfiguration::setDefaultConfiguration(configuration);
}

QString fingerprintText(const QSslCertificate &certificate)
{
    const QByteArray digest = certificate.digest(QCryptographicHash::Sha256).toHex().toUpper();
    QString text;
    for (qsizetype i = 0; i < digest.size(); i += 2) {
        if (!text.isEmpty())
            text += QLatin1Char(':');
        text += QString::fromLatin1(digest.mid(i, 2));
    }
    return text;
}

} // namespace kontor::email
