#pragma once

#include "identity/IdentityResult.h"
#include "identity/PhoneRegion.h"

namespace kontor {

// Makes phone numbers, as people, backends and messaging platforms write them, into E.164 ("+4930123456"),
// with libphonenumber's numbering plans for every country.
//
// Read: national formats of the default region ("0171 1234567" in DE, "12 34 56 78" in DK, "07911 123456" in
// GB,
// "(415) 555-2671" in US), international ones with "+" or the region's international prefix ("+49 (0)30 …",
// "0049 …", "00 45 …"), spaces, dashes, dots, slashes and parentheses, extensions ("ext. 12", "x12", "#12" —
// kept in the result beside the identity, never in it), tel: URIs and WhatsApp ids
// ("4917112345678@s.whatsapp.net", "whatsapp:+49…").
//
// Accepted numbers have a length their country uses. A number in a range the numbering plan data do not know
// is still accepted, as IdentityConfidence::Plausible. Rejected, with the reason: letters (keypad words such
// as "0800 FLOWERS" included), unknown country codes, numbers without a country code when no region is known,
// numbers too short, too long or only dialable locally, and WhatsApp groups.
//
// Thread-safe: it holds only its region and libphonenumber's shared, read-only data. libphonenumber's parsing
// costs on the order of ten microseconds a number, twenty times an email address; bulk ingestion should
// normalise a contact's numbers once, not once per message.
class PhoneNormalizer
{
public:
    explicit PhoneNormalizer(PhoneRegion defaultRegion);

    const PhoneRegion &defaultRegion() const { return m_region; }

    IdentityResult normalize(QStringView input) const;
    // A number as WhatsApp's APIs report it: bare digits ("4917112345678", the wa_id) are international even
    // without "+"; every form normalize() reads is read too.
    IdentityResult normalizeWhatsApp(QStringView input) const;

private:
    IdentityResult parse(QStringView input, bool bareDigitsAreInternational) const;

    PhoneRegion m_region;
};

} // namespace kontor
