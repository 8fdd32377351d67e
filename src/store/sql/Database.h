#pragma once

#include "store/StoreKey.h"
#include "store/sql/Statement.h"

#include <QString>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

struct sqlite3;
struct sqlite3_stmt;

namespace kontor::sql {

struct CachedStatement
{
    sqlite3_stmt *stmt = nullptr;
    bool inUse = false;
};

// One SQLite connection, used from one thread. Statements are compiled once per connection and reused.
class Database
{
public:
    enum class OpenMode
    {
        ReadWriteCreate,
        ReadWrite, // the file must exist
        ReadOnly,
    };

    // Throws sql::Error when the file cannot be opened. With a key that encrypts, the file is read and
    // written through SQLCipher: a key that does not open it throws Error::keyRejected(), and a library that
    // cannot encrypt throws Error::encryptionUnavailable() rather than open anything in the clear.
    Database(const QString &path, OpenMode mode = OpenMode::ReadWriteCreate, const StoreKey &key = {});
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    sqlite3 *handle() const { return db_; }
    const QString &path() const { return path_; }

    // A use of the compiled statement for sqlText, compiled on first use. If the same text is already in use
    // further up the stack, a one-off statement is compiled instead, so nested uses never disturb each other.
    Statement prepare(std::string_view sqlText);
    // Compiles and runs each statement of a script in turn (schema definitions, pragmas). Not cached.
    void exec(std::string_view script);
    // The first column of the first row of a one-off query, e.g. a pragma; null when there is no row.
    std::optional<qint64> queryInt64(std::string_view sqlText);
    QString queryText(std::string_view sqlText);

    qint64 lastInsertRowId() const;
    int changes() const;
    bool inTransaction() const;
    void setBusyTimeout(int milliseconds);
    // Drops the compiled statements, e.g. before the schema changes under them.
    void clearStatementCache();

private:
    void applyKey(const StoreKey &key);
    void close();

    struct TransparentHash
    {
        using is_transparent = void;
        size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
    };
    sqlite3 *db_ = nullptr;
    QString path_;
    std::unordered_map<std::string, std::unique_ptr<CachedStatement>, TransparentHash, std::equal_to<>>
        cache_;
};

} // namespace kontor::sql
