#pragma once

#include <QString>
#include <QtGlobal>
#include <memory>
#include <optional>

namespace kontor::platform {
class ProcessLockFile;
}

namespace kontor {

// The process that holds a store, as it wrote itself into the lock file.
struct StoreLockHolder
{
    qint64 pid = 0; // 0 when it could not be read
    QString host{};
};

// One process per store: an exclusive lock on "<store>.lock", held while any Store of this process has the
// store open. The operating system releases it when the process ends, however it ends (a crash or a kill
// included), so a lock is never left stale. Within one process the lock is shared: opening the same store
// twice in one process (tests, tools) is the caller's business, not another process's entries.
class StoreLock
{
public:
    ~StoreLock();
    StoreLock(const StoreLock &) = delete;
    StoreLock &operator=(const StoreLock &) = delete;

    struct Attempt
    {
        std::shared_ptr<StoreLock> lock;       // set when this process holds the store now
        std::optional<StoreLockHolder> heldBy; // another process holds it
        int systemError = 0; // the lock file could not be made (errno); neither of the above
    };

    // Takes the lock of the store at storePath without waiting. Never throws.
    static Attempt acquire(const QString &storePath);
    static QString lockFilePath(const QString &storePath);

private:
    StoreLock(QString key, std::unique_ptr<platform::ProcessLockFile> file);

    QString key_;
    std::unique_ptr<platform::ProcessLockFile> file_;
};

} // namespace kontor
