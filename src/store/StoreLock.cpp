#include "store/StoreLock.h"

#include "platform/ProcessLockFile.h"

#include <QFileInfo>
#include <QHash>
#include <QMutex>

namespace kontor {

namespace {

// The locks this process holds, by store, so that a second Store of this process shares the first's.
QMutex heldMutex;
QHash<QString, std::weak_ptr<StoreLock>> &heldLocks()
{
    static QHash<QString, std::weak_ptr<StoreLock>> locks;
    return locks;
}

QString storeKey(const QString &storePath)
{
    const QFileInfo info(storePath);
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return (folder.isEmpty() ? info.absolutePath() : folder) + u'/' + info.fileName();
}

} // namespace

StoreLock::Attempt StoreLock::acquire(const QString &storePath)
{
    const QString key = storeKey(storePath);
    QMutexLocker locker(&heldMutex);
    if (std::shared_ptr<StoreLock> held = heldLocks().value(key).lock())
        return {held, std::nullopt, 0};

    platform::ProcessLockFile::Attempt attempt = platform::ProcessLockFile::tryLock(lockFilePath(key));
    if (!attempt.lock) {
        std::optional<StoreLockHolder> heldBy;
        if (attempt.heldBy)
            heldBy = StoreLockHolder{attempt.heldBy->pid, attempt.heldBy->host};
        return {nullptr, heldBy, attempt.systemError};
    }
    std::shared_ptr<StoreLock> lock(new StoreLock(key, std::move(attempt.lock)));
    heldLocks().insert(key, lock);
    return {lock, std::nullopt, 0};
}

StoreLock::StoreLock(QString key, std::unique_ptr<platform::ProcessLockFile> file)
    : key_(std::move(key))
    , file_(std::move(file))
{}

StoreLock::~StoreLock()
{
    QMutexLocker locker(&heldMutex);
    if (heldLocks().value(key_).expired())
        heldLocks().remove(key_);
    file_.reset();
}

QString StoreLock::lockFilePath(const QString &storePath)
{
    return storePath + QStringLiteral(".lock");
}

} // namespace kontor
