#pragma once

#include "connectors/email/mapping/ParsedEmail.h"
#include "identity/IdentityNormalizer.h"

#include <QByteArray>

namespace kontor::email {

// Reads one raw RFC 5322 message (as IMAP BODY[] returns it) with KMime: headers with encoded words decoded,
// addresses normalised by the identity rules, the plain and HTML bodies in their character sets, the
// attachments listed. Pure and bounded (core/InputLimits.h): any bytes give a ParsedEmail or a refusal.
EmailParseResult parseEmail(const QByteArray &raw, const IdentityNormalizer &normalizer);
// The same with a normaliser of the default settings (email addresses do not depend on them).
EmailParseResult parseEmail(const QByteArray &raw);

// The Message-ID made for a message without a usable one: stable for the same bytes (line endings aside), so
// that fetching the message again finds the same record.
QString syntheticMessageId(const QByteArray &raw);

} // namespace kontor::email
