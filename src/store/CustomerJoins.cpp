#include "store/CustomerJoins.h"

#include "store/actions/ActionRecorder.h"
#include "store/sql/Database.h"

#include <QSet>
#include <algorithm>

namespace kontor::joins {

namespace {

struct CustomerState
{
    bool exists = false;
    std::optional<qint64> mergedInto;
};

CustomerState customerState(sql::Database &db, qint64 id)
{
    sql::Statement q = db.prepare("SELECT merged_into FROM customers WHERE id = ?");
    q.bindAll(id);
    if (!q.step())
        return {};
    return {true, q.optionalInt64(0)};
}

// The rows a join moves, by kind: how to find the merged customer's, and how to move one.
struct MovedKind
{
    const char *kind;
    const char *selectOwned; // names the merged customer :merged and may name the survivor :survivor
    const char *moveOne;
    const char *ownerOf;
};

constexpr MovedKind kMovedKinds[] = {
    {"identity", "SELECT id FROM identities WHERE customer_id = :merged",
     "UPDATE identities SET customer_id = ? WHERE id = ?", "SELECT customer_id FROM identities WHERE id = ?"},
    {"conversation", "SELECT id FROM conversations WHERE customer_id = :merged",
     "UPDATE conversations SET customer_id = ? WHERE id = ?",
     "SELECT customer_id FROM conversations WHERE id = ?"},
    {"csat", "SELECT id FROM csat_answers WHERE customer_id = :merged",
     "UPDATE csat_answers SET customer_id = ? WHERE id = ?",
     "SELECT customer_id FROM csat_answers WHERE id = ?"},
    // Where the survivor already has the account's word on a key, theirs stands and the merged customer keeps
    // its own: one customer has one value per account and key.
    {"attribute",
     "SELECT id FROM customer_attributes m WHERE customer_id = :merged AND NOT EXISTS (SELECT 1 FROM "
     "customer_attributes s WHERE s.customer_id = :survivor AND s.account_id = m.account_id AND s.key = "
     "m.key)",
     "UPDATE OR IGNORE customer_attributes SET customer_id = ? WHERE id = ?",
     "SELECT customer_id FROM customer_attributes WHERE id = ?"},
};

const MovedKind *movedKind(const QString &kind)
{
    for (const MovedKind &moved : kMovedKinds) {
        if (kind == QLatin1StringView(moved.kind))
            return &moved;
    }
    return nullptr;
}

// Where both customers have a contact record on the same backend account, that backend is asked to merge the
// records too: each of the merged customer's contacts there into the survivor's oldest one.
void recordBackendMerges(sql::Database &db, ChangeSet &marks, qint64 survivorId, qint64 mergedId,
                         qint64 mergeId, UtcMillis now)
{
    QList<MergeContacts> merges;
    {
        sql::Statement q = db.prepare(
            "SELECT m.account_id, "
            "  (SELECT s.value FROM identities s WHERE s.customer_id = ?1 AND s.kind = 'contact' "
            "   AND s.account_id = m.account_id ORDER BY s.id LIMIT 1), m.value "
            "FROM identities m WHERE m.customer_id = ?2 AND m.kind = 'contact' AND m.account_id IS NOT NULL "
            "ORDER BY m.id");
        q.bindAll(survivorId, mergedId);
        while (q.step()) {
            if (!q.isNull(1))
                merges.append({q.int64(0), q.text(1), q.text(2), mergeId});
        }
    }
    for (const MergeContacts &merge : merges)
        actions::recordAction(db, marks, merge, now);
}

// The customer and every customer it was merged into, in that order: where its rows may be now.
QList<qint64> absorbers(sql::Database &db, qint64 customerId)
{
    QList<qint64> chain{customerId};
    for (std::optional<qint64> next = customerState(db, customerId).mergedInto;
         next && !chain.contains(*next); next = customerState(db, *next).mergedInto)
        chain.append(*next);
    return chain;
}

void touchCustomer(sql::Database &db, ChangeSet &marks, qint64 customerId, UtcMillis now)
{
    db.prepare("UPDATE customers SET updated_at = ? WHERE id = ?").bindAll(now, customerId).run();
    marks.markUpdated(StoreTable::Customers, customerId);
}

void settlePair(sql::Database &db, qint64 a, qint64 b, const char *state)
{
    db.prepare("UPDATE merge_suggestions SET state = ? WHERE customer_a = ? AND customer_b = ?")
        .bindAll(QString::fromLatin1(state), std::min(a, b), std::max(a, b))
        .run();
}

std::optional<qint64> ownerOfIdentity(sql::Database &db, qint64 identityId)
{
    sql::Statement q = db.prepare("SELECT customer_id FROM identities WHERE id = ?");
    q.bindAll(identityId);
    return q.step() ? q.optionalInt64(0) : std::nullopt;
}

} // namespace

Outcome<qint64> joinCustomers(sql::Database &db, ChangeSet &marks, const JoinRequest &request, UtcMillis now)
{
    const qint64 survivorId = request.survivorId;
    const qint64 mergedId = request.mergedId;
    if (survivorId == mergedId)
        return Refusal::SameCustomer;
    const CustomerState survivor = customerState(db, survivorId);
    const CustomerState merged = customerState(db, mergedId);
    if (!survivor.exists || !merged.exists)
        return Refusal::NoSuchCustomer;
    if (survivor.mergedInto || merged.mergedInto)
        return Refusal::AlreadyMerged;

    db.prepare("INSERT INTO customer_merges (survivor_id, merged_id, actor_agent_id, reason, created_at, "
               "evidence_kind, evidence_scope, evidence_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        .bindAll(survivorId, mergedId, request.actorAgentId, request.reason, now, request.evidence.kind,
                 request.evidence.scope, request.evidence.value)
        .run();
    const qint64 mergeId = db.lastInsertRowId();
    if (request.askBackends)
        recordBackendMerges(db, marks, survivorId, mergedId, mergeId, now);

    for (const MovedKind &moved : kMovedKinds) {
        QList<qint64> ids;
        {
            sql::Statement owned = db.prepare(moved.selectOwned);
            owned.bind(":merged", mergedId);
            if (owned.hasParameter(":survivor"))
                owned.bind(":survivor", survivorId);
            while (owned.step())
                ids.append(owned.int64(0));
        }
        for (qint64 id : ids) {
            db.prepare("INSERT INTO customer_merge_items (merge_id, item_kind, item_id) VALUES (?, ?, ?)")
                .bindAll(mergeId, QString::fromLatin1(moved.kind), id)
                .run();
            db.prepare(moved.moveOne).bindAll(survivorId, id).run();
        }
    }
    db.prepare("UPDATE customers SET merged_into = ?, updated_at = ? WHERE id = ?")
        .bindAll(survivorId, now, mergedId)
        .run();
    touchCustomer(db, marks, survivorId, now);
    touchCustomer(db, marks, mergedId, now);
    // The suggestion that led here (either way round) is settled.
    settlePair(db, survivorId, mergedId, "accepted");
    return mergeId;
}

Outcome<bool> undoJoin(sql::Database &db, ChangeSet &marks, qint64 mergeId, UtcMillis now)
{
    qint64 survivorId = 0;
    qint64 mergedId = 0;
    {
        sql::Statement q =
            db.prepare("SELECT survivor_id, merged_id, undone_at FROM customer_merges WHERE id = ?");
        q.bindAll(mergeId);
        if (!q.step())
            return Refusal::NoSuchMerge;
        if (!q.isNull(2))
            return Refusal::AlreadyUndone;
        survivorId = q.int64(0);
        mergedId = q.int64(1);
    }
    // Later joins may have carried the survivor (and so these rows) into another customer: a row is taken
    // back from wherever along that way it is now. A row that left that way (split off, moved by its
    // backend) is no longer this join's to take.
    const QList<qint64> holders = absorbers(db, survivorId);
    QList<std::pair<QString, qint64>> items;
    {
        sql::Statement q =
            db.prepare("SELECT item_kind, item_id FROM customer_merge_items WHERE merge_id = ?");
        q.bindAll(mergeId);
        while (q.step())
            items.append({q.text(0), q.int64(1)});
    }
    for (const auto &[kind, id] : items) {
        const MovedKind *moved = movedKind(kind);
        if (!moved)
            continue;
        sql::Statement owner = db.prepare(moved->ownerOf);
        owner.bindAll(id);
        if (!owner.step() || !holders.contains(owner.int64(0)))
            continue;
        owner.run();
        db.prepare(moved->moveOne).bindAll(mergedId, id).run();
        // Later joins that carried the row on no longer hold it.
        db.prepare("DELETE FROM customer_merge_items WHERE item_kind = ? AND item_id = ? AND merge_id > ?")
            .bindAll(kind, id, mergeId)
            .run();
    }
    // What the merged customer's contacts brought after the join is theirs too.
    for (qint64 holder : holders) {
        db.prepare(
              "UPDATE conversations SET customer_id = ?1 WHERE customer_id = ?2 AND contact_identity_id IN "
              "(SELECT id FROM identities WHERE customer_id = ?1 AND kind = 'contact')")
            .bindAll(mergedId, holder)
            .run();
        db.prepare("UPDATE csat_answers SET customer_id = ?1 WHERE customer_id = ?2 AND conversation_id IN "
                   "(SELECT id FROM conversations WHERE customer_id = ?1)")
            .bindAll(mergedId, holder)
            .run();
        touchCustomer(db, marks, holder, now);
    }
    db.prepare("UPDATE customers SET merged_into = NULL, updated_at = ? WHERE id = ?")
        .bindAll(now, mergedId)
        .run();
    marks.markUpdated(StoreTable::Customers, mergedId);
    db.prepare("UPDATE customer_merges SET undone_at = ? WHERE id = ?").bindAll(now, mergeId).run();
    // Undoing says the two are different people: they are not joined or suggested again.
    const qint64 a = std::min(survivorId, mergedId);
    const qint64 b = std::max(survivorId, mergedId);
    db.prepare("INSERT INTO merge_suggestions(customer_a, customer_b, reason, score, state, created_at) "
               "VALUES (?1, ?2, 'undone', 0, 'dismissed', ?3) "
               "ON CONFLICT(customer_a, customer_b) DO UPDATE SET state = 'dismissed'")
        .bindAll(a, b, now)
        .run();
    return true;
}

void recordSuggestion(sql::Database &db, qint64 a, qint64 b, const QString &reason, double score,
                      const JoinIdentifier &evidence, bool open, UtcMillis now)
{
    db.prepare("INSERT INTO merge_suggestions(customer_a, customer_b, reason, score, state, created_at, "
               "evidence_kind, evidence_scope, evidence_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
               "ON CONFLICT(customer_a, customer_b) DO NOTHING")
        .bindAll(std::min(a, b), std::max(a, b), reason, score,
                 QString::fromLatin1(open ? "open" : "dismissed"), now, evidence.kind, evidence.scope,
                 evidence.value)
        .run();
}

bool keptApart(sql::Database &db, qint64 a, qint64 b)
{
    sql::Statement q = db.prepare("SELECT 1 FROM merge_suggestions WHERE customer_a = ? AND customer_b = ? "
                                  "AND state = 'dismissed'");
    q.bindAll(std::min(a, b), std::max(a, b));
    return q.step();
}

Outcome<qint64> splitIdentity(sql::Database &db, qint64 identityId, const QString &name, UtcMillis now)
{
    const std::optional<qint64> owner = ownerOfIdentity(db, identityId);
    if (!owner)
        return Refusal::NoSuchIdentity;
    sql::Statement count = db.prepare("SELECT count(*) FROM identities WHERE customer_id = ?");
    count.bindAll(*owner);
    if (!count.step() || count.int64(0) < 2)
        return Refusal::LastIdentity;
    count.run();
    db.prepare("INSERT INTO customers(name, created_at, updated_at) VALUES (?, ?, ?)")
        .bindAll(name.trimmed(), now, now)
        .run();
    const qint64 split = db.lastInsertRowId();
    db.prepare("UPDATE identities SET customer_id = ? WHERE id = ?").bindAll(split, identityId).run();
    db.prepare(
          "UPDATE conversations SET customer_id = ?1 WHERE customer_id = ?2 AND contact_identity_id = ?3")
        .bindAll(split, *owner, identityId)
        .run();
    db.prepare("UPDATE csat_answers SET customer_id = ?1 WHERE customer_id = ?2 AND conversation_id IN "
               "(SELECT id FROM conversations WHERE customer_id = ?1)")
        .bindAll(split, *owner)
        .run();
    db.prepare("UPDATE customers SET updated_at = ? WHERE id = ?").bindAll(now, *owner).run();
    // Split apart by an agent: not to be joined again by the identifiers they still share.
    db.prepare("INSERT INTO merge_suggestions(customer_a, customer_b, reason, score, state, created_at) "
               "VALUES (?, ?, 'split', 0, 'dismissed', ?)")
        .bindAll(std::min(split, *owner), std::max(split, *owner), now)
        .run();
    return split;
}

JoinPreview previewJoin(sql::Database &db, qint64 survivorId, qint64 mergedId)
{
    JoinPreview preview;
    auto countOf = [&](const char *sqlText) {
        sql::Statement q = db.prepare(sqlText);
        q.bind(":merged", mergedId);
        if (q.hasParameter(":survivor"))
            q.bind(":survivor", survivorId);
        return q.step() ? q.int64(0) : 0;
    };
    preview.conversations = countOf("SELECT count(*) FROM conversations WHERE customer_id = :merged");
    preview.identities = countOf("SELECT count(*) FROM identities WHERE customer_id = :merged");
    preview.attributes = countOf("SELECT count(*) FROM customer_attributes m WHERE customer_id = :merged AND "
                                 "NOT EXISTS (SELECT 1 FROM customer_attributes s WHERE s.customer_id = "
                                 ":survivor AND s.account_id = m.account_id AND s.key = m.key)");
    sql::Statement backends = db.prepare(
        "SELECT DISTINCT a.name FROM identities m JOIN accounts a ON a.id = m.account_id "
        "WHERE m.customer_id = ?1 AND m.kind = 'contact' AND EXISTS (SELECT 1 FROM identities s WHERE "
        "s.customer_id = ?2 AND s.kind = 'contact' AND s.account_id = m.account_id) ORDER BY a.name");
    backends.bindAll(mergedId, survivorId);
    while (backends.step())
        preview.backendsAsked.append(backends.text(0));
    return preview;
}

namespace {
// Where the customer has contact records on backend accounts, each is asked to change too; the sync engine
// keeps the change in Kontor only where a backend has no contact records to change.
void recordContactUpdates(sql::Database &db, ChangeSet &marks, qint64 customerId, const UpdateContact &change,
                          UtcMillis now)
{
    QList<UpdateContact> updates;
    {
        sql::Statement q = db.prepare("SELECT account_id, value FROM identities WHERE customer_id = ? "
                                      "AND kind = 'contact' AND account_id IS NOT NULL ORDER BY id");
        q.bindAll(customerId);
        while (q.step()) {
            UpdateContact update = change;
            update.accountId = q.int64(0);
            update.contactRemoteId = q.text(1);
            update.customerId = customerId;
            updates.append(update);
        }
    }
    for (const UpdateContact &update : std::as_const(updates))
        actions::recordAction(db, marks, update, now);
}
} // namespace

Outcome<bool> renameCustomer(sql::Database &db, ChangeSet &marks, qint64 customerId, const QString &name,
                             UtcMillis now)
{
    if (name.trimmed().isEmpty())
        return Refusal::EmptyName;
    if (!customerState(db, customerId).exists)
        return Refusal::NoSuchCustomer;
    sql::Statement current = db.prepare("SELECT name FROM customers WHERE id = ?");
    current.bindAll(customerId);
    if (current.step() && current.text(0) == name.trimmed())
        return true; // nothing changes, nothing to tell the backends
    current.run();
    db.prepare("UPDATE customers SET name = ?, updated_at = ? WHERE id = ?")
        .bindAll(name.trimmed(), now, customerId)
        .run();
    marks.markUpdated(StoreTable::Customers, customerId);
    UpdateContact change;
    change.name = name.trimmed();
    recordContactUpdates(db, marks, customerId, change, now);
    return true;
}

Outcome<qint64> addIdentity(sql::Database &db, ChangeSet &marks, qint64 customerId, IdentityKind kind,
                            const QString &scope, const QString &value, const QString &displayValue,
                            UtcMillis now)
{
    if (!customerState(db, customerId).exists)
        return Refusal::NoSuchCustomer;
    if (value.isEmpty() || kind == IdentityKind::ContactId)
        return Refusal::NoSuchIdentity;
    db.prepare("INSERT INTO identities(customer_id, kind, value, scope, display_value, created_at) "
               "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(kind, scope, value) DO NOTHING")
        .bindAll(customerId, identityKindKey(kind), value, scope, displayValue, now)
        .run();
    if (db.changes() == 0)
        return Refusal::IdentityTaken;
    const qint64 id = db.lastInsertRowId();
    touchCustomer(db, marks, customerId, now);
    UpdateContact change;
    if (kind == IdentityKind::Email)
        change.email = displayValue.isEmpty() ? value : displayValue;
    else if (kind == IdentityKind::Phone)
        change.phone = value;
    if (!change.isEmpty())
        recordContactUpdates(db, marks, customerId, change, now);
    return id;
}

Outcome<bool> removeIdentity(sql::Database &db, qint64 identityId, UtcMillis now)
{
    sql::Statement q = db.prepare("SELECT customer_id, kind FROM identities WHERE id = ?");
    q.bindAll(identityId);
    if (!q.step() || q.text(1) == u"contact")
        return Refusal::NoSuchIdentity;
    const qint64 owner = q.int64(0);
    q.run();
    db.prepare("DELETE FROM identities WHERE id = ?").bindAll(identityId).run();
    db.prepare("UPDATE customers SET updated_at = ? WHERE id = ?").bindAll(now, owner).run();
    return true;
}

} // namespace kontor::joins
