#include "store/ingest/IngestSteps.h"

#include "store/sql/Database.h"

namespace kontor::ingest {

namespace {
// A backend may carry free-form data in attributes; the panel shows a handful. These bounds keep a hostile or
// broken contact from bloating the store, and are far above what an agent would read.
constexpr qsizetype maxAttributes = 100;
constexpr qsizetype maxKeyLength = 200;
constexpr qsizetype maxValueLength = 2000;
} // namespace

bool replaceCustomerAttributes(IngestContext &context, qint64 customerId,
                               const QList<AttributeRecord> &attributes)
{
    bool changed = false;
    QSet<QString> kept;
    static constexpr char upsertSql[] =
        "INSERT INTO customer_attributes(customer_id, account_id, key, label, value, kind, position) "
        "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(customer_id, account_id, key) DO UPDATE SET "
        "label = excluded.label, value = excluded.value, kind = excluded.kind, position = excluded.position "
        "WHERE label IS NOT excluded.label OR value IS NOT excluded.value OR kind IS NOT excluded.kind "
        "OR position IS NOT excluded.position";
    for (const AttributeRecord &attribute : attributes) {
        const QString key = attribute.key.trimmed();
        const QString value = attribute.value.trimmed().left(maxValueLength);
        // An attribute without a value says nothing; one already given under this key was the backend's
        // first word.
        if (key.isEmpty() || key.size() > maxKeyLength || value.isEmpty() || kept.contains(key))
            continue;
        if (kept.size() >= maxAttributes)
            break;
        const QString label = attribute.label.trimmed().isEmpty() ? key : attribute.label.trimmed();
        context.db.prepare(upsertSql)
            .bindAll(customerId, context.accountId, key, label.left(maxKeyLength), value,
                     attributeKindKey(attribute.kind), qint64(kept.size()))
            .run();
        changed = changed || context.db.changes() > 0;
        kept.insert(key);
    }

    QList<qint64> gone;
    {
        sql::Statement existing = context.db.prepare(
            "SELECT id, key FROM customer_attributes WHERE customer_id = ? AND account_id = ?");
        existing.bindAll(customerId, context.accountId);
        while (existing.step()) {
            if (!kept.contains(existing.text(1)))
                gone.append(existing.int64(0));
        }
    }
    for (qint64 id : gone)
        context.db.prepare("DELETE FROM customer_attributes WHERE id = ?").bindAll(id).run();
    return changed || !gone.isEmpty();
}

} // namespace kontor::ingest
