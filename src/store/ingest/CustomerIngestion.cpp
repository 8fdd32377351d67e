#include "store/CustomerJoins.h"
#include "store/IdentityScope.h"
#include "store/JoinRules.h"
#include "store/ingest/IngestSteps.h"

#include "store/sql/Database.h"

#include <algorithm>

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

// An identity of the incoming contact that another customer owns already.
struct Claim
{
    IdentityKey key;
    qint64 owner = 0;
};

// Attaches an identity unless another customer owns it; then returns that owner.
std::optional<qint64> attachIdentity(IngestContext &context, qint64 customerId, const IdentityKey &key,
                                     const QString &display, const std::optional<Channel> &platform)
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
        return std::nullopt;
    const std::optional<qint64> owner = ownerOf(context, key);
    if (owner && *owner != customerId)
        return owner;
    return std::nullopt;
}

QString nameOf(IngestContext &context, qint64 customerId)
{
    sql::Statement select = context.db.prepare("SELECT name FROM customers WHERE id = ?");
    select.bindAll(customerId);
    return select.step() ? select.text(0) : QString();
}

// Customers other than the owner already seen with an identifier: suggested or kept apart because of it.
int otherPeopleWith(IngestContext &context, const IdentityKey &key)
{
    sql::Statement count =
        context.db.prepare("SELECT count(*) FROM merge_suggestions WHERE evidence_kind = ? "
                           "AND evidence_scope = ? AND evidence_value = ?");
    count.bindAll(key.kind, key.scope, key.value);
    return count.step() ? int(count.int64(0)) : 0;
}

// How sure a suggestion is, for ordering them: an address is more personal than a number or a handle.
double suggestionScore(const QString &kind)
{
    if (kind == identityKindKey(IdentityKind::Email))
        return 1.0;
    if (kind == identityKindKey(IdentityKind::Phone))
        return 0.8;
    return 0.5;
}

// The customer whose row carries this contact's own name: the one it was joined away from, while that join
// is in force (an automatic join must not rename the customer it joined), else its owner.
qint64 nameHolderOf(IngestContext &context, const QString &contactRemoteId, qint64 owner)
{
    const std::optional<qint64> identity = context.contactIdentityId(contactRemoteId);
    if (!identity)
        return owner;
    sql::Statement select = context.db.prepare(
        "SELECT m.merged_id FROM customer_merge_items i JOIN customer_merges m ON m.id = i.merge_id "
        "WHERE i.item_kind = 'identity' AND i.item_id = ? AND m.undone_at IS NULL ORDER BY m.id LIMIT 1");
    select.bindAll(*identity);
    return select.step() ? select.int64(0) : owner;
}

// The incoming contact (now customerId) shares identifiers with other customers. Each is judged on the
// evidence: joined at once with its reason, suggested to an agent, or kept apart. Returns the customer the
// contact belongs to afterwards.
qint64 resolveClaims(IngestContext &context, qint64 customerId, const QString &name,
                     const QList<Claim> &claims)
{
    QList<Claim> distinct; // the first (strongest) claim of each other customer
    for (const Claim &claim : claims) {
        const bool seen = std::any_of(distinct.cbegin(), distinct.cend(),
                                      [&](const Claim &c) { return c.owner == claim.owner; });
        if (!seen && !joins::keptApart(context.db, customerId, claim.owner))
            distinct.append(claim);
    }
    qint64 current = customerId;
    for (const Claim &claim : distinct) {
        JoinEvidence evidence;
        evidence.kind = identityKindFromKey(claim.key.kind).value_or(IdentityKind::Handle);
        evidence.incomingName = name;
        evidence.existingName = nameOf(context, claim.owner);
        evidence.otherPeopleWithIdentifier = otherPeopleWith(context, claim.key);
        evidence.identifiersDisagree = distinct.size() > 1;
        const JoinDecision decision = judgeJoin(evidence);
        const joins::JoinIdentifier identifier{claim.key.kind, claim.key.scope, claim.key.value};
        if (decision.verdict == JoinVerdict::Join && current == customerId) {
            // The customer who was here first stays; the newcomer's record joins them.
            const qint64 survivor = std::min(claim.owner, customerId);
            const qint64 merged = std::max(claim.owner, customerId);
            const auto joined = joins::joinCustomers(
                context.db, context.marks,
                {survivor, merged, std::nullopt, joinReasonKey(decision.reason), identifier, false},
                context.now);
            if (std::holds_alternative<qint64>(joined)) {
                current = survivor;
                // Contacts of this batch already filed under the merged customer follow it.
                for (qint64 &cached : context.customers) {
                    if (cached == merged)
                        cached = survivor;
                }
            }
            continue;
        }
        joins::recordSuggestion(context.db, customerId, claim.owner, joinReasonKey(decision.reason),
                                suggestionScore(claim.key.kind), identifier,
                                decision.verdict != JoinVerdict::KeepApart, context.now);
    }
    return current;
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

        // A contact new here is a customer of its own until the evidence joins it to one already here.
        std::optional<qint64> customerId = context.customerId(customer.remoteId);
        const bool isNew = !customerId;
        if (isNew) {
            sql::Statement insert =
                context.db.prepare("INSERT INTO customers(name, created_at, updated_at) VALUES (?, ?, ?)");
            insert.bindAll(customer.name, context.now, context.now).run();
            customerId = context.db.lastInsertRowId();
            if (customer.attributes)
                replaceCustomerAttributes(context, *customerId, *customer.attributes);
            context.count(Outcome::Inserted);
            attachIdentity(context, *customerId, contactKey, QString(), std::nullopt);
        } else {
            sql::Statement update = context.db.prepare("UPDATE customers SET name = ?1, updated_at = ?2 "
                                                       "WHERE id = ?3 AND ?1 <> '' AND name IS NOT ?1");
            update.bindAll(customer.name, context.now, nameHolderOf(context, customer.remoteId, *customerId))
                .run();
            bool changed = context.db.changes() > 0;
            if (customer.attributes &&
                replaceCustomerAttributes(context, *customerId, *customer.attributes)) {
                // Attribute rows are not a table views watch: the customer is what changed for them.
                context.marks.markUpdated(StoreTable::Customers, *customerId);
                changed = true;
            }
            context.count(changed ? Outcome::Updated : Outcome::Unchanged);
        }

        QList<Claim> claims;
        for (qsizetype i = 0; i < keys.size(); ++i) {
            if (keys[i].value.isEmpty())
                continue;
            const IdentityRecord &identity = customer.identities[i];
            const std::optional<qint64> owner = attachIdentity(
                context, *customerId, keys[i],
                identity.displayValue.isEmpty() ? keys[i].value : identity.displayValue, identity.platform);
            if (owner && identity.kind != IdentityKind::ContactId)
                claims.append({keys[i], *owner});
        }
        if (!claims.isEmpty())
            customerId = resolveClaims(context, *customerId, customer.name, claims);
        context.customers.insert(customer.remoteId, *customerId);
    }
}

} // namespace kontor::ingest
