#pragma once

#include "store/StoreLock.h"

#include <QString>

namespace kontor {

// Why a sound store could not be opened for now. None of these is damage: the file is left as it is, and
// opening again (Retry) works once the cause is gone.
enum class StoreAccessProblem
{
    None,
    DiskFull,       // no room to write, e.g. for the shared-memory file SQLite makes beside the store
    ReadOnlyFolder, // the folder or the file cannot be written
    NoPermission,   // the file cannot be read by this user
    SharedMemory,   // the "-shm" file beside the store cannot be made, grown or written
    LockedByOther,  // another program (not Kontor) holds a lock on the file
    NetworkFolder,  // a network file system that does not support the write-ahead log
    InputOutput,    // the disk reported an error
    // The store is encrypted and the key from the keychain does not open it: the key was replaced or lost,
    // or the store's first page is ruined.
    KeyRejected,
    EncryptionUnavailable, // a key was given, but this build's SQLite cannot encrypt
    Other,
};

// The problem an SQLite extended result code met on the store at storePath means; None for damage
// (SQLITE_CORRUPT, SQLITE_NOTADB), which is not an access problem. The store's folder, its file system and
// free space refine the answer (a failing "-shm" on a full disk is a full disk).
StoreAccessProblem accessProblemFromSqlite(int extendedCode, const QString &storePath);
// The same for an operating system error (errno) met on a file beside the store.
StoreAccessProblem accessProblemFromSystem(int errorNumber, const QString &storePath);

// What to tell the agent when another process has the store open: which one, and what to do. Translated.
QString describeStoreInUse(const StoreLockHolder &holder);

// What to tell the agent: the cause in plain words and what to do, ending with "choose Retry". Translated.
QString describeAccessProblem(StoreAccessProblem problem, const QString &storePath, const QString &detail);

} // namespace kontor
