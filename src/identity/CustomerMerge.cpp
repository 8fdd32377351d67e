#include "identity/CustomerMerge.h"

#include "store/Store.h"
#include "store/WriteContext.h"
#include "store/actions/ActionRecorder.h"
#include "store/sql/Database.h"

#include <QCoreApplication>

namespace kontor {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("CustomerMerge", text);
}

struct CustomerState
{
    bool exists = false;
    std::optional<qint64> mergedInto;
};

CustomerState customerState(sql::Database &db, qint64 id)
{
    auto q = db.prepare("SELECT merged_into FROM customers WHERE id = ?");
    q.bind(1, id);
    if (!q.step())
        return {};
    return {true, q.optionalInt64(0)};
}

// The rows a merge moves, by kind: the table, and the column that names their customer.
struct MovedKind
{
    const char *kind;
    const char *selectOwned;
    const char *moveOne;
};

// selectOwned names the merged customer :merged and may name the survivor :survivor.
constexpr MovedKind kMovedKinds[] = {
    {"identity", "SELECT id FROM identities WHERE customer_id = :merged",
     "UPDATE identities SET customer_id = ? WHERE id = ?"},
    {"conversation", "SELECT id FROM conversations WHERE customer_id = :merged",
     "UPDATE conversations SET customer_id = ? WHERE id = ?"},
    {"csat", "SELECT id FROM csat_answers WHERE customer_id = :merged",
     "UPDATE csat_answers SET customer_id = ? WHERE id = ?"},
    // Where the survivor already has the account's word on a key, theirs stands and the merged customer keeps
    // its own: one customer has one value per account and key.
    {"attribute",
     "SELECT id FROM customer_attributes m WHERE customer_id = :merged AND NOT EXISTS (SELECT 1 FROM "
     "customer_attributes s WHERE s.customer_id = :survivor AND s.account_id = m.account_id AND s.key = "
     "m.key)",
     "UPDATE OR IGNORE customer_attributes SET customer_id = ? WHERE id = ?"},
};

