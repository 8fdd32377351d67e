#pragma once

#include <QByteArray>
#include <QString>
#include <exception>

struct sqlite3;

namespace kontor::sql {

// A failed SQLite call. Carries SQLite's own message and result codes, and the text of the statement (with
// its placeholders, never the bound values, so that no customer data ends up in a log).
class Error : public std::exception
{
public:
    Error(int code, int extendedCode, QString message, QString statement);

    // Builds the error from the connection's most recent failure.
    static Error fromConnection(sqlite3 *db, int resultCode, const QString &statement);

    int code() const { return code_; }                 // primary result code, e.g. SQLITE_FULL
    int extendedCode() const { return extendedCode_; } // e.g. SQLITE_IOERR_WRITE
    const QString &message() const { return message_; }
    const QString &statement() const { return statement_; }
    bool isDiskFull() const;
    bool isCorruption() const; // SQLITE_CORRUPT or SQLITE_NOTADB

    const char *what() const noexcept override { return what_.constData(); }

private:
    int code_;
    int extendedCode_;
    QString message_;
    QString statement_;
    QByteArray what_;
};

} // namespace kontor::sql
