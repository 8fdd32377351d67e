#include "core/Identity.h"

#include "core/EnumKeys.h"

namespace kontor {

namespace {
constexpr EnumKey<IdentityKind> kIdentityKeys[] = {
    {IdentityKind::Email, "email"},
    {IdentityKind::Phone, "phone"},
    {IdentityKind::Handle, "handle"},
    {IdentityKind::ContactId, "contact"},
};
} // namespace

QString identityKindKey(IdentityKind kind)
{
    return keyOf(kIdentityKeys, kind);
}

std::optional<IdentityKind> identityKindFromKey(QStringView key)
{
    return enumFromKey(kIdentityKeys, key);
}

bool isStrongIdentity(IdentityKind kind)
{
    return kind == IdentityKind::Email || kind == IdentityKind::Phone;
}

} // namespace kontor
