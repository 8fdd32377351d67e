#include "platform/ProcessLockFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QList>
#include <QSysInfo>
#include <cerrno>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace kontor::platform {

// flock() locks the open file description: released by the kernel when the process ends, and never passed to
// a program this one starts (the descriptor is closed on exec).
struct ProcessLockFile::Native
{
    int fd = -1;
    ~Native()
    {
        if (fd >= 0)
            ::close(fd); // releases the lock; the file stays, so that no one locks a file about to vanish
    }
};

namespace {
// "<pid>\n<host>\n", as written by the holder.
ProcessLockFile::Holder holderIn(int fd)
{
    QByteArray contents(256, '\0');
    const ssize_t got = ::pread(fd, contents.data(), size_t(contents.size()), 0);
    contents.truncate(got > 0 ? qsizetype(got) : 0);
    const QList<QByteArray> lines = contents.split('\n');
    ProcessLockFile::Holder holder;
    if (!lines.isEmpty())
        holder.pid = lines[0].trimmed().toLongLong();
    if (lines.size() > 1)
        holder.host = QString::fromUtf8(lines[1].trimmed());
    return holder;
}

QByteArray ownRecord()
{
    return QByteArray::number(QCoreApplication::applicationPid()) + '\n' +
           QSysInfo::machineHostName().toUtf8() + '\n';
}
} // namespace

ProcessLockFile::Attempt ProcessLockFile::tryLock(const QString &path)
{
    auto native = std::make_unique<Native>();
    native->fd = ::open(QFile::encodeName(path).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (native->fd < 0)
        return {nullptr, std::nullopt, errno};
    if (::flock(native->fd, LOCK_EX | LOCK_NB) != 0) {
        const int error = errno;
        if (error == EWOULDBLOCK)
            return {nullptr, holderIn(native->fd), 0};
        return {nullptr, std::nullopt, error};
    }
    // Who holds it, for the message a second process shows. Failing to write it (a full disk) is no reason
    // to give up the lock.
    const QByteArray record = ownRecord();
    const bool recorded =
        ::ftruncate(native->fd, 0) == 0 &&
        ::pwrite(native->fd, record.constData(), size_t(record.size()), 0) == ssize_t(record.size());
    Q_UNUSED(recorded);
    return {std::unique_ptr<ProcessLockFile>(new ProcessLockFile(std::move(native))), std::nullopt, 0};
}

ProcessLockFile::ProcessLockFile(std::unique_ptr<Native> native)
    : native_(std::move(native))
{}

ProcessLockFile::~ProcessLockFile() = default;

} // namespace kontor::platform
