#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace kontor::email {

// How a connection is encrypted: TLS from the first byte, or upgraded with STARTTLS. Never plain.
enum class TlsMode
{
    Implicit,
    StartTls,
};

struct ServerEndpoint
{
    QString host{};
    quint16 port = 0;
    TlsMode tls = TlsMode::Implicit;
};

// One shared mailbox as the agent set it up. The password is not here: it lives in the keychain.
struct EmailAccountSettings
{
    QString address{};     // the shared mailbox's address: the account's remote id and the From of replies
    QString displayName{}; // the name replies go out under
    QString userName{};    // the login; the address when empty
    ServerEndpoint imap{};
    ServerEndpoint smtp{};
    QStringList watchedFolders{QStringLiteral("INBOX")};
    QString sentFolder = QStringLiteral("Sent");
    // A certificate that does not verify is trusted only when it is exactly this one: its SHA-256
    // fingerprint and the certificate itself (PEM), as the agent accepted it.
    QByteArray trustedCertificatePem{};

    QString login() const { return userName.isEmpty() ? address : userName; }
    // The mailbox's domain, for Message-IDs of what it sends.
    QString domain() const;
};

} // namespace kontor::email
