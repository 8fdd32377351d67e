#pragma once

#include <QUrl>

namespace kontor::net {

// Which links from a message Kontor hands to the system to open: http and https as they are, mailto with its
// address and only the subject, body and cc parameters (attach=, bcc= and anything else a mail program might
// honour are dropped). Every other scheme (file:, javascript:, data:, custom handlers) is not opened: the
// result is an empty URL.
QUrl openableLink(const QUrl &link);

// The mailto: link with only its address(es) and the subject, body and cc parameters.
QUrl sanitizedMailto(const QUrl &mailto);

} // namespace kontor::net
