#pragma once

#include "identity/IdentityResult.h"

namespace kontor {

// A backend's own id for a contact, scoped to the connector account it came from: ids are unique only within
// one backend instance, so contact 42 of two Chatwoot accounts is two different people. Both are kept exactly
// as the backend wrote them (only surrounding white space is removed), since only the backend knows their
// rules.
IdentityResult normalizeContactId(QStringView account, QStringView remoteId);

} // namespace kontor
