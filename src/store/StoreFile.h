#pragma once

#include "store/StoreAccess.h"
#include "store/StoreKey.h"

#include <QString>
#include <QtGlobal>
#include <atomic>

namespace kontor {

// How much checking a store gets when it is opened. The header and the schema are always read; PRAGMA
// quick_check reads every page, about 2 s for a store of 100,000 conversations, too long for every start.
enum class QuickCheck
{
    Always,
    // When it is likely to find something or cheap: after an unclean shutdown (a write-ahead log was left
    // behind: a crash, a kill, a power cut), after damage was seen in use (requestQuickCheck), or when the
    // store is small.
    Auto,
    Never,
};

struct QuickCheckPolicy
{
    QuickCheck when = QuickCheck::Auto;
    qint64 alwaysUpToBytes = 64 * 1024 * 1024; // Auto: stores up to this size are always checked
    // Auto: the check of a small store that nothing suggests is damaged runs while the store is already in
    // use (Store::startDeferredQuickCheck), so that opening does not wait for it; damage it finds is dealt
    // with at the next opening. After an unclean shutdown or a requested check, opening still waits for the
    // check.
    bool routineCheckAfterOpening = false;
};

// What the first bytes of a store file say. An encrypted store has no readable header at all, so it cannot be
// told from a file that is not a store: only its key can.
enum class StoreFileFormat
{
    Absent,   // no file, or an empty one
    Plain,    // an unencrypted SQLite file
    NotPlain, // encrypted, or not a SQLite file at all
};
StoreFileFormat storeFileFormat(const QString &path);

// What a look at a store file, before anything writes to it, found.
struct StoreFileCheck
{
    enum class Verdict
    {
        Absent, // no file (or an empty one): a fresh store is made
        Healthy,
        // Not a SQLite file, SQLITE_CORRUPT or SQLITE_NOTADB, or failing quick_check: salvage and move aside.
        Damaged,
        Newer, // made by a newer Kontor: leave it alone
        // Sound as far as anyone can tell, but it cannot be opened now (a full disk, a read-only folder, a
        // missing or unwritable "-shm", a lock held elsewhere…): leave it alone and say why; see problem.
        Unavailable,
        // Encrypted, and the key given does not open it (or its first page is ruined, which looks the same):
        // leave it alone. Setting it aside would lose what the right key still reads.
        KeyRejected,
    };
    Verdict verdict = Verdict::Absent;
    int version = 0;
    QString reason;             // for logs; never content
    bool checkDeferred = false; // Healthy as far as read: the policy's routine check is still to run
    StoreAccessProblem problem = StoreAccessProblem::None; // for Unavailable
    QString detail{};                                      // for Unavailable: SQLite's or the system's words
};

// Checks the header, the schema version and (per policy) the b-trees, without changing the file: the checking
// connection neither writes nor checkpoints. key opens an encrypted store; without one, a file with no
// SQLite header is damaged.
StoreFileCheck inspectStoreFile(const QString &path, const QuickCheckPolicy &policy,
                                const StoreKey &key = {});

// The outcome of PRAGMA quick_check run while the store is in use.
enum class QuickCheckOutcome
{
    Passed,
    Damaged,      // a check before the next opening is requested, which sets the store aside
    Inconclusive, // stopped, or the file could not be read for a reason other than damage
};

// Runs PRAGMA quick_check through a read-only connection of its own, beside the connections in use (WAL lets
// it read a consistent snapshot while the writer goes on). Gives up as soon as stop becomes true.
QuickCheckOutcome quickCheckInUse(const QString &path, const std::atomic_bool &stop,
                                  const StoreKey &key = {});

// Asks for a full check the next time the store is opened, after damage showed while it was in use. Kept as a
// file beside the store, so that it survives whatever happens next.
void requestQuickCheck(const QString &path);

// Renames the store with its WAL and shared-memory files to "<name>.damaged-<UTC time>"; returns the new path
// of the main file, or an empty string when it could not be moved.
QString moveStoreAside(const QString &path);

} // namespace kontor
