#include "store/sql/Error.h"

#include <sqlite3.h>

namespace kontor::sql {

Error::Error(int code, int extendedCode, QString message, QString statement)
    : code_(code)
    , extendedCode_(extendedCode)
    , message_(std::move(message))
    , statement_(std::move(statement))
{
    what_ = message_.toUtf8() + " (SQLite " + QByteArray::number(extendedCode_) + ")";
    if (!statement_.isEmpty())
        what_ += " in: " + statement_.simplified().toUtf8();
}

Error Error::fromConnection(sqlite3 *db, int resultCode, const QString &statement)
{
    const int extended = db ? sqlite3_extended_errcode(db) : resultCode;
    // The connection's message can belong to an older call when resultCode came from elsewhere (e.g. open).
    const char *text =
        db && (extended & 0xff) == (resultCode & 0xff) ? sqlite3_errmsg(db) : sqlite3_errstr(resultCode);
    return Error(resultCode & 0xff, extended, QString::fromUtf8(text), statement);
}

Error Error::keyRejected()
{
    Error error(SQLITE_NOTADB, SQLITE_NOTADB, QStringLiteral("the store's key does not open it"), QString());
    error.cause_ = Cause::KeyRejected;
    return error;
}

Error Error::encryptionUnavailable()
{
    Error error(SQLITE_MISUSE, SQLITE_MISUSE, QStringLiteral("this SQLite library cannot encrypt"),
                QString());
    error.cause_ = Cause::EncryptionUnavailable;
    return error;
}

bool Error::isDiskFull() const
{
    return code_ == SQLITE_FULL;
}

bool Error::isCorruption() const
{
    return cause_ == Cause::Sqlite && (code_ == SQLITE_CORRUPT || code_ == SQLITE_NOTADB);
}

} // namespace kontor::sql
