#include "store/StoreLock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QSysInfo>
#include <cerrno>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>
#else
#include <QLockFile>
#endif

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

StoreLockHolder holderFrom(const QByteArray &contents)
{
    // "<pid>\n<host>\n", as written by the holder.
    const QList<QByteArray> lines = contents.split('\n');
    StoreLockHolder holder;
    if (!lines.isEmpty())
        holder.pid = lines[0].trimmed().toLongLong();
    if (lines.size() > 1)
        holder.host = QString::fromUtf8(lines[1].trimmed());
    return holder;
}

QByteArray ownContents()
{
    return QByteArray::number(QCoreApplication::applicationPid()) + '\n' +
           QSysInfo::machineHostName().toUtf8() + '\n';
}

} // namespace

#ifdef Q_OS_UNIX
// flock() locks the open file description: released by the kernel when the process ends, and never passed to
// a program this one starts (the descriptor is closed on exec).
struct StoreLock::Native
{
    int fd = -1;
    ~Native()
    {
        if (fd >= 0)
            ::close(fd); // releases the lock; the file stays, so that no one locks a file about to vanish
    }
};

namespace {
QByteArray readHolder(int fd)
{
    QByteArray contents(256, '\0');
    const ssize_t got = ::pread(fd, contents.data(), size_t(contents.size()), 0);
    contents.truncate(got > 0 ? qsizetype(got) : 0);
    return contents;
}
} // namespace

StoreLock::Attempt StoreLock::acquire(const QString &storePath)
{
    const QString key = storeKey(storePath);
    QMutexLocker locker(&heldMutex);
    if (std::shared_ptr<StoreLock> held = heldLocks().value(key).lock())
        return {held, std::nullopt, 0};

    const QByteArray file = QFile::encodeName(lockFilePath(key));
    auto native = std::make_unique<Native>();
    native->fd = ::open(file.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (native->fd < 0)
        return {nullptr, std::nullopt, errno};
    if (::flock(native->fd, LOCK_EX | LOCK_NB) != 0) {
        const int error = errno;
        if (error == EWOULDBLOCK)
            return {nullptr, holderFrom(readHolder(native->fd)), 0};
        return {nullptr, std::nullopt, error};
    }
    // Who holds it, for the message a second process shows. Failing to write it (a full disk) is no reason
    // to give up the lock.
    const QByteArray contents = ownContents();
    const bool recorded =
        ::ftruncate(native->fd, 0) == 0 &&
        ::pwrite(native->fd, contents.constData(), size_t(contents.size()), 0) == ssize_t(contents.size());
    Q_UNUSED(recorded);
    std::shared_ptr<StoreLock> lock(new StoreLock(key, std::move(native)));
    heldLocks().insert(key, lock);
    return {lock, std::nullopt, 0};
}
#else
// Elsewhere a lock file that records its process; one left by a process that is gone is taken over.
struct StoreLock::Native
{
    std::unique_ptr<QLockFile> file;
};

StoreLock::Attempt StoreLock::acquire(const QString &storePath)
{
    const QString key = storeKey(storePath);
    QMutexLocker locker(&heldMutex);
    if (std::shared_ptr<StoreLock> held = heldLocks().value(key).lock())
        return {held, std::nullopt, 0};
    auto native = std::make_unique<Native>();
    native->file = std::make_unique<QLockFile>(lockFilePath(key));
    native->file->setStaleLockTime(0);
    if (!native->file->tryLock(0)) {
        if (native->file->error() != QLockFile::LockFailedError)
            return {nullptr, std::nullopt,
                    native->file->error() == QLockFile::PermissionError ? EACCES : EIO};
        StoreLockHolder holder;
        QString application;
        native->file->getLockInfo(&holder.pid, &holder.host, &application);
        return {nullptr, holder, 0};
    }
    std::shared_ptr<StoreLock> lock(new StoreLock(key, std::move(native)));
    heldLocks().insert(key, lock);
    return {lock, std::nullopt, 0};
}
#endif

StoreLock::StoreLock(QString key, std::unique_ptr<Native> native)
    : key_(std::move(key))
    , native_(std::move(native))
{}

StoreLock::~StoreLock()
{
    QMutexLocker locker(&heldMutex);
    if (heldLocks().value(key_).expired())
        heldLocks().remove(key_);
    native_.reset();
}

QString StoreLock::lockFilePath(const QString &storePath)
{
    return storePath + QStringLiteral(".lock");
}

} // namespace kontor
