#include "identity/ContactId.h"

namespace kontor {

namespace {

constexpr qsizetype kMaxIdLength = 255;

bool hasControlCharacters(QStringView text)
{
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control)
            return true;
    }
    return false;
}

} // namespace

IdentityResult normalizeContactId(QStringView account, QStringView remoteId)
{
    const QStringView trimmedAccount = account.trimmed();
    const QStringView id = remoteId.trimmed();
    if (trimmedAccount.isEmpty())
        return IdentityResult::rejected(IdentityRejection::ContactIdMissingAccount);
    if (id.isEmpty())
        return IdentityResult::rejected(IdentityRejection::Empty);
    if (hasControlCharacters(trimmedAccount) || hasControlCharacters(id))
        return IdentityResult::rejected(IdentityRejection::ControlCharacters);
    if (trimmedAccount.size() > kMaxIdLength || id.size() > kMaxIdLength)
        return IdentityResult::rejected(IdentityRejection::TooLong);
    return IdentityResult::accepted(NormalizedIdentity::contactId(trimmedAccount.toString(), id.toString()));
}

} // namespace kontor
