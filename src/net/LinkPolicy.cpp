#include "net/LinkPolicy.h"

#include <QUrlQuery>

namespace kontor::net {

QUrl sanitizedMailto(const QUrl &mailto)
{
    static const QStringList kept{QStringLiteral("subject"), QStringLiteral("body"), QStringLiteral("cc")};
    const QUrlQuery query(mailto);
    QUrlQuery safe;
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        const QString name = key.trimmed().toLower();
        if (kept.contains(name))
            safe.addQueryItem(name, value);
    }
    QUrl result;
    result.setScheme(QStringLiteral("mailto"));
    result.setPath(mailto.path(QUrl::FullyDecoded), QUrl::DecodedMode);
    if (!safe.isEmpty())
        result.setQuery(safe);
    return result;
}

QUrl openableLink(const QUrl &link)
{
    if (!link.isValid())
        return {};
    const QString scheme = link.scheme().toLower();
    if (scheme == QLatin1StringView("http") || scheme == QLatin1StringView("https"))
        return link.host().isEmpty() ? QUrl() : link;
    if (scheme == QLatin1StringView("mailto"))
        return sanitizedMailto(link);
    return {};
}

} // namespace kontor::net