// Where both customers have a contact record on the same backend account, that backend is asked to merge the
// records too: each of the merged customer's contacts there into the survivor's oldest one.
void recordBackendMerges(WriteContext &context, qint64 survivorId, qint64 mergedId, qint64 mergeId)
{
    QList<MergeContacts> merges;
    {
        auto q = context.db().prepare(
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
        actions::recordAction(context.db(), context.changes(), merge, context.now());
}

// Attributes have no table views watch; the customers they move between are marked as they change.
std::optional<StoreTable> tableOf(QLatin1StringView kind)
{
    if (kind == QLatin1StringView("identity"))
        return StoreTable::Identities;
    if (kind == QLatin1StringView("conversation"))
        return StoreTable::Conversations;
    if (kind == QLatin1StringView("csat"))
        return StoreTable::CsatAnswers;
    return std::nullopt;
}
} // namespace

MergeRefused::MergeRefused(const QString &message)
    : std::runtime_error("merge refused")
    , message_(message)
{}

qint64 CustomerMerge::merge(WriteContext &context, qint64 survivorId, qint64 mergedId,
                            std::optional<qint64> actorAgentId, const QString &reason)
{
    sql::Database &db = context.db();
    if (survivorId == mergedId)
        throw MergeRefused(tr("A customer cannot be merged with themselves."));
    const CustomerState survivor = customerState(db, survivorId);
    const CustomerState merged = customerState(db, mergedId);
    if (!survivor.exists || !merged.exists)
        throw MergeRefused(tr("One of the customers no longer exists."));
    if (survivor.mergedInto || merged.mergedInto)
        throw MergeRefused(tr("One of the customers has already been merged into another."));

    auto insert =
        db.prepare("INSERT INTO customer_merges (survivor_id, merged_id, actor_agent_id, reason, created_at) "
                   "VALUES (?, ?, ?, ?, ?)");
    insert.bindAll(survivorId, mergedId, actorAgentId, reason, context.now()).run();
    const qint64 mergeId = db.lastInsertRowId();
    recordBackendMerges(context, survivorId, mergedId, mergeId);

    for (const MovedKind &moved : kMovedKinds) {
        QList<qint64> ids;
        {
            auto owned = db.prepare(moved.selectOwned);
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
        .bindAll(survivorId, context.now(), mergedId)
        .run();
    db.prepare("UPDATE customers SET updated_at = ? WHERE id = ?").bindAll(context.now(), survivorId).run();
    // The suggestion that led here (either way round) is settled.
    db.prepare("UPDATE merge_suggestions SET state = 'accepted' WHERE customer_a = ? AND customer_b = ?")
        .bindAll(std::min(survivorId, mergedId), std::max(survivorId, mergedId))
        .run();
    return mergeId;
}

void CustomerMerge::unmerge(WriteContext &context, qint64 mergeId)
{
    sql::Database &db = context.db();
    qint64 survivorId = 0;
    qint64 mergedId = 0;
    {
        auto q = db.prepare("SELECT survivor_id, merged_id, undone_at FROM customer_merges WHERE id = ?");
        q.bind(1, mergeId);
        if (!q.step())
            throw MergeRefused(tr("This merge does not exist."));
        if (!q.isNull(2))
            throw MergeRefused(tr("This merge has already been undone."));
        survivorId = q.int64(0);
        mergedId = q.int64(1);
    }
    // A later merge that is still in force may have moved the same rows again; undoing this one first would
    // tear its rows out from under it. Later merges are undone first, in reverse order.
    {
        auto later = db.prepare("SELECT 1 FROM customer_merges WHERE undone_at IS NULL AND id > ? "
                                "AND (survivor_id IN (?, ?) OR merged_id IN (?, ?)) LIMIT 1");
        later.bindAll(mergeId, survivorId, mergedId, survivorId, mergedId);
        if (later.step())
            throw MergeRefused(tr("A later merge of these customers must be undone first."));
    }

    QList<std::pair<QString, qint64>> items;
    {
        auto q = db.prepare("SELECT item_kind, item_id FROM customer_merge_items WHERE merge_id = ?");
        q.bind(1, mergeId);
        while (q.step())
            items.append({q.text(0), q.int64(1)});
    }
    for (const auto &[kind, id] : items) {
        for (const MovedKind &moved : kMovedKinds) {
            if (kind != QLatin1StringView(moved.kind))
                continue;
            // Only rows still with the survivor go back; one deleted since is gone either way.
            auto move = db.prepare(std::string(moved.moveOne) + " AND customer_id = ?");
            move.bindAll(mergedId, id, survivorId).run();
            const std::optional<StoreTable> table = tableOf(QLatin1StringView(moved.kind));
            if (db.changes() > 0 && table)
                context.changes().markUpdated(*table, id);
        }
    }
    db.prepare("UPDATE customers SET merged_into = NULL, updated_at = ? WHERE id = ?")
        .bindAll(context.now(), mergedId)
        .run();
    db.prepare("UPDATE customers SET updated_at = ? WHERE id = ?").bindAll(context.now(), survivorId).run();
    db.prepare("UPDATE customer_merges SET undone_at = ? WHERE id = ?").bindAll(context.now(), mergeId).run();
    // A backend merge not sent yet is not sent at all. One that reached its backend stays there: backends
    // cannot split a contact, so the unmerge is Kontor's alone.
    db.prepare("DELETE FROM outbox WHERE kind = 'merge_contacts' AND state IN ('queued', 'failed') "
               "AND json_extract(payload, '$.merge_id') = ?")
        .bindAll(mergeId)
        .run();
    // Undoing says the two are different people: the suggestion must not come back.
    db.prepare("UPDATE merge_suggestions SET state = 'dismissed' WHERE customer_a = ? AND customer_b = ?")
        .bindAll(std::min(survivorId, mergedId), std::max(survivorId, mergedId))
        .run();
}

QFuture<qint64> CustomerMerge::merge(Store &store, qint64 survivorId, qint64 mergedId,
                                     std::optional<qint64> actorAgentId, const QString &reason)
{
    return store.write(
        [=](WriteContext &context) {
            return CustomerMerge::merge(context, survivorId, mergedId, actorAgentId, reason);
        },
        WriteDurability::Full);
}

QFuture<void> CustomerMerge::unmerge(Store &store, qint64 mergeId)
{
    return store.write([=](WriteContext &context) { CustomerMerge::unmerge(context, mergeId); });
}

} // namespace kontor
