#include "store/StoreEncryption.h"

#include "core/OwnerOnlyFiles.h"
#include "store/StoreFile.h"
#include "store/sql/Database.h"
#include "store/sql/Error.h"

#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QStringList>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sqlite3.h>
#include <unistd.h>

namespace kontor {

Q_LOGGING_CATEGORY(encryptionLog, "kontor.store.encryption")

namespace {

QString partialPath(const QString &path)
{
    return path + QStringLiteral(".encrypting");
}

QString plainPath(const QString &path)
{
    return path + QStringLiteral(".plain");
}

void removeWithCompanions(const QString &file)
{
    for (const QLatin1StringView suffix : {QLatin1StringView(""), QLatin1StringView("-wal"),
                                           QLatin1StringView("-shm"), QLatin1StringView("-journal")})
        QFile::remove(file + suffix);
}

[[noreturn]] void throwSystemError(const char *what)
{
    const int error = errno;
    throw sql::Error(
        error == ENOSPC ? SQLITE_FULL : SQLITE_IOERR, error == ENOSPC ? SQLITE_FULL : SQLITE_IOERR,
        QString::fromLatin1(what) + QStringLiteral(": ") + QString::fromLocal8Bit(std::strerror(error)),
        QString());
}

void syncFolderOf(const QString &path)
{
    const int folder = ::open(QFile::encodeName(QFileInfo(path).absolutePath()).constData(), O_RDONLY);
    if (folder < 0)
        return;
    ::fsync(folder);
    ::close(folder);
}

// Overwrites the file with zeros, on disk, before removing it: the plaintext must not stay in the blocks the
// file leaves behind. (On a copy-on-write or flash file system the old blocks may survive all the same; the
// privacy notes say so.)
void wipeAndRemove(const QString &path)
{
    QFile file(path);
    if (file.open(QIODevice::ReadWrite)) {
        const QByteArray zeros(1024 * 1024, '\0');
        for (qint64 left = file.size(); left > 0;) {
            const qint64 written = file.write(zeros.constData(), std::min<qint64>(left, zeros.size()));
            if (written <= 0)
                break;
            left -= written;
        }
        file.flush();
        ::fsync(file.handle());
        file.close();
    }
    QFile::remove(path);
}

// Names come from the store's own schema, never from outside input; quoted all the same.
std::string quoted(const QString &identifier)
{
    QString text = identifier;
    text.replace(u'"', QStringLiteral("\"\""));
    return '"' + text.toStdString() + '"';
}

// Every ordinary table (full-text indexes' own tables included) has as many rows in the copy as in the
// original.
void verifyRowCounts(sql::Database &db)
{
    QStringList tables;
    {
        sql::Statement list =
            db.prepare("SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name "
                       "NOT LIKE 'sqlite!_%' ESCAPE '!' AND sql NOT LIKE 'CREATE VIRTUAL%'");
        while (list.step())
            tables << list.text(0);
    }
    for (const QString &table : std::as_const(tables)) {
        const std::string name = quoted(table);
        const auto original = db.queryInt64("SELECT count(*) FROM main." + name);
        const auto copy = db.queryInt64("SELECT count(*) FROM encrypted." + name);
        if (original != copy) {
            throw sql::Error(SQLITE_CORRUPT, SQLITE_CORRUPT,
                             QStringLiteral("the encrypted copy lacks rows of ") + table, QString());
        }
    }
}

void exportEncrypted(const QString &path, const QString &partial, const StoreKey &key)
{
    sql::Database plain(path, sql::Database::OpenMode::ReadWrite);
    plain.setBusyTimeout(5000);
    // The log folds into the file first: the copy reads one consistent whole, and no log of the plain store
    // is left to be replayed into the encrypted one after the swap.
    if (plain.queryInt64("PRAGMA wal_checkpoint(TRUNCATE)").value_or(0) != 0)
        throw sql::Error(SQLITE_BUSY, SQLITE_BUSY, QStringLiteral("the store's log could not be folded in"),
                         QString());
    {
        sql::Statement attach = plain.prepare("ATTACH DATABASE ? AS encrypted KEY ?");
        attach.bindAll(partial, QString::fromLatin1(key.sqlcipherRawKey()));
        attach.run();
    }
    plain.queryText("SELECT sqlcipher_export('encrypted')");
    // The export copies schema and rows, not the schema version, which decides the migrations to come.
    const qint64 version = plain.queryInt64("PRAGMA main.user_version").value_or(0);
    plain.exec("PRAGMA encrypted.user_version = " + std::to_string(version));
    if (plain.queryInt64("PRAGMA encrypted.user_version") != version)
        throw sql::Error(SQLITE_CORRUPT, SQLITE_CORRUPT, QStringLiteral("schema version not copied"),
                         QString());
    verifyRowCounts(plain);
    plain.clearStatementCache();
    plain.exec("DETACH DATABASE encrypted");
    plain.exec("PRAGMA journal_mode = DELETE"); // closing leaves no log or shared memory behind

    // The copy opens with the key alone and is sound.
    sql::Database copy(partial, sql::Database::OpenMode::ReadWrite, key);
    if (copy.queryText("PRAGMA quick_check") != u"ok")
        throw sql::Error(SQLITE_CORRUPT, SQLITE_CORRUPT, QStringLiteral("the encrypted copy fails its check"),
                         QString());
    if (copy.queryInt64("PRAGMA user_version") != version)
        throw sql::Error(SQLITE_CORRUPT, SQLITE_CORRUPT, QStringLiteral("schema version not copied"),
                         QString());
}

} // namespace

void encryptPlainStore(const QString &path, const StoreKey &key,
                       const std::function<void(EncryptionStep)> &afterStep)
{
    const QString partial = partialPath(path);
    const QString plain = plainPath(path);
    removeWithCompanions(partial);
    QFile::remove(plain);
    // 0600 before SQLite sees it.
    files::ensureOwnerOnlyFile(partial);
    try {
        exportEncrypted(path, partial, key);
    } catch (...) {
        removeWithCompanions(partial);
        throw;
    }
    QFile::remove(partial + QStringLiteral("-journal"));
    if (afterStep)
        afterStep(EncryptionStep::Exported);

    // The plain file keeps a second name, so that its bytes can still be wiped after the rename.
    if (::link(QFile::encodeName(path).constData(), QFile::encodeName(plain).constData()) != 0) {
        removeWithCompanions(partial);
        throwSystemError("the plain store could not be linked");
    }
    syncFolderOf(path);
    if (afterStep)
        afterStep(EncryptionStep::Linked);

    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    if (::rename(QFile::encodeName(partial).constData(), QFile::encodeName(path).constData()) != 0) {
        QFile::remove(plain); // the same file as the store: only the name goes
        removeWithCompanions(partial);
        throwSystemError("the encrypted store could not be put in place");
    }
    syncFolderOf(path);
    if (afterStep)
        afterStep(EncryptionStep::Swapped);

    wipeAndRemove(plain);
    syncFolderOf(path);
    qCInfo(encryptionLog) << "store encrypted";
}

void finishInterruptedEncryption(const QString &path)
{
    const QString partial = partialPath(path);
    if (QFile::exists(partial) || QFile::exists(partial + QStringLiteral("-journal")))
        removeWithCompanions(partial);
    const QString plain = plainPath(path);
    if (!QFile::exists(plain))
        return;
    // Before the swap the second name is the store itself: only the name goes. After it, it is the old plain
    // file, whose bytes are wiped.
    if (storeFileFormat(path) == StoreFileFormat::Plain)
        QFile::remove(plain);
    else
        wipeAndRemove(plain);
}

} // namespace kontor
