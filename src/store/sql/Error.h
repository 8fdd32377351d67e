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
    // An encrypted store that its key does not open: the wrong key, or (indistinguishably) a ruined first
    // page. Not damage to act on: setting the file aside would throw away what the right key still reads.
    static Error keyRejected();
    // A key was given but the SQLite library linked cannot encrypt: nothing may be opened unencrypted.
    static Error encryptionUnavailable();

    int code() const { return code_; }                 // primary result code, e.g. SQLITE_FULL
    int extendedCode() const { return extendedCode_; } // e.g. SQLITE_IOERR_WRITE
    const QString &message() const { return message_; }
    const QString &statement() const { return statement_; }
    bool isDiskFull() const;
    bool isCorruption() const; // SQLITE_CORRUPT or SQLITE_NOTADB, but not a rejected key
    bool isKeyRejected() const { return cause_ == Cause::KeyRejected; }
    bool isEncryptionUnavailable() const { return cause_ == Cause::EncryptionUnavailable; }

    const char *what() const noexcept override { return what_.constData(); }

private:
    enum class Cause
    {
        Sqlite,
        KeyRejected,
        EncryptionUnavailable,
    };
    Cause cause_ = Cause::Sqlite;
    int code_;
    int extendedCode_;
    QString message_;
    QString statement_;
    QByteArray what_;
};

} // namespace kontor::sql
