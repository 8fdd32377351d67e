#pragma once

#include <KIMAP/LoginJob>
#include <KIMAP/Session>

#include <QSslCertificate>
#include <QStringList>
#include <memory>
#include <optional>

namespace kontor::test {

// Trust for the TLS sockets KIMAP and KSMTP make from now on: the system's authorities, plus exactly the
// given certificates (the fixture's self-signed one, as a user who trusted it by its fingerprint would).
void trustCertificates(const QList<QSslCertificate> &certificates);

// A KIMAP session for the tests, its jobs run to their end one at a time.
class ImapClient
{
public:
    ImapClient(quint16 port, KIMAP::LoginJob::EncryptionMode encryption);

    bool login(const QString &user, const QString &password);
    QString lastError() const { return lastError_; }
    QStringList capabilities();

    struct Selected
    {
        int messageCount = 0;
        qint64 uidValidity = 0;
        quint64 highestModSequence = 0;
    };
    std::optional<Selected> select(const QString &folder);

    KIMAP::Session &session() { return *session_; }

private:
    std::unique_ptr<KIMAP::Session> session_;
    KIMAP::LoginJob::EncryptionMode encryption_;
    QString lastError_;
};

} // namespace kontor::test
