#include "connectors/email/account/TlsProbe.h"

#include <QNetworkProxy>

namespace kontor::email {

namespace {
constexpr int kTimeoutMs = 15'000;
}

TlsProbe::TlsProbe(Protocol protocol, ServerEndpoint endpoint, QObject *parent)
    : QObject(parent)
    , protocol_(protocol)
    , endpoint_(std::move(endpoint))
{
    deadline_.setSingleShot(true);
    deadline_.setInterval(kTimeoutMs);
    connect(&deadline_, &QTimer::timeout, this, [this] { finish(Outcome::Unreachable); });
    socket_.setProxy(QNetworkProxy::NoProxy);
    connect(&socket_, &QSslSocket::encrypted, this, [this] { finish(Outcome::Verified); });
    connect(&socket_, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
        certificate_ = socket_.peerCertificate();
        QStringList reasons;
        for (const QSslError &error : errors)
            reasons.append(error.errorString());
        errors_ = reasons.join(QLatin1String("; "));
        finish(Outcome::Untrusted);
    });
    connect(&socket_, &QSslSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        if (error == QAbstractSocket::HostNotFoundError)
            finish(Outcome::UnknownHost);
        else if (error == QAbstractSocket::ConnectionRefusedError || error == QAbstractSocket::NetworkError ||
                 error == QAbstractSocket::SocketTimeoutError)
            finish(Outcome::Unreachable);
        else
            finish(socket_.isEncrypted() ? Outcome::Verified : Outcome::NoTls);
    });
    connect(&socket_, &QSslSocket::readyRead, this, &TlsProbe::readPlain);
}

void TlsProbe::start()
{
    deadline_.start();
    if (endpoint_.tls == TlsMode::Implicit)
        socket_.connectToHostEncrypted(endpoint_.host, endpoint_.port);
    else
        socket_.connectToHost(endpoint_.host, endpoint_.port);
}

void TlsProbe::readPlain()
{
    if (socket_.isEncrypted() || socket_.mode() != QSslSocket::UnencryptedMode)
        return;
    buffer_ += socket_.readAll();
    // Only complete lines; SMTP's multi-line answers end with a line whose code has a space after it.
    while (true) {
        const qsizetype end = buffer_.indexOf('\n');
        if (end < 0)
            return;
        const QByteArray line = buffer_.left(end).trimmed();
        buffer_.remove(0, end + 1);
        if (protocol_ == Protocol::Imap) {
            if (step_ == 0 && line.startsWith("* OK")) {
                socket_.write("k1 STARTTLS\r\n");
                step_ = 1;
            } else if (step_ == 1 && line.startsWith("k1 ")) {
                if (!line.startsWith("k1 OK")) {
                    finish(Outcome::NoTls);
                    return;
                }
                socket_.startClientEncryption();
                return;
            }
        } else {
            const bool last = line.size() >= 4 && line.at(3) == ' ';
            if (!last)
                continue;
            if (step_ == 0 && line.startsWith("220")) {
                socket_.write("EHLO kontor.invalid\r\n");
                step_ = 1;
            } else if (step_ == 1) {
                socket_.write("STARTTLS\r\n");
                step_ = 2;
            } else if (step_ == 2) {
                if (!line.startsWith("220")) {
                    finish(Outcome::NoTls);
                    return;
                }
                socket_.startClientEncryption();
                return;
            }
        }
    }
}

void TlsProbe::finish(Outcome outcome)
{
    if (done_)
        return;
    done_ = true;
    deadline_.stop();
    socket_.disconnect(this);
    socket_.abort();
    Q_EMIT finished(outcome);
}

} // namespace kontor::email
