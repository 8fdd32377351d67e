#include "PowerCutVfs.h"

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <mutex>
#include <sqlite3.h>
#include <string>
#include <unistd.h>
#include <vector>

namespace kontor::testing::power_cut {

namespace {

// What a file held before the writes since its last sync: applied backwards, the pre-images restore it.
struct Undo
{
    std::string path;
    sqlite3_int64 syncedSize = 0;
    std::vector<std::pair<sqlite3_int64, std::string>> preImages;
};

struct LossyFile
{
    sqlite3_file base;
    sqlite3_file *real;
    Undo *undo; // null for files that need no durability (temporary ones)
};

sqlite3_vfs *realVfs = nullptr;
sqlite3_vfs lossyVfs;
sqlite3_io_methods lossyMethods;
std::mutex lock;
std::vector<Undo *> undos; // every file ever opened, closed ones too: their unsynced writes are lost as well
std::atomic<std::uint64_t> counted{0};
std::atomic<std::uint64_t> cutAt{0};

sqlite3_file *realOf(sqlite3_file *file)
{
    return reinterpret_cast<LossyFile *>(file)->real;
}

void countAndMaybeCut()
{
    const std::uint64_t n = ++counted;
    const std::uint64_t at = cutAt.load();
    if (at != 0 && n >= at)
        powerCut();
}

// Remembers what [offset, offset + amount) held, within the file's current size.
void rememberPreImage(LossyFile *f, sqlite3_int64 offset, sqlite3_int64 amount)
{
    if (!f->undo)
        return;
    sqlite3_int64 size = 0;
    f->real->pMethods->xFileSize(f->real, &size);
    if (offset >= size)
        return; // beyond the end: truncating back to the synced size removes it
    const sqlite3_int64 length = std::min(amount, size - offset);
    std::string old(std::size_t(length), '\0');
    f->real->pMethods->xRead(f->real, old.data(), int(length), offset);
    std::lock_guard guard(lock);
    f->undo->preImages.emplace_back(offset, std::move(old));
}

int lossyClose(sqlite3_file *file)
{
    auto *f = reinterpret_cast<LossyFile *>(file);
    const int rc = f->real->pMethods ? f->real->pMethods->xClose(f->real) : SQLITE_OK;
    sqlite3_free(f->real);
    return rc;
}

int lossyRead(sqlite3_file *file, void *buffer, int amount, sqlite3_int64 offset)
{
    // While the power goes, nothing reads the half-restored files: the reader waits for the end.
    std::lock_guard guard(lock);
    return realOf(file)->pMethods->xRead(realOf(file), buffer, amount, offset);
}

int lossyWrite(sqlite3_file *file, const void *buffer, int amount, sqlite3_int64 offset)
{
    countAndMaybeCut();
    auto *f = reinterpret_cast<LossyFile *>(file);
    rememberPreImage(f, offset, amount);
    return f->real->pMethods->xWrite(f->real, buffer, amount, offset);
}

int lossyTruncate(sqlite3_file *file, sqlite3_int64 size)
{
    countAndMaybeCut();
    auto *f = reinterpret_cast<LossyFile *>(file);
    rememberPreImage(f, size, std::numeric_limits<sqlite3_int64>::max() / 2);
    return f->real->pMethods->xTruncate(f->real, size);
}

int lossySync(sqlite3_file *file, int flags)
{
    countAndMaybeCut();
    auto *f = reinterpret_cast<LossyFile *>(file);
    const int rc = f->real->pMethods->xSync(f->real, flags);
    if (rc == SQLITE_OK && f->undo) {
        std::lock_guard guard(lock);
        f->undo->preImages.clear();
        f->real->pMethods->xFileSize(f->real, &f->undo->syncedSize);
    }
    return rc;
}

int lossyFileSize(sqlite3_file *file, sqlite3_int64 *size)
{
    return realOf(file)->pMethods->xFileSize(realOf(file), size);
}
int lossyLock(sqlite3_file *file, int level)
{
    return realOf(file)->pMethods->xLock(realOf(file), level);
}
int lossyUnlock(sqlite3_file *file, int level)
{
    return realOf(file)->pMethods->xUnlock(realOf(file), level);
}
int lossyCheckReservedLock(sqlite3_file *file, int *out)
{
    return realOf(file)->pMethods->xCheckReservedLock(realOf(file), out);
}
int lossyFileControl(sqlite3_file *file, int op, void *arg)
{
    return realOf(file)->pMethods->xFileControl(realOf(file), op, arg);
}
int lossySectorSize(sqlite3_file *file)
{
    return realOf(file)->pMethods->xSectorSize(realOf(file));
}
int lossyDeviceCharacteristics(sqlite3_file *file)
{
    // No "powersafe overwrite" and no atomic writes: SQLite must not rely on more than a real disk gives.
    return realOf(file)->pMethods->xDeviceCharacteristics(realOf(file)) &
           ~(SQLITE_IOCAP_POWERSAFE_OVERWRITE | SQLITE_IOCAP_ATOMIC | SQLITE_IOCAP_SEQUENTIAL);
}
int lossyShmMap(sqlite3_file *file, int region, int size, int extend, void volatile **out)
{
    return realOf(file)->pMethods->xShmMap(realOf(file), region, size, extend, out);
}
int lossyShmLock(sqlite3_file *file, int offset, int n, int flags)
{
    return realOf(file)->pMethods->xShmLock(realOf(file), offset, n, flags);
}
void lossyShmBarrier(sqlite3_file *file)
{
    realOf(file)->pMethods->xShmBarrier(realOf(file));
}
int lossyShmUnmap(sqlite3_file *file, int deleteFlag)
{
    return realOf(file)->pMethods->xShmUnmap(realOf(file), deleteFlag);
}
int lossyFetch(sqlite3_file *file, sqlite3_int64 offset, int amount, void **out)
{
    *out = nullptr; // no memory-mapped reads: every read goes through xRead
    (void)file;
    (void)offset;
    (void)amount;
    return SQLITE_OK;
}
int lossyUnfetch(sqlite3_file *, sqlite3_int64, void *)
{
    return SQLITE_OK;
}

int lossyOpen(sqlite3_vfs *, sqlite3_filename name, sqlite3_file *file, int flags, int *outFlags)
{
    auto *f = reinterpret_cast<LossyFile *>(file);
    f->real = static_cast<sqlite3_file *>(sqlite3_malloc(realVfs->szOsFile));
    if (!f->real)
        return SQLITE_NOMEM;
    std::memset(f->real, 0, std::size_t(realVfs->szOsFile));
    const int rc = realVfs->xOpen(realVfs, name, f->real, flags, outFlags);
    if (rc != SQLITE_OK) {
        sqlite3_free(f->real);
        f->base.pMethods = nullptr;
        return rc;
    }
    f->undo = nullptr;
    const bool durable = name && (flags & (SQLITE_OPEN_MAIN_DB | SQLITE_OPEN_WAL | SQLITE_OPEN_MAIN_JOURNAL));
    if (durable) {
        auto *undo = new Undo;
        undo->path = name;
        f->real->pMethods->xFileSize(f->real, &undo->syncedSize);
        std::lock_guard guard(lock);
        undos.push_back(undo);
        f->undo = undo;
    }
    f->base.pMethods = &lossyMethods;
    return SQLITE_OK;
}

} // namespace

void install(std::uint64_t cutAfter)
{
    cutAt = cutAfter;
    realVfs = sqlite3_vfs_find(nullptr);
    lossyVfs = *realVfs;
    lossyVfs.zName = "kontor-power-cut";
    lossyVfs.szOsFile = int(sizeof(LossyFile));
    lossyVfs.xOpen = lossyOpen;
    lossyVfs.pNext = nullptr;
    lossyMethods = {};
    lossyMethods.iVersion = 3;
    lossyMethods.xClose = lossyClose;
    lossyMethods.xRead = lossyRead;
    lossyMethods.xWrite = lossyWrite;
    lossyMethods.xTruncate = lossyTruncate;
    lossyMethods.xSync = lossySync;
    lossyMethods.xFileSize = lossyFileSize;
    lossyMethods.xLock = lossyLock;
    lossyMethods.xUnlock = lossyUnlock;
    lossyMethods.xCheckReservedLock = lossyCheckReservedLock;
    lossyMethods.xFileControl = lossyFileControl;
    lossyMethods.xSectorSize = lossySectorSize;
    lossyMethods.xDeviceCharacteristics = lossyDeviceCharacteristics;
    lossyMethods.xShmMap = lossyShmMap;
    lossyMethods.xShmLock = lossyShmLock;
    lossyMethods.xShmBarrier = lossyShmBarrier;
    lossyMethods.xShmUnmap = lossyShmUnmap;
    lossyMethods.xFetch = lossyFetch;
    lossyMethods.xUnfetch = lossyUnfetch;
    sqlite3_vfs_register(&lossyVfs, 1);
}

std::uint64_t operations()
{
    return counted.load();
}

void cutAfterMore(std::uint64_t afterMore)
{
    cutAt = counted.load() + afterMore;
}

void powerCut()
{
    // Other threads may still be inside SQLite; the lock keeps them from adding pre-images meanwhile, and the
    // process ends before any of them writes again.
    lock.lock();
    for (Undo *undo : undos) {
        if (undo->preImages.empty())
            continue;
        sqlite3_file *file = static_cast<sqlite3_file *>(sqlite3_malloc(realVfs->szOsFile));
        std::memset(file, 0, std::size_t(realVfs->szOsFile));
        int outFlags = 0;
        if (realVfs->xOpen(realVfs, undo->path.c_str(), file, SQLITE_OPEN_READWRITE | SQLITE_OPEN_MAIN_DB,
                           &outFlags) != SQLITE_OK)
            continue;
        for (auto it = undo->preImages.rbegin(); it != undo->preImages.rend(); ++it)
            file->pMethods->xWrite(file, it->second.data(), int(it->second.size()), it->first);
        file->pMethods->xTruncate(file, undo->syncedSize);
        file->pMethods->xSync(file, SQLITE_SYNC_NORMAL);
        file->pMethods->xClose(file);
    }
    _exit(86);
}

} // namespace kontor::testing::power_cut
