#pragma once

#include "core/Channel.h"
#include "core/Identity.h"

#include <QHashFunctions>
#include <QString>
#include <optional>

namespace kontor {

// An identity in the one canonical form that resolution compares: two identities are the same person exactly
// when they are equal. Made by the normalizers from what people and backends write; the factories below trust
// their arguments and are meant for values that were normalised before (read back from storage).
//
// The identity is (kind, scope, value): the scope is empty for email addresses and phone numbers, which mean
// the same everywhere, the platform for a handle ("telegram"), and the connector account for a backend's
// contact id, whose ids are only unique within that account.
class NormalizedIdentity
{
public:
    // A null identity, as held by a rejected result.
    NormalizedIdentity() = default;

    static NormalizedIdentity email(QString address);
    static NormalizedIdentity phone(QString e164);
    static NormalizedIdentity handle(Channel platform, QString handle);
    static NormalizedIdentity contactId(QString account, QString remoteId);
    // From the three stored columns; nullopt when the scope does not fit the kind (a handle's scope must be a
    // channel key, a contact id's must be non-empty) or the value is empty.
    static std::optional<NormalizedIdentity> fromStored(IdentityKind kind, QStringView scope, QString value);

    bool isNull() const { return m_value.isEmpty(); }
    IdentityKind kind() const { return m_kind; }
    // The canonical value: the address, the E.164 number, the handle, the backend's id.
    const QString &value() const { return m_value; }
    // The platform of a handle; nullopt for the other kinds.
    std::optional<Channel> platform() const { return m_platform; }
    // The connector account of a contact id; empty for the other kinds.
    const QString &account() const { return m_account; }
    QString scope() const;
    // Email addresses and phone numbers: the same value is the same person wherever it is seen.
    bool isStrong() const { return !isNull() && isStrongIdentity(m_kind); }

    // One text that is unique per identity, for a single-column unique index or a hash key:
    // "email:anna@example.com", "phone:+4930123456", "handle:telegram:anna_s", "contact:<account>:42".
    // It is customer data; it must not be logged.
    QString key() const;
    static std::optional<NormalizedIdentity> fromKey(QStringView key);

    friend bool operator==(const NormalizedIdentity &, const NormalizedIdentity &) = default;

private:
    IdentityKind m_kind = IdentityKind::Email;
    QString m_value;
    std::optional<Channel> m_platform;
    QString m_account;
};

size_t qHash(const NormalizedIdentity &identity, size_t seed = 0) noexcept;

} // namespace kontor
