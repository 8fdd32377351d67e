#pragma once

#include <QString>

namespace kontor::email {

// Why a raw message became no record at all. Each bound is in core/InputLimits.h (docs/limits.md).
enum class EmailRefusal
{
    Empty,           // no bytes, or no header
    TooLarge,        // more than limits::emailMessageBytes
    HeaderTooLarge,  // a header block (of the message or a part) above limits::emailHeaderBytes
    NestedTooDeeply, // multiparts nested deeper than limits::emailMimeDepth
    TooManyParts,    // more than limits::emailMimeParts parts
};

// Stable and untranslated, for logs and skipped-record reasons.
QString emailRefusalKey(EmailRefusal refusal);
// Translated, for the agent.
QString emailRefusalMessage(EmailRefusal refusal);

} // namespace kontor::email
