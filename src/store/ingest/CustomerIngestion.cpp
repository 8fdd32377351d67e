#include "store/IdentityScope.h"
#include "store/ingest/IngestSteps.h"

#include "store/sql/Database.h"

namespace kontor::ingest {

namespace {

struct IdentityKey
{
    QString kind;
    QString scope;
    QString value;
};

IdentityKey keyOf(const IdentityRecord &identity, qint64 accountId)
{
    QString value = identity.value.trimmed();
    // A safety net only: callers normalise (the identity library knows phone numbers, the store does not).
    if (identity.kind == IdentityKind::Email)
        value = value.toLower();
    return {identityKindKey(identity.kind), identityScope(identity.kind, identity.platform, accountId),
            value};
}

std::optional<qint64> ownerOf(IngestContext &context, const IdentityKey &key)
{
    sql::Statement find =
        context.db.prepare("SELECT customer_id FROM identities WHERE kind = ? AND scope = ? AND value = ?");
    find.bindAll(key.kind, key.scope, key.value);
    if (!find.step())
        return std::nullopt;
    return find.int64(0);
}

// Two customers share an identity: the identity stays where it is and a person decides (or the identity
// library's rules do) whether they are one.
void suggestMerge(IngestContext &context, qint64 a, qint64 b, const QString &kind)
{
    sql::Statement suggest = context.db.prepare("INSERT INTO merge_suggestions(customer_a, customer_b, "
                                                "reason, score, created_at) VALUES (?, ?, ?, ?, ?) "
                                                "ON CONFLICT(customer_a, customer_b) DO NOTHING");
    const double score = kind == identityKindKey(IdentityKind::Handle) ? 0.5 : 1.0;
    suggest.bindAll(qMin(a, b), qMax(a, b), QString(QStringLiteral("shared_") + kind), score, context.now)
        .run();
}

void attachIdentity(IngestContext &context, qint64 customerId, const IdentityKey &key, const QString &display,
                    const std::optional<Channel> &platform)
{
    sql::Statement insert =
        context.db.prepare("INSERT INTO identities(customer_id, kind, value, scope, platform, account_id, "
                           "display_value, created_at) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(kind, scope, value) DO NOTHING");
    const bool isContact = key.kind == identityKindKey(IdentityKind::ContactId);
    insert.bindAll(customerId, key.kind, key.value, key.scope,
                   platform ? std::optional<QString>(channelKey(*platform)) : std::nullopt,
                   isContact ? std::optional<qint64>(context.accountId) : std::nullopt, display, context.now);
    insert.run();
    if (context.db.changes() > 0)
        return;
    const std::optional<qint64> owner = ownerOf(context, key);
    if (owner && *owner != customerId)
        suggestMerge(context, customerId, *owner, key.kind);
}

} // namespace

void ingestCustomers(IngestContext &context, const QList<CustomerRecord> &customers)
{
    for (const CustomerRecord &customer : customers) {
        if (customer.remoteId.isEmpty()) {
            context.skip("customer", customer.remoteId, QStringLiteral("no remote id"));
            continue;
        }
        const IdentityKey contactKey{identityKindKey(IdentityKind::ContactId),
                                     QString::number(context.accountId), customer.remoteId};
        if (!customer.mergedIntoRemoteId.isEmpty()) {
            std::optional<qint64> owner = context.customerId(customer.remoteId);
            if (!owner)
                owner = context.customerId(customer.mergedIntoRemoteId);
            if (!owner) {
                context.skip("customer", customer.remoteId, QStringLiteral("merged into an unknown contact"));
                continue;
            }
            attachIdentity(context, *owner, contactKey, QString(), std::nullopt);
            context.customers.insert(customer.remoteId, *owner);
            context.count(Outcome::Unchanged);
            continue;
        }
        QList<IdentityKey> keys;
        keys.reserve(customer.identities.size());
        for (const IdentityRecord &identity : customer.identities)
            keys.append(keyOf(identity, context.accountId));

        // The same person seen through another connector, or earlier under another contact id, is found by
        // any identity they already own here.
        std::optional<qint64> customerId = context.customerId(customer.remoteId);
        for (qsizetype i = 0; !customerId && i < keys.size(); ++i) {
            if (!keys[i].value.isEmpty())
                customerId = ownerOf(context, keys[i]);
        }

        if (!customerId) {
            sql::Statement insert =
                context.db.prepare("INSERT INTO customers(name, created_at, updated_at) VALUES (?, ?, ?)");
            insert.bindAll(customer.name, context.now, context.now).run();
            customerId = context.db.lastInsertRowId();
            if (customer.attributes)
                replaceCustomerAttributes(context, *customerId, *customer.attributes);
            context.count(Outcome::Inserted);
        } else {
            sql::Statement update = context.db.prepare("UPDATE customers SET name = ?1, updated_at = ?2 "
                                                       "WHERE id = ?3 AND ?1 <> '' AND name IS NOT ?1");
            update.bindAll(customer.name, context.now, *customerId).run();
            bool changed = context.db.changes() > 0;
            if (customer.attributes &&
                replaceCustomerAttributes(context, *customerId, *customer.attributes)) {
                // Attribute rows are not a table views watch: the customer is what changed for them.
                context.marks.markUpdated(StoreTable::Customers, *customerId);
                changed = true;
            }
            context.count(changed ? Outcome::Updated : Outcome::Unchanged);
        }

        attachIdentity(context, *customerId, contactKey, QString(), std::nullopt);
        for (qsizetype i = 0; i < keys.size(); ++i) {
            if (keys[i].value.isEmpty())
                continue;
            const IdentityRecord &identity = customer.identities[i];
            attachIdentity(context, *customerId, keys[i],
                           identity.displayValue.isEmpty() ? keys[i].value : identity.displayValue,
                           identity.platform);
        }
        context.customers.insert(customer.remoteId, *customerId);
    }
}

} // namespace kontor::ingest
