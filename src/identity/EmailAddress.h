#pragma once

#include "identity/IdentityResult.h"

#include <QString>

namespace kontor {

// Makes an email address, as people and mail headers write it, into its canonical identity form.
//
// Accepted forms: a bare address, "Anna Schmidt <anna@example.com>" (the name is kept as the result's display
// name) and "mailto:" links. The whole address is lower-cased: RFC 5321 lets a server treat the part before
// the
// @ case-sensitively, but no mail provider in use does, while backends and people freely change its case;
// folding it joins the same person's messages, the opposite choice would split them. Nothing else is
// rewritten: dots and
// "+tags" are kept, because only some providers ignore them and guessing wrong would join different people.
// A domain in Unicode (IDN) is stored in its ASCII "xn--" form, so both spellings are one identity.
//
// Rejected, with the reason: no or several @, an empty part, spaces, two dots in a row, characters that are
// not allowed, invalid or dotless domains, IP address domains, and addresses longer than the mail standards
// allow.
IdentityResult normalizeEmail(QStringView input);

// The canonical address with an IDN domain shown in Unicode, for the agent.
QString emailForDisplay(QStringView canonical);

} // namespace kontor
