#include "identity/NormalizedIdentity.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace kontor {

NormalizedIdentity NormalizedIdentity::email(QString address)
{
    NormalizedIdentity identity;
    identity.m_kind = IdentityKind::Email;
    identity.m_value = std::move(address);
    return identity;
}

NormalizedIdentity NormalizedIdentity::phone(QString e164)
{
    NormalizedIdentity identity;
    identity.m_kind = IdentityKind::Phone;
    identity.m_value = std::move(e164);
    return identity;
}

NormalizedIdentity NormalizedIdentity::handle(Channel platform, QString handle)
{
    NormalizedIdentity identity;
    identity.m_kind = IdentityKind::Handle;
    identity.m_value = std::move(handle);
    identity.m_platform = platform;
    return identity;
}

NormalizedIdentity NormalizedIdentity::contactId(QString account, QString remoteId)
{
    NormalizedIdentity identity;
    identity.m_kind = IdentityKind::ContactId;
    identity.m_value = std::move(remoteId);
    identity.m_account = std::move(account);
    return identity;
}

std::optional<NormalizedIdentity> NormalizedIdentity::fromStored(IdentityKind kind, QStringView scope,
                                                                 QString value)
{
    if (value.isEmpty())
        return std::nullopt;
    switch (kind) {
    case IdentityKind::Email:
        return scope.isEmpty() ? std::optional(email(std::move(value))) : std::nullopt;
    case IdentityKind::Phone:
        return scope.isEmpty() ? std::optional(phone(std::move(value))) : std::nullopt;
    case IdentityKind::Handle:
        if (const auto platform = channelFromKey(scope))
            return handle(*platform, std::move(value));
        return std::nullopt;
    case IdentityKind::ContactId:
        if (scope.isEmpty())
            return std::nullopt;
        return contactId(scope.toString(), std::move(value));
    }
    return std::nullopt;
}

QString NormalizedIdentity::scope() const
{
    if (m_platform)
        return channelKey(*m_platform);
    return m_account;
}

QString NormalizedIdentity::key() const
{
    if (isNull())
        return {};
    const QString kindKey = identityKindKey(m_kind);
    if (m_kind == IdentityKind::Email || m_kind == IdentityKind::Phone)
        return kindKey + u':' + m_value;
    // The scope is percent-encoded so that it never contains the ':' that ends it; the value, last, may.
    return kindKey + u':' + QString::fromLatin1(QUrl::toPercentEncoding(scope())) + u':' + m_value;
}

std::optional<NormalizedIdentity> NormalizedIdentity::fromKey(QStringView key)
{
    const qsizetype kindEnd = key.indexOf(u':');
    if (kindEnd < 0)
        return std::nullopt;
    const auto kind = identityKindFromKey(key.first(kindEnd));
    if (!kind)
        return std::nullopt;
    const QStringView rest = key.sliced(kindEnd + 1);
    if (*kind == IdentityKind::Email || *kind == IdentityKind::Phone)
        return fromStored(*kind, {}, rest.toString());
    const qsizetype scopeEnd = rest.indexOf(u':');
    if (scopeEnd < 0)
        return std::nullopt;
    const QString scope = QUrl::fromPercentEncoding(rest.first(scopeEnd).toLatin1());
    return fromStored(*kind, scope, rest.sliced(scopeEnd + 1).toString());
}

size_t qHash(const NormalizedIdentity &identity, size_t seed) noexcept
{
    return qHashMulti(seed, int(identity.kind()), identity.value(), identity.scope());
}

} // namespace kontor
