#pragma once

#include "core/Channel.h"
#include "core/Identity.h"

#include <QString>
#include <optional>

namespace kontor {

// The namespace an identity value is unique in (identities.scope): global for email and phone, per platform
// for messenger handles, per connector account for a backend's contact ids.
QString identityScope(IdentityKind kind, std::optional<Channel> platform, qint64 accountId);

} // namespace kontor
