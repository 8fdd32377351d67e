#include "net/Origin.h"

namespace kontor::net {

Origin Origin::of(const QUrl &url)
{
    Origin origin;
    origin.scheme = url.scheme().toLower();
    origin.host = url.host(QUrl::FullyEncoded).toLower();
    int defaultPort = -1;
    if (origin.scheme == QLatin1StringView("https") || origin.scheme == QLatin1StringView("wss"))
        defaultPort = 443;
    else if (origin.scheme == QLatin1StringView("http") || origin.scheme == QLatin1StringView("ws"))
        defaultPort = 80;
    origin.port = url.port(defaultPort);
    return origin;
}

} // namespace kontor::net
