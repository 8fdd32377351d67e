#include "store/sql/Database.h"

#include "store/sql/Error.h"

#include <sqlite3.h>

namespace kontor::sql {

Database::Database(const QString &path, OpenMode mode, const StoreKey &key)
    : path_(path)
{
    int flags = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE;
    switch (mode) {
    case OpenMode::ReadWriteCreate:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    case OpenMode::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case OpenMode::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
        break;
    }
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &db_, flags, nullptr);
    if (rc != SQLITE_OK) {
        Error error = Error::fromConnection(db_, rc, QString());
        sqlite3_close_v2(db_);
        db_ = nullptr;
        throw error;
    }
    sqlite3_extended_result_codes(db_, 1);
    if (!key.encrypts())
        return;
    try {
        applyKey(key);
    } catch (...) {
        close();
        throw;
    }
}

Database::~Database()
{
    close();
}

void Database::close()
{
    for (auto &[text, cached] : cache_)
        sqlite3_finalize(cached->stmt);
    cache_.clear();
    sqlite3_close_v2(db_);
    db_ = nullptr;
}

void Database::applyKey(const StoreKey &key)
{
    const QByteArray raw = key.sqlcipherRawKey();
    const int rc = sqlite3_key_v2(db_, "main", raw.constData(), int(raw.size()));
    if (rc != SQLITE_OK)
        throw Error::fromConnection(db_, rc, QString());
    // SQLCipher answers this pragma; a plain SQLite would have ignored the key and written in the clear.
    if (queryText("PRAGMA cipher_version").isEmpty())
        throw Error::encryptionUnavailable();
    // The key is checked on the first read of the first page: a wrong key shows as "not a database".
    try {
        queryInt64("SELECT count(*) FROM sqlite_schema");
    } catch (const Error &error) {
        if (error.code() == SQLITE_NOTADB)
            throw Error::keyRejected();
        throw;
    }
}

Statement Database::prepare(std::string_view sqlText)
{
    auto found = cache_.find(sqlText);
    if (found != cache_.end() && !found->second->inUse) {
        found->second->inUse = true;
        return Statement(db_, found->second->stmt, found->second.get());
    }
    sqlite3_stmt *stmt = nullptr;
    const int rc = sqlite3_prepare_v3(db_, sqlText.data(), int(sqlText.size()),
                                      found == cache_.end() ? SQLITE_PREPARE_PERSISTENT : 0, &stmt, nullptr);
    if (rc != SQLITE_OK)
        throw Error::fromConnection(db_, rc, QString::fromUtf8(sqlText.data(), qsizetype(sqlText.size())));
    if (found != cache_.end())
        return Statement(db_, stmt, nullptr);
    auto cached = std::make_unique<CachedStatement>();
    cached->stmt = stmt;
    cached->inUse = true;
    CachedStatement *entry = cached.get();
    cache_.emplace(std::string(sqlText), std::move(cached));
    return Statement(db_, stmt, entry);
}

void Database::exec(std::string_view script)
{
    const char *next = script.data();
    const char *end = script.data() + script.size();
    while (next < end) {
        sqlite3_stmt *stmt = nullptr;
        const char *tail = nullptr;
        const int rc = sqlite3_prepare_v2(db_, next, int(end - next), &stmt, &tail);
        if (rc != SQLITE_OK)
            throw Error::fromConnection(db_, rc, QString::fromUtf8(next, qsizetype(end - next)));
        next = tail;
        if (!stmt) // whitespace or a comment
            continue;
        Statement(db_, stmt, nullptr).run();
    }
}

std::optional<qint64> Database::queryInt64(std::string_view sqlText)
{
    Statement statement = prepare(sqlText);
    if (!statement.step())
        return std::nullopt;
    return statement.optionalInt64(0);
}

QString Database::queryText(std::string_view sqlText)
{
    Statement statement = prepare(sqlText);
    return statement.step() ? statement.text(0) : QString();
}

qint64 Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(db_);
}

int Database::changes() const
{
    return sqlite3_changes(db_);
}

bool Database::inTransaction() const
{
    return sqlite3_get_autocommit(db_) == 0;
}

void Database::setBusyTimeout(int milliseconds)
{
    sqlite3_busy_timeout(db_, milliseconds);
}

void Database::clearStatementCache()
{
    for (auto it = cache_.begin(); it != cache_.end();) {
        if (it->second->inUse) {
            ++it;
            continue;
        }
        sqlite3_finalize(it->second->stmt);
        it = cache_.erase(it);
    }
}

} // namespace kontor::sql
