#pragma once

#include <QString>
#include <QtGlobal>
#include <memory>
#include <optional>

namespace kontor::platform {

// An exclusive lock on a file, held by this process until the object is destroyed and released by the system
// when the process ends, however it ends, so that it is never left stale. The holder records who it is in it.
class ProcessLockFile
{
public:
    struct Holder
    {
        qint64 pid = 0; // 0 when it could not be read
        QString host{};
    };

    struct Attempt
    {
        std::unique_ptr<ProcessLockFile> lock; // set when this process holds the lock now
        std::optional<Holder> heldBy;          // another process holds it
        int systemError = 0; // the lock file could not be made (an errno value); neither of the above
    };

    // Takes the lock without waiting. Never throws.
    static Attempt tryLock(const QString &path);

    ~ProcessLockFile();
    ProcessLockFile(const ProcessLockFile &) = delete;
    ProcessLockFile &operator=(const ProcessLockFile &) = delete;

private:
    struct Native;
    explicit ProcessLockFile(std::unique_ptr<Native> native);

    std::unique_ptr<Native> native_;
};

} // namespace kontor::platform
