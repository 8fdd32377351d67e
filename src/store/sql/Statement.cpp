#include "store/sql/Statement.h"

#include "store/sql/Database.h"
#include "store/sql/Error.h"

#include <sqlite3.h>

namespace kontor::sql {

Statement::Statement(sqlite3 *db, sqlite3_stmt *stmt, CachedStatement *cached)
    : db_(db)
    , stmt_(stmt)
    , cached_(cached)
{}

Statement::Statement(Statement &&other) noexcept
    : db_(other.db_)
    , stmt_(other.stmt_)
    , cached_(other.cached_)
{
    other.stmt_ = nullptr;
    other.cached_ = nullptr;
}

Statement::~Statement()
{
    if (!stmt_)
        return;
    if (cached_) {
        sqlite3_reset(stmt_);
        sqlite3_clear_bindings(stmt_);
        cached_->inUse = false;
    } else {
        sqlite3_finalize(stmt_);
    }
}

void Statement::fail(int resultCode) const
{
    throw Error::fromConnection(db_, resultCode, sqlText());
}

void Statement::check(int resultCode) const
{
    if (resultCode != SQLITE_OK)
        fail(resultCode);
}

Statement &Statement::bindInt64(int index, qint64 value)
{
    check(sqlite3_bind_int64(stmt_, index, value));
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    check(sqlite3_bind_double(stmt_, index, value));
    return *this;
}

Statement &Statement::bind(int index, QStringView text)
{
    // Empty strings bind as '' rather than NULL: NULL is spelled std::nullopt/nullptr.
    static const char16_t empty = 0;
    const char16_t *data = text.isNull() ? &empty : text.utf16();
    check(sqlite3_bind_text16(stmt_, index, data, int(text.size() * 2), SQLITE_TRANSIENT));
    return *this;
}

Statement &Statement::bind(int index, std::nullptr_t)
{
    check(sqlite3_bind_null(stmt_, index));
    return *this;
}

Statement &Statement::bindBlob(int index, QByteArrayView bytes)
{
    check(sqlite3_bind_blob64(stmt_, index, bytes.data(), sqlite3_uint64(bytes.size()), SQLITE_TRANSIENT));
    return *this;
}

Statement &Statement::bindColumn(int index, const Statement &row, int column)
{
    check(sqlite3_bind_value(stmt_, index, sqlite3_column_value(row.stmt_, column)));
    return *this;
}

int Statement::parameterIndex(const char *name) const
{
    const int index = sqlite3_bind_parameter_index(stmt_, name);
    if (index == 0)
        throw Error(SQLITE_RANGE, SQLITE_RANGE,
                    QStringLiteral("no parameter named %1").arg(QString::fromUtf8(name)), sqlText());
    return index;
}

bool Statement::hasParameter(const char *name) const
{
    return sqlite3_bind_parameter_index(stmt_, name) != 0;
}

bool Statement::step()
{
    const int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    // Resetting returns the statement to a usable state; the error is reported from the step's code.
    sqlite3_reset(stmt_);
    fail(rc);
}

void Statement::run()
{
    while (step()) {
    }
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(stmt_, column) == SQLITE_NULL;
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(stmt_, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(stmt_, column);
}

QString Statement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(stmt_, column));
    const int size = sqlite3_column_bytes(stmt_, column);
    return data ? QString::fromUtf8(data, size) : QString();
}

QByteArray Statement::blob(int column) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(stmt_, column));
    const int size = sqlite3_column_bytes(stmt_, column);
    return data ? QByteArray(data, size) : QByteArray();
}

std::optional<qint64> Statement::optionalInt64(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return int64(column);
}

std::optional<QString> Statement::optionalText(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return text(column);
}

int Statement::columnCount() const
{
    return sqlite3_column_count(stmt_);
}

QString Statement::columnName(int column) const
{
    return QString::fromUtf8(sqlite3_column_name(stmt_, column));
}

QString Statement::sqlText() const
{
    return stmt_ ? QString::fromUtf8(sqlite3_sql(stmt_)) : QString();
}

} // namespace kontor::sql
