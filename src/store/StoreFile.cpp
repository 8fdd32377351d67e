#include "store/StoreFile.h"

#include "store/Schema.h"
#include "store/sql/Database.h"
#include "store/sql/Error.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <cerrno>
#include <sqlite3.h>

namespace kontor {

namespace {

constexpr qsizetype headerSize = 100;

// The fixed parts of the database header (https://www.sqlite.org/fileformat.html): the magic string and a
// page size that is a power of two from 512 to 65536 (stored as 1 for 65536).
bool headerLooksValid(const QByteArray &header)
{
    if (header.size() < headerSize || !header.startsWith(QByteArrayView("SQLite format 3\0", 16)))
        return false;
    const uint pageSize = (uchar(header[16]) << 8) | uchar(header[17]);
    if (pageSize == 1)
        return true;
    return pageSize >= 512 && pageSize <= 32768 && (pageSize & (pageSize - 1)) == 0;
}

QString checkRequestPath(const QString &path)
{
    return path + QStringLiteral("-check");
}

StoreFileCheck damaged(const char *reason)
{
    return {StoreFileCheck::Verdict::Damaged, 0, QString::fromLatin1(reason)};
}

StoreFileCheck unavailable(StoreAccessProblem problem, const QString &detail, const QString &reason)
{
    StoreFileCheck check{StoreFileCheck::Verdict::Unavailable, 0, reason};
    check.problem = problem;
    check.detail = detail;
    return check;
}

} // namespace

StoreFileFormat storeFileFormat(const QString &path)
{
    QFile file(path);
    if (!file.exists() || file.size() == 0)
        return StoreFileFormat::Absent;
    if (!file.open(QIODevice::ReadOnly))
        return StoreFileFormat::NotPlain;
    return file.read(16).startsWith(QByteArrayView("SQLite format 3\0", 16)) ? StoreFileFormat::Plain
                                                                             : StoreFileFormat::NotPlain;
}

StoreFileCheck inspectStoreFile(const QString &path, const QuickCheckPolicy &policy, const StoreKey &key)
{
    QFile file(path);
    if (!file.exists() || file.size() == 0)
        return {StoreFileCheck::Verdict::Absent, 0, {}};
    if (!file.open(QIODevice::ReadOnly)) {
        // Not allowed to read it, or the disk failed: nothing says the file itself is bad.
        const int error = errno;
        StoreAccessProblem problem = file.error() == QFileDevice::PermissionsError
                                         ? StoreAccessProblem::NoPermission
                                         : accessProblemFromSystem(error, path);
        if (problem == StoreAccessProblem::None || problem == StoreAccessProblem::Other)
            problem = StoreAccessProblem::NoPermission;
        return unavailable(problem, file.errorString(), QStringLiteral("unreadable"));
    }
    // An encrypted file's header is as random as the rest of it: the key is the only check.
    if (!key.encrypts() && !headerLooksValid(file.read(headerSize)))
        return damaged("not a SQLite database");
    file.close();

    const QFileInfo wal(path + QStringLiteral("-wal"));
    const bool uncleanShutdown = wal.exists() && wal.size() > 0;
    try {
        sql::Database db(path, sql::Database::OpenMode::ReadWrite, key);
        // Closing must not checkpoint: a store from a newer Kontor is left exactly as it was.
        sqlite3_db_config(db.handle(), SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
        db.exec("PRAGMA query_only = ON");
        db.setBusyTimeout(2000);
        const int version = schema::version(db);
        if (version > schema::latestVersion())
            return {StoreFileCheck::Verdict::Newer, version, QStringLiteral("newer schema")};
        const bool requested = QFile::exists(checkRequestPath(path));
        const bool routine = QFileInfo(path).size() <= policy.alwaysUpToBytes;
        const bool auto_ = policy.when == QuickCheck::Auto;
        const bool checkNow =
            policy.when == QuickCheck::Always ||
            (auto_ && (uncleanShutdown || requested || (routine && !policy.routineCheckAfterOpening)));
        if (checkNow) {
            if (db.queryText("PRAGMA quick_check") != u"ok")
                return damaged("quick_check failed");
            QFile::remove(checkRequestPath(path));
        }
        const bool deferred = !checkNow && auto_ && routine && policy.routineCheckAfterOpening;
        return {StoreFileCheck::Verdict::Healthy, version, {}, deferred};
    } catch (const sql::Error &error) {
        if (error.isKeyRejected())
            return {StoreFileCheck::Verdict::KeyRejected, 0, QStringLiteral("key rejected")};
        if (error.isEncryptionUnavailable()) {
            return unavailable(StoreAccessProblem::EncryptionUnavailable, error.message(),
                               QStringLiteral("no encryption"));
        }
        const QString reason = QStringLiteral("SQLite error %1").arg(error.extendedCode());
        // Only SQLite's own verdict on the content is damage. A full disk, a read-only folder, a missing
        // "-shm", a lock or a network file system say nothing about the file: it is left untouched.
        if (error.isCorruption())
            return {StoreFileCheck::Verdict::Damaged, 0, reason};
        return unavailable(accessProblemFromSqlite(error.extendedCode(), path), error.message(), reason);
    }
}

QuickCheckOutcome quickCheckInUse(const QString &path, const std::atomic_bool &stop, const StoreKey &key)
{
    try {
        sql::Database db(path, sql::Database::OpenMode::ReadOnly, key);
        db.exec("PRAGMA query_only = ON");
        db.setBusyTimeout(2000);
        // SQLite calls this every few thousand steps of the check; non-zero interrupts it.
        sqlite3_progress_handler(
            db.handle(), 4096,
            [](void *flag) { return static_cast<const std::atomic_bool *>(flag)->load() ? 1 : 0; },
            const_cast<std::atomic_bool *>(&stop));
        if (db.queryText("PRAGMA quick_check") == u"ok")
            return QuickCheckOutcome::Passed;
    } catch (const sql::Error &error) {
        if (!error.isCorruption()) // a rejected key too: it opened a moment ago
            return QuickCheckOutcome::Inconclusive;
    }
    requestQuickCheck(path);
    return QuickCheckOutcome::Damaged;
}

void requestQuickCheck(const QString &path)
{
    // An empty file is the whole request; when it cannot be made, the damage shows again and is reported
    // again.
    QFile(checkRequestPath(path)).open(QIODevice::WriteOnly);
}

QString moveStoreAside(const QString &path)
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = path + QStringLiteral(".damaged-") + stamp;
    for (int n = 2; QFile::exists(target); ++n)
        target = path + QStringLiteral(".damaged-") + stamp + u'-' + QString::number(n);
    if (!QFile::rename(path, target))
        return QString();
    QFile::remove(checkRequestPath(path));
    // The log belongs to the damaged file; left in place it would be replayed into the fresh store.
    for (const QLatin1StringView suffix :
         {QLatin1StringView("-wal"), QLatin1StringView("-shm"), QLatin1StringView("-journal")}) {
        if (QFile::exists(path + suffix) && !QFile::rename(path + suffix, target + suffix))
            QFile::remove(path + suffix);
    }
    return target;
}

} // namespace kontor
