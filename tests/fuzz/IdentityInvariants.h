#pragma once

#include "FuzzTarget.h"
#include "identity/IdentityNormalizer.h"

namespace kontor::fuzz {

// An accepted identity is canonical: its value is not empty, and normalising the value again gives the same
// identity. Otherwise one person could end up with two spellings of one address, and resolution would split
// them.
inline void expectCanonical(const IdentityNormalizer &normalizer, const NormalizedIdentity &identity)
{
    KONTOR_FUZZ_EXPECT(!identity.isNull());
    KONTOR_FUZZ_EXPECT(identity.value() == identity.value().trimmed());
    IdentityResult again;
    switch (identity.kind()) {
    case IdentityKind::Email:
        again = normalizer.email(identity.value());
        break;
    case IdentityKind::Phone:
        again = normalizer.phone(identity.value());
        KONTOR_FUZZ_EXPECT(identity.value().startsWith(u'+'));
        break;
    case IdentityKind::Handle:
        KONTOR_FUZZ_EXPECT(identity.platform().has_value());
        again = normalizer.handle(*identity.platform(), identity.value());
        break;
    case IdentityKind::ContactId:
        KONTOR_FUZZ_EXPECT(!identity.account().isEmpty());
        again = normalizer.contactId(identity.account(), identity.value());
        break;
    }
    if (!again.isAccepted() || !(again.identity() == identity)) {
        std::fprintf(stderr, "not canonical: %s gives %s\n", qPrintable(identity.key()),
                     again.isAccepted() ? qPrintable(again.identity().key()) : "a rejection");
    }
    KONTOR_FUZZ_EXPECT(again.isAccepted());
    KONTOR_FUZZ_EXPECT(again.identity() == identity);
    // The key form round-trips, since the store indexes identities by it.
    const std::optional<NormalizedIdentity> fromKey = NormalizedIdentity::fromKey(identity.key());
    KONTOR_FUZZ_EXPECT(fromKey && *fromKey == identity);
}

} // namespace kontor::fuzz
