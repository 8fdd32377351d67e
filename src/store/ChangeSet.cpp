#include "store/ChangeSet.h"

namespace kontor {

namespace {

// SQL table names, in StoreTable order.
constexpr QLatin1StringView tableNames[storeTableCount] = {
    QLatin1StringView("accounts"),         QLatin1StringView("inboxes"),
    QLatin1StringView("customers"),        QLatin1StringView("identities"),
    QLatin1StringView("customer_merges"),  QLatin1StringView("merge_suggestions"),
    QLatin1StringView("agents"),           QLatin1StringView("teams"),
    QLatin1StringView("team_members"),     QLatin1StringView("labels"),
    QLatin1StringView("conversations"),    QLatin1StringView("messages"),
    QLatin1StringView("mentions"),         QLatin1StringView("attachments"),
    QLatin1StringView("canned_responses"), QLatin1StringView("csat_answers"),
    QLatin1StringView("outbox"),           QLatin1StringView("sync_cursors"),
};

} // namespace

std::optional<StoreTable> storeTableFromName(QStringView sqlTableName)
{
    for (int i = 0; i < storeTableCount; ++i) {
        if (sqlTableName == tableNames[i])
            return StoreTable(i);
    }
    return std::nullopt;
}

QLatin1StringView storeTableName(StoreTable table)
{
    return tableNames[int(table)];
}

QList<StoreTable> ChangeSet::tables() const
{
    QList<StoreTable> result;
    for (int i = 0; i < storeTableCount; ++i) {
        if (touched_.test(i))
            result.append(StoreTable(i));
    }
    return result;
}

QSet<qint64> ChangeSet::rows(StoreTable table) const
{
    const Rows &r = rows_[index(table)];
    QSet<qint64> all = r.inserted;
    all.unite(r.updated);
    all.unite(r.deleted);
    return all;
}

bool ChangeSet::contains(StoreTable table, qint64 rowId) const
{
    if (isWhollyChanged(table))
        return true;
    const Rows &r = rows_[index(table)];
    return r.inserted.contains(rowId) || r.updated.contains(rowId) || r.deleted.contains(rowId);
}

void ChangeSet::add(StoreTable table, Operation operation, qint64 rowId)
{
    const int i = index(table);
    touched_.set(i);
    if (whole_.test(i))
        return;
    Rows &r = rows_[i];
    switch (operation) {
    case Operation::Insert:
        r.deleted.remove(rowId); // a row id can be reused after a delete in the same transaction
        r.inserted.insert(rowId);
        break;
    case Operation::Update:
        if (!r.inserted.contains(rowId))
            r.updated.insert(rowId);
        break;
    case Operation::Delete:
        // A row inserted and deleted in one transaction never existed for anyone outside it.
        if (!r.inserted.remove(rowId))
            r.deleted.insert(rowId);
        r.updated.remove(rowId);
        break;
    }
    if (r.inserted.size() + r.updated.size() + r.deleted.size() > maxListedRows)
        markWhollyChanged(table);
}

void ChangeSet::markWhollyChanged(StoreTable table)
{
    const int i = index(table);
    touched_.set(i);
    whole_.set(i);
    rows_[i] = Rows();
}

void ChangeSet::merge(const ChangeSet &other)
{
    for (int i = 0; i < storeTableCount; ++i) {
        if (!other.touched_.test(i))
            continue;
        const StoreTable table = StoreTable(i);
        if (other.whole_.test(i)) {
            markWhollyChanged(table);
            continue;
        }
        touched_.set(i);
        for (qint64 id : other.rows_[i].inserted)
            add(table, Operation::Insert, id);
        for (qint64 id : other.rows_[i].updated)
            add(table, Operation::Update, id);
        for (qint64 id : other.rows_[i].deleted)
            add(table, Operation::Delete, id);
    }
}

void ChangeSet::clear()
{
    rows_ = {};
    touched_.reset();
    whole_.reset();
}

} // namespace kontor
