#include "store/IdentityScope.h"

namespace kontor {

QString identityScope(IdentityKind kind, std::optional<Channel> platform, qint64 accountId)
{
    switch (kind) {
    case IdentityKind::Email:
    case IdentityKind::Phone:
        return QString();
    case IdentityKind::Handle:
        return platform ? channelKey(*platform) : QString();
    case IdentityKind::ContactId:
        return QString::number(accountId);
    }
    return QString();
}

} // namespace kontor
