#include "render/UrlPolicy.h"

#include <QUrl>

namespace kontor::render {

namespace {
bool isIgnoredByBrowsers(QChar c)
{
    return c.unicode() <= 0x20 || c.unicode() == 0x7f;
}
} // namespace

QString trimmedUrl(QStringView url)
{
    qsizetype begin = 0;
    qsizetype end = url.size();
    while (begin < end && isIgnoredByBrowsers(url[begin]))
        ++begin;
    while (end > begin && isIgnoredByBrowsers(url[end - 1]))
        --end;
    return url.sliced(begin, end - begin).toString();
}

QString urlScheme(QStringView url)
{
    // Browsers drop tabs and newlines anywhere in a URL ("java\tscript:"), so they do not count here either.
    QString scheme;
    for (const QChar c : url) {
        if (c == u':')
            return scheme.toLower();
        if (isIgnoredByBrowsers(c))
            continue;
        if (c == u'/' || c == u'?' || c == u'#')
            return {};
        scheme.append(c);
    }
    return {};
}

bool isAllowedLinkUrl(QStringView url)
{
    const QString trimmed = trimmedUrl(url);
    if (trimmed.startsWith(u'#'))
        return true;
    const QString scheme = urlScheme(trimmed);
    if (scheme == u"mailto")
        return true;
    if (scheme != u"http" && scheme != u"https")
        return false;
    const QUrl parsed(trimmed);
    return parsed.isValid() && !parsed.host().isEmpty();
}

ImageSourceKind imageSourceKind(QStringView src)
{
    const QString trimmed = trimmedUrl(src);
    const QString scheme = urlScheme(trimmed);
    if (scheme == u"data") {
        // Raster images only: an SVG is a document of its own (scripts, references, unbounded drawing).
        const QStringView type = QStringView(trimmed).sliced(trimmed.indexOf(u':') + 1).left(32);
        const bool image = type.startsWith(u"image/", Qt::CaseInsensitive) &&
                           !type.startsWith(u"image/svg", Qt::CaseInsensitive);
        return image ? ImageSourceKind::Embedded : ImageSourceKind::Refused;
    }
    if (scheme == u"cid")
        return ImageSourceKind::Attachment;
    if (scheme == u"http" || scheme == u"https") {
        const QUrl parsed(trimmed);
        return parsed.isValid() && !parsed.host().isEmpty() ? ImageSourceKind::Remote
                                                            : ImageSourceKind::Refused;
    }
    return ImageSourceKind::Refused;
}

} // namespace kontor::render
