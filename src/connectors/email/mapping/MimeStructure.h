#pragma once

#include "connectors/email/mapping/ParsedEmail.h"

#include <QByteArray>
#include <optional>

namespace KMime {
class Content;
}

namespace kontor::email {

// The bounds that can be checked on the raw bytes, before KMime parses them (and so before its parse recurses
// into nested parts): total size, the message's header block, and how many parts the bytes can declare.
std::optional<EmailRefusal> checkRawBounds(const QByteArray &raw);

// Walks a parsed message's parts: the first plain and HTML text that is not an attachment become the bodies
// (further inline text parts are appended), every other leaf is listed as an attachment; an attached message
// (message/rfc822) is listed as one attachment, not opened. Refuses parts nested or headed beyond the bounds.
std::optional<EmailRefusal> collectParts(const KMime::Content &root, ParsedEmail &email);

} // namespace kontor::email
