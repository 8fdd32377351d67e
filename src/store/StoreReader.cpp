#include "store/StoreReader.h"

#include "store/queries/RecentMatchRank.h"
#include "store/sql/Database.h"

namespace kontor {

namespace {

std::unique_ptr<sql::Database> openReadConnection(const QString &path, const StoreKey &key)
{
    auto db = std::make_unique<sql::Database>(path, sql::Database::OpenMode::ReadWrite, key);
    // Read-write at the file level, so that this connection can take part in WAL recovery, but refusing
    // writes: every write goes through the store's writer.
    db->exec("PRAGMA query_only = ON; PRAGMA foreign_keys = ON; PRAGMA temp_store = MEMORY; "
             "PRAGMA cache_size = -32768; PRAGMA secure_delete = ON");
    db->setBusyTimeout(5000);
    registerRecentMatchRank(*db);
    return db;
}

} // namespace

StoreReader::StoreReader(const QString &path, const StoreKey &key)
    : path_(path)
    , key_(key)
    , db_(openReadConnection(path, key))
    , inbox_(*db_)
    , messages_(*db_)
    , search_(*db_)
    , queues_(*db_)
    , directory_(*db_)
    , outbox_(*db_)
    , customers_(*db_)
    , self_(*db_)
    , reports_(*db_)
    , remoteIds_(*db_)
{}

StoreReader::~StoreReader() = default;

OutboxFileSource StoreReader::outboxFiles(qint64 outboxId) const
{
    return OutboxFileSource(path_, key_, outboxId);
}

} // namespace kontor
