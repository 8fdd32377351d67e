#pragma once

#include <QString>

namespace kontor::email {

// A subject without the prefixes mail programs put before it when replying or forwarding, in the languages
// Kontor speaks and those customers commonly write ("Re:", "RE[2]:", "AW:", "SV:", "Antw:", "Fwd:", "WG:",
// "VS:"), folded for comparison: "Re: AW: Order 42" and "order 42" are the same thread subject.
struct ReplySubject
{
    QString key{};        // case-folded, whitespace simplified, prefixes removed
    bool isReply = false; // at least one reply or forward prefix was removed
};

ReplySubject replySubject(const QString &subject);

} // namespace kontor::email
