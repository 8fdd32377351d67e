#pragma once

#include <QString>

namespace kontor {

// How much checking a store gets when it is opened. PRAGMA quick_check reads every page: about a second per
// gigabyte from a warm cache.
enum class QuickCheck
{
    Always,
    AfterUncleanShutdown, // only when a write-ahead log was left behind (a crash, a kill, a power cut)
    Never,
};

// What a look at a store file, before anything writes to it, found.
struct StoreFileCheck
{
    enum class Verdict
    {
        Absent, // no file (or an empty one): a fresh store is made
        Healthy,
        Damaged, // not a SQLite file, unreadable, or failing quick_check: move it aside
        Newer,   // made by a newer Kontor: leave it alone
        Busy,    // locked by another process
    };
    Verdict verdict = Verdict::Absent;
    int version = 0;
    QString reason; // for logs; never content
};

// Checks the header, the schema version and (per policy) the b-trees, without changing the file: the checking
// connection neither writes nor checkpoints.
StoreFileCheck inspectStoreFile(const QString &path, QuickCheck policy);

// Renames the store with its WAL and shared-memory files to "<name>.damaged-<UTC time>"; returns the new path
// of the main file, or an empty string when it could not be moved.
QString moveStoreAside(const QString &path);

} // namespace kontor
