#pragma once

#include "connectors/email/mapping/EmailIssue.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace kontor::email {

struct DecodedText
{
    QString text{};
    std::optional<EmailIssue> issue{}; // UnknownCharset or MislabelledCharset
};

// Text bytes (already transfer-decoded) in the character set a part names. Senders get this wrong often: an
// unknown name, or bytes that are not valid in the named set (Latin-1 labelled UTF-8 and the reverse). Then
// the bytes are read as UTF-8 when they are valid UTF-8, else as Windows-1252, and the issue says so.
DecodedText decodeCharset(const QByteArray &bytes, const QByteArray &charset);

} // namespace kontor::email
