#include "net/ServerAddressPolicy.h"

#include "net/NumericHost.h"

namespace kontor::net {

bool isLoopbackHost(const QString &host)
{
    const QString name = host.toLower();
    if (name == QLatin1StringView("localhost") || name.endsWith(QLatin1StringView(".localhost")))
        return true;
    const NumericHost numeric = NumericHost::parse(name);
    return numeric.kind == NumericHost::Kind::Address && numeric.address.isLoopback();
}

ServerTransport serverTransportOf(const QUrl &server)
{
    const QString scheme = server.scheme().toLower();
    if (scheme == QLatin1StringView("https") || scheme == QLatin1StringView("wss"))
        return ServerTransport::Encrypted;
    if (scheme == QLatin1StringView("http") || scheme == QLatin1StringView("ws"))
        return isLoopbackHost(server.host()) ? ServerTransport::LoopbackCleartext
                                             : ServerTransport::Cleartext;
    return ServerTransport::Unsupported;
}

} // namespace kontor::net
