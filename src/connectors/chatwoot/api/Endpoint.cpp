#include "connectors/chatwoot/api/Endpoint.h"

namespace kontor::chatwoot {

QUrl Endpoint::url(const QString &path, const QUrlQuery &query) const
{
    QUrl result = server;
    QString prefix = server.path();
    while (prefix.endsWith(u'/'))
        prefix.chop(1);
    result.setPath(prefix + path);
    if (!query.isEmpty())
        result.setQuery(query);
    return result;
}

QString Endpoint::accountPath(const QString &rest) const
{
    return QStringLiteral("/api/v1/accounts/") + QString::number(accountId) + rest;
}

QString Endpoint::reportsPath(const QString &rest) const
{
    return QStringLiteral("/api/v2/accounts/") + QString::number(accountId) + rest;
}

QUrl Endpoint::cableUrl() const
{
    QUrl result = url(QStringLiteral("/cable"));
    result.setScheme(server.scheme() == QLatin1StringView("http") ? QStringLiteral("ws")
                                                                  : QStringLiteral("wss"));
    return result;
}

QString Endpoint::accountRemoteId() const
{
    QString host = server.host();
    if (server.port() > 0)
        host += u':' + QString::number(server.port());
    return host + u'/' + QString::number(accountId);
}

QUrl normalizeServerUrl(const QString &input)
{
    QString text = input.trimmed();
    if (text.isEmpty())
        return {};
    if (!text.contains(QLatin1StringView("://")))
        text.prepend(QLatin1StringView("https://"));
    QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() ||
        (scheme != QLatin1StringView("https") && scheme != QLatin1StringView("http")))
        return {};
    if (!url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment())
        return {};
    url.setScheme(scheme);
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path);
    return url;
}

} // namespace kontor::chatwoot
