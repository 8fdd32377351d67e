#include "store/ChangeTracker.h"

#include "store/sql/Database.h"

#include <sqlite3.h>
#include <string_view>
#include <unordered_map>

namespace kontor {

namespace {

// The hook runs once per changed row, FTS shadow tables included, so the lookup avoids building strings.
const std::unordered_map<std::string_view, StoreTable> &tablesByName()
{
    static const std::unordered_map<std::string_view, StoreTable> map = [] {
        std::unordered_map<std::string_view, StoreTable> m;
        for (int i = 0; i < storeTableCount; ++i) {
            const QLatin1StringView name = storeTableName(StoreTable(i));
            m.emplace(std::string_view(name.data(), size_t(name.size())), StoreTable(i));
        }
        return m;
    }();
    return map;
}

} // namespace

ChangeTracker::ChangeTracker(sql::Database &db)
    : db_(db)
{
    sqlite3_update_hook(db_.handle(), &ChangeTracker::onUpdate, this);
    sqlite3_rollback_hook(db_.handle(), &ChangeTracker::onRollback, this);
}

ChangeTracker::~ChangeTracker()
{
    sqlite3_update_hook(db_.handle(), nullptr, nullptr);
    sqlite3_rollback_hook(db_.handle(), nullptr, nullptr);
}

ChangeSet ChangeTracker::take()
{
    ChangeSet result = std::move(pending_);
    pending_.clear();
    return result;
}

void ChangeTracker::onUpdate(void *self, int operation, const char *, const char *table, long long rowId)
{
    const auto &map = tablesByName();
    const auto found = map.find(std::string_view(table));
    if (found == map.end())
        return;
    ChangeSet::Operation op = ChangeSet::Operation::Update;
    if (operation == SQLITE_INSERT)
        op = ChangeSet::Operation::Insert;
    else if (operation == SQLITE_DELETE)
        op = ChangeSet::Operation::Delete;
    static_cast<ChangeTracker *>(self)->pending_.add(found->second, op, rowId);
}

void ChangeTracker::onRollback(void *self)
{
    static_cast<ChangeTracker *>(self)->pending_.clear();
}

} // namespace kontor
