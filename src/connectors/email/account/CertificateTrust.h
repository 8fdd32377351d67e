#pragma once

#include <QByteArray>
#include <QSslCertificate>

namespace kontor::email {

// KIMAP and KSMTP make their TLS sockets with Qt's default configuration, so a certificate the agent trusted
// is added to the authorities of that configuration: exactly that certificate, on top of the system's. Host
// names are still checked, and verification is never switched off.
void trustCertificate(const QSslCertificate &certificate);

// The SHA-256 fingerprint as people compare it: "AB:CD:…".
QString fingerprintText(const QSslCertificate &certificate);

} // namespace kontor::email
