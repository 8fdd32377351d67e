#include "store/erasure/ErasureCleanup.h"

#include "store/FileOverwrite.h"
#include "store/sql/Database.h"
#include "store/sql/Error.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QThread>

namespace kontor {

Q_LOGGING_CATEGORY(erasureLog, "kontor.store.erasure")

namespace {

const QLatin1StringView logSuffixes[] = {QLatin1StringView("-wal"), QLatin1StringView("-shm"),
                                         QLatin1StringView("-journal")};

} // namespace

ErasureCleanup::ErasureCleanup(sql::Database &db, QString storePath)
    : db_(db)
    , storePath_(std::move(storePath))
{}

QStringList ErasureCleanup::setAsideStores(const QString &storePath)
{
    const QFileInfo store(storePath);
    const QDir folder = store.absoluteDir();
    QStringList found;
    // Stores moved aside after damage ("<store>.damaged-<time>"), and a salvage that did not finish.
    const QStringList patterns{store.fileName() + QStringLiteral(".damaged-*"),
                               store.fileName() + QStringLiteral(".salvage*")};
    for (const QString &name : folder.entryList(patterns, QDir::Files | QDir::Hidden))
        found.append(folder.filePath(name));
    return found;
}

bool ErasureCleanup::run()
{
    for (const QString &path : setAsideStores(storePath_)) {
        bool isLog = false;
        for (const QLatin1StringView suffix : logSuffixes)
            isLog = isLog || path.endsWith(suffix);
        overwriteAndRemove(path);
        if (!isLog)
            qCInfo(erasureLog) << "a store set aside after damage was deleted";
    }
    return truncateLog();
}

bool ErasureCleanup::truncateLog()
{
    // A reader in the middle of a query keeps the log from being reset: wait for it a little, a few times.
    for (int attempt = 0; attempt < 5; ++attempt) {
        try {
            sql::Statement checkpoint = db_.prepare("PRAGMA wal_checkpoint(TRUNCATE)");
            if (checkpoint.step() && checkpoint.int64(0) == 0)
                return true;
        } catch (const sql::Error &error) {
            qCWarning(erasureLog) << "checkpoint after erasure failed:" << error.what();
        }
        QThread::msleep(100);
    }
    qCWarning(erasureLog) << "the log could not be truncated after an erasure";
    return false;
}

} // namespace kontor
