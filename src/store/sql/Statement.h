#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>
#include <optional>
#include <type_traits>

struct sqlite3;
struct sqlite3_stmt;

namespace kontor::sql {

class Database;
struct CachedStatement;

// One use of a prepared statement. It comes from Database::prepare(), which keeps the compiled statement for
// reuse; when this object goes out of scope the statement is reset and its bindings cleared, so that an
// unfinished SELECT never holds a read snapshot open (which would hide later commits from this connection and
// stall WAL checkpoints).
class Statement
{
public:
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&) = delete;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    ~Statement();

    // Parameters are numbered from 1, as in SQLite.
    template<typename T>
        requires std::is_integral_v<T>
    Statement &bind(int index, T value)
    {
        return bindInt64(index, qint64(value));
    }
    Statement &bind(int index, double value);
    Statement &bind(int index, QStringView text);
    Statement &bind(int index, const QString &text) { return bind(index, QStringView(text)); }
    Statement &bind(int index, std::nullptr_t);
    Statement &bindInt64(int index, qint64 value);
    Statement &bindBlob(int index, QByteArrayView bytes);
    // Binds the value in a column of another statement's current row as it is (type and bytes), e.g. to copy
    // a row from one database to another.
    Statement &bindColumn(int index, const Statement &row, int column);
    template<typename T>
    Statement &bind(int index, const std::optional<T> &value)
    {
        return value ? bind(index, *value) : bind(index, nullptr);
    }
    // Named parameters (":name"), for statements assembled from fixed fragments.
    template<typename T>
    Statement &bind(const char *name, const T &value)
    {
        return bind(parameterIndex(name), value);
    }
    // Binds the arguments to parameters 1..N.
    template<typename... Args>
    Statement &bindAll(const Args &...args)
    {
        int index = 0;
        (bind(++index, args), ...);
        return *this;
    }
    int parameterIndex(const char *name) const;
    bool hasParameter(const char *name) const;

    // Advances to the next row; false when the statement is done. Throws sql::Error.
    bool step();
    // Steps to completion, for statements that return no rows.
    void run();

    bool isNull(int column) const;
    qint64 int64(int column) const;
    int int32(int column) const { return int(int64(column)); }
    double real(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;
    std::optional<qint64> optionalInt64(int column) const;
    std::optional<QString> optionalText(int column) const;
    int columnCount() const;
    QString columnName(int column) const;

    QString sqlText() const;

private:
    friend class Database;
    Statement(sqlite3 *db, sqlite3_stmt *stmt, CachedStatement *cached);
    [[noreturn]] void fail(int resultCode) const;
    void check(int resultCode) const;

    sqlite3 *db_;
    sqlite3_stmt *stmt_;
    CachedStatement *cached_; // null when this use owns a one-off statement
};

} // namespace kontor::sql
