#pragma once

#include <QString>
#include <QStringView>

// Which URLs a sanitized message may keep: links to the web and to mail only, images that are embedded,
// attached or (once the agent allows it) remote. Everything is decided on the scheme as a browser would read
// it, with the white space and control characters it ignores taken out.
namespace kontor::render {

enum class ImageSourceKind
{
    Embedded,   // data:image/…
    Attachment, // cid: (an email's own part)
    Remote,     // http:, https:
    Refused,    // every other scheme, relative paths, local files
};

// The lower-cased scheme of a URL as a browser would see it; empty when there is none.
QString urlScheme(QStringView url);
// The URL without the leading and trailing white space and control characters a browser ignores.
QString trimmedUrl(QStringView url);
// http, https and mailto links, and links within the message (#name).
bool isAllowedLinkUrl(QStringView url);
ImageSourceKind imageSourceKind(QStringView src);

} // namespace kontor::render
