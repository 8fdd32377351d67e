#pragma once

#include <QUrl>

namespace kontor::net {

// Whether a backend's address may carry a password or a token: https always; http only to this machine
// (a development server on loopback), never across a network where anyone on the path could read them.
enum class ServerTransport
{
    Encrypted,         // https (or wss)
    LoopbackCleartext, // http to localhost / 127.0.0.0/8 / ::1: allowed, with a visible warning
    Cleartext,         // http to anywhere else: refused
    Unsupported,       // any other scheme
};

ServerTransport serverTransportOf(const QUrl &server);

// Whether host names this machine: "localhost" (and names below it), a 127/8 address or ::1.
bool isLoopbackHost(const QString &host);

} // namespace kontor::net
