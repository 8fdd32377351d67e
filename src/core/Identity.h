#pragma once

#include <QString>
#include <optional>

namespace kontor {

// What kind of handle an identity is. Email and phone are strong: the same value is the same person.
enum class IdentityKind
{
    Email,     // trimmed, lower-cased address
    Phone,     // E.164
    Handle,    // a messenger handle; the platform is the identity's channel
    ContactId, // a backend's contact id, scoped to its connector account
};

QString identityKindKey(IdentityKind kind);
std::optional<IdentityKind> identityKindFromKey(QStringView key);
bool isStrongIdentity(IdentityKind kind);

} // namespace kontor
