#include "platform/ProcessLockFile.h"

#include <QLockFile>
#include <cerrno>

namespace kontor::platform {

// Qt's lock file: it records its process, and one left by a process that is gone is taken over.
struct ProcessLockFile::Native
{
    std::unique_ptr<QLockFile> file;
};

ProcessLockFile::Attempt ProcessLockFile::tryLock(const QString &path)
{
    auto native = std::make_unique<Native>();
    native->file = std::make_unique<QLockFile>(path);
    native->file->setStaleLockTime(0);
    if (!native->file->tryLock(0)) {
        if (native->file->error() != QLockFile::LockFailedError)
            return {nullptr, std::nullopt,
                    native->file->error() == QLockFile::PermissionError ? EACCES : EIO};
        Holder holder;
        QString application;
        native->file->getLockInfo(&holder.pid, &holder.host, &application);
        return {nullptr, holder, 0};
    }
    return {std::unique_ptr<ProcessLockFile>(new ProcessLockFile(std::move(native))), std::nullopt, 0};
}

ProcessLockFile::ProcessLockFile(std::unique_ptr<Native> native)
    : native_(std::move(native))
{}

ProcessLockFile::~ProcessLockFile() = default;

} // namespace kontor::platform
