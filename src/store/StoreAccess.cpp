#include "store/StoreAccess.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStorageInfo>
#include <QSysInfo>
#include <cerrno>
#include <sqlite3.h>

namespace kontor {

namespace {

// Less than this is a full disk as far as a store is concerned: SQLite needs 32 KB for its shared memory and
// room for the log.
constexpr qint64 nearlyFullBytes = 1024 * 1024;

bool diskIsFull(const QString &folder)
{
    const QStorageInfo storage(folder);
    return storage.isValid() && storage.bytesAvailable() >= 0 && storage.bytesAvailable() < nearlyFullBytes;
}

bool onNetworkFileSystem(const QString &folder)
{
    const QByteArray type = QStorageInfo(folder).fileSystemType().toLower();
    return type.startsWith("nfs") || type.startsWith("cifs") || type.startsWith("smb") || type == "9p" ||
           type.contains("sshfs") || type == "afs";
}

bool folderWritable(const QString &folder)
{
    const QFileInfo info(folder);
    return info.isDir() && info.isWritable();
}

} // namespace

StoreAccessProblem accessProblemFromSqlite(int extendedCode, const QString &storePath)
{
    const QString folder = QFileInfo(storePath).absolutePath();
    const int primary = extendedCode & 0xff;
    if (primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB || primary == SQLITE_OK)
        return StoreAccessProblem::None;
    if (primary == SQLITE_FULL || diskIsFull(folder))
        return StoreAccessProblem::DiskFull;
    switch (extendedCode) {
    case SQLITE_IOERR_SHMOPEN:
    case SQLITE_IOERR_SHMSIZE:
    case SQLITE_IOERR_SHMMAP:
    case SQLITE_IOERR_SHMLOCK:
    case SQLITE_READONLY_CANTINIT:
    case SQLITE_READONLY_CANTLOCK:
        if (onNetworkFileSystem(folder))
            return StoreAccessProblem::NetworkFolder;
        return folderWritable(folder) ? StoreAccessProblem::SharedMemory : StoreAccessProblem::ReadOnlyFolder;
    case SQLITE_IOERR_LOCK:
    case SQLITE_IOERR_RDLOCK:
    case SQLITE_IOERR_UNLOCK:
    case SQLITE_IOERR_CHECKRESERVEDLOCK:
        return onNetworkFileSystem(folder) ? StoreAccessProblem::NetworkFolder
                                           : StoreAccessProblem::LockedByOther;
    default:
        break;
    }
    switch (primary) {
    case SQLITE_READONLY:
        return StoreAccessProblem::ReadOnlyFolder;
    case SQLITE_CANTOPEN: {
        const QFileInfo sharedMemory(storePath + QStringLiteral("-shm"));
        if ((sharedMemory.exists() || sharedMemory.isSymLink()) &&
            !(sharedMemory.isFile() && sharedMemory.isReadable() && sharedMemory.isWritable()))
            return StoreAccessProblem::SharedMemory;
        if (!folderWritable(folder))
            return StoreAccessProblem::ReadOnlyFolder;
        const QFileInfo store(storePath);
        if (store.exists() && !(store.isReadable() && store.isWritable()))
            return StoreAccessProblem::NoPermission;
        // The store itself opened: a file SQLite makes beside it could not be.
        return StoreAccessProblem::SharedMemory;
    }
    case SQLITE_PERM:
    case SQLITE_AUTH:
        return StoreAccessProblem::NoPermission;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return StoreAccessProblem::LockedByOther;
    case SQLITE_PROTOCOL:
    case SQLITE_NOLFS:
        return onNetworkFileSystem(folder) ? StoreAccessProblem::NetworkFolder : StoreAccessProblem::Other;
    case SQLITE_IOERR:
        return onNetworkFileSystem(folder) ? StoreAccessProblem::NetworkFolder
                                           : StoreAccessProblem::InputOutput;
    default:
        return StoreAccessProblem::Other;
    }
}

StoreAccessProblem accessProblemFromSystem(int errorNumber, const QString &storePath)
{
    const QString folder = QFileInfo(storePath).absolutePath();
    switch (errorNumber) {
    case 0:
        return StoreAccessProblem::None;
    case ENOSPC:
#ifdef EDQUOT
    case EDQUOT:
#endif
    case EFBIG:
        return StoreAccessProblem::DiskFull;
    case EROFS:
        return StoreAccessProblem::ReadOnlyFolder;
    case EACCES:
    case EPERM:
        return folderWritable(folder) ? StoreAccessProblem::NoPermission : StoreAccessProblem::ReadOnlyFolder;
    case EIO:
        return onNetworkFileSystem(folder) ? StoreAccessProblem::NetworkFolder
                                           : StoreAccessProblem::InputOutput;
    default:
        return diskIsFull(folder) ? StoreAccessProblem::DiskFull : StoreAccessProblem::Other;
    }
}

QString describeStoreInUse(const StoreLockHolder &holder)
{
    const QString process = holder.pid > 0 ? QString::number(holder.pid) : QStringLiteral("?");
    if (holder.host.isEmpty() || holder.host == QSysInfo::machineHostName()) {
        return QCoreApplication::translate("Store", "Kontor is already running with this store (process %1). "
                                                    "Switch to its window, or close it and start Kontor "
                                                    "again.")
            .arg(process);
    }
    return QCoreApplication::translate("Store", "Kontor is already running with this store on another "
                                                "computer (process %1 on %2). Close it there, then start "
                                                "Kontor again.")
        .arg(process, holder.host);
}

QString describeAccessProblem(StoreAccessProblem problem, const QString &storePath, const QString &detail)
{
    const QString folder = QDir::toNativeSeparators(QFileInfo(storePath).absolutePath());
    const QString file = QDir::toNativeSeparators(QFileInfo(storePath).absoluteFilePath());
    switch (problem) {
    case StoreAccessProblem::DiskFull:
        return QCoreApplication::translate("Store", "The disk holding Kontor's data (%1) is full. Free some "
                                                    "space, then choose Retry. Nothing was lost.")
            .arg(folder);
    case StoreAccessProblem::ReadOnlyFolder:
        return QCoreApplication::translate("Store",
                                           "Kontor cannot write to the folder holding its data (%1): "
                                           "it is read-only. Make it writable for you, then choose "
                                           "Retry. Nothing was lost.")
            .arg(folder);
    case StoreAccessProblem::NoPermission:
        return QCoreApplication::translate("Store", "Kontor is not allowed to open its local store (%1). "
                                                    "Check that the file belongs to you and that you may "
                                                    "read and write it, then choose Retry.")
            .arg(file);
    case StoreAccessProblem::SharedMemory:
        return QCoreApplication::translate("Store", "Kontor could not create a working file beside its local "
                                                    "store (%1-shm). The disk may be full or the file "
                                                    "protected: free some space or remove that file, then "
                                                    "choose Retry. Nothing was lost.")
            .arg(file);
    case StoreAccessProblem::LockedByOther:
        return QCoreApplication::translate("Store", "Another program is using Kontor's local store (%1). "
                                                    "Close it, then choose Retry.")
            .arg(file);
    case StoreAccessProblem::NetworkFolder:
        return QCoreApplication::translate("Store", "Kontor's local store is in a network folder (%1) that "
                                                    "does not support what the store needs. Move it to a "
                                                    "local disk, or start Kontor with --store and a local "
                                                    "file.")
            .arg(folder);
    case StoreAccessProblem::InputOutput:
        return QCoreApplication::translate("Store", "The disk holding Kontor's data (%1) reported an error "
                                                    "while reading the local store. Check the disk, then "
                                                    "choose Retry.")
            .arg(folder);
    case StoreAccessProblem::KeyRejected:
        return QCoreApplication::translate("Store",
                                           "Kontor's local store (%1) is encrypted, and the key kept "
                                           "for it in the system keychain does not open it. The "
                                           "key may have been removed or replaced in the keychain. "
                                           "The store was left unchanged: restore the keychain, "
                                           "then choose Retry.")
            .arg(file);
    case StoreAccessProblem::EncryptionUnavailable:
        return QCoreApplication::translate("Store", "This build of Kontor cannot encrypt its local store, so "
                                                    "it does not open it. Install Kontor with its SQLCipher "
                                                    "library.");
    case StoreAccessProblem::None:
    case StoreAccessProblem::Other:
        break;
    }
    return QCoreApplication::translate("Store", "Kontor could not open its local store: %1. Choose Retry to "
                                                "try again.")
        .arg(detail);
}

} // namespace kontor
