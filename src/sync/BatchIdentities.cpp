#include "sync/BatchIdentities.h"

#include <QSet>

namespace kontor {

namespace {

// An E.164 number as the normaliser writes it: nothing to parse again (libphonenumber is the costly part).
bool looksCanonicalPhone(QStringView value)
{
    if (value.size() < 8 || value.size() > 16 || value.front() != u'+' || value.at(1) == u'0')
        return false;
    for (qsizetype i = 1; i < value.size(); ++i) {
        if (value.at(i) < u'0' || value.at(i) > u'9')
            return false;
    }
    return true;
}

std::optional<QString> normalized(const IdentityRecord &identity, const IdentityNormalizer &normalizer)
{
    switch (identity.kind) {
    case IdentityKind::Phone:
        if (looksCanonicalPhone(identity.value))
            return identity.value;
        break;
    case IdentityKind::Handle:
        if (!identity.platform)
            return std::nullopt; // a handle means nothing without its platform
        break;
    case IdentityKind::ContactId:
        // The backend's own id, scoped to the account by the store: taken as it is, but never empty.
        if (identity.value.trimmed().isEmpty())
            return std::nullopt;
        return identity.value;
    case IdentityKind::Email:
        break;
    }
    const IdentityResult result =
        normalizer.normalize({identity.kind, identity.value, identity.platform, QString()});
    if (!result)
        return std::nullopt;
    return result.identity().value();
}

} // namespace

int normalizeBatchIdentities(IngestBatch &batch, const IdentityNormalizer &normalizer)
{
    int dropped = 0;
    // Read through a const view, and write only a customer whose identities change: a batch that is already
    // canonical keeps sharing its lists with the connector's copy.
    const QList<CustomerRecord> &customers = std::as_const(batch.customers);
    for (qsizetype c = 0; c < customers.size(); ++c) {
        const QList<IdentityRecord> &identities = customers.at(c).identities;
        QList<IdentityRecord> kept;
        kept.reserve(identities.size());
        QSet<QString> seen;
        bool changed = false;
        for (const IdentityRecord &identity : identities) {
            const std::optional<QString> value = normalized(identity, normalizer);
            if (!value) {
                ++dropped;
                changed = true;
                continue;
            }
            const QString key = QString::number(int(identity.kind)) + u'\x1f' +
                                (identity.platform ? QString::number(int(*identity.platform)) : QString()) +
                                u'\x1f' + *value;
            if (seen.contains(key)) {
                changed = true;
                continue;
            }
            seen.insert(key);
            IdentityRecord canonical = identity;
            if (*value != identity.value) {
                changed = true;
                if (canonical.displayValue.isEmpty())
                    canonical.displayValue = identity.value; // as the customer wrote it
                canonical.value = *value;
            }
            kept.append(std::move(canonical));
        }
        if (changed)
            batch.customers[c].identities = std::move(kept);
    }
    return dropped;
}

} // namespace kontor
