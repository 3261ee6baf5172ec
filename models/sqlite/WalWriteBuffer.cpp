// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WalWriteBuffer.h"

#include <QFileInfo>
#include <QUrl>
#include <atomic>
#include <cstring>
#include <memory>
#include <mutex>
#include <sqlite3.h>

namespace Switchboard::Sqlite::WalWriteBuffer {

namespace {

constexpr char Name[] = "switchboard-wal-buffer";
//! The longest run handed over at once. The Unix VFS writes at most 128 KiB less one byte per
//! call (it masks larger sizes, and reports the rest as a full disk); this is 30 frames of the
//! hub's 4 KiB pages, so a group commit of one or two MiB is written in a few dozen calls.
constexpr std::int64_t Capacity = 124 * 1024;

std::atomic<std::uint64_t> received{0};
std::atomic<std::uint64_t> issued{0};

//! The log's writes not yet handed to the file system: one run of bytes starting at `offset`.
struct Pending
{
    std::unique_ptr<char[]> bytes;
    std::int64_t offset = 0;
    std::int64_t size = 0;
    //! A write that failed where SQLite could not be told (the barrier): every later call on
    //! the log fails with it, since readers may have been shown frames the file lacks.
    int failed = SQLITE_OK;
};

//! What SQLite allocates for each file opened through the VFS (szOsFile): this header, then the
//! wrapped VFS's own file object.
struct File
{
    sqlite3_file base; // first: SQLite sees this
    sqlite3_file *real;
    //! For a log: its pending writes and the database it belongs to (while both are open).
    Pending *pending;
    File *database;
    //! For a database: its log, while open, so that publishing frames can write them first.
    File *log;
};

File *file(sqlite3_file *f)
{
    return reinterpret_cast<File *>(f);
}

sqlite3_file *real(sqlite3_file *f)
{
    return file(f)->real;
}

sqlite3_vfs *wrapped(sqlite3_vfs *vfs)
{
    return static_cast<sqlite3_vfs *>(vfs->pAppData);
}

int writeThrough(File *f, const void *data, std::int64_t size, std::int64_t offset)
{
    issued.fetch_add(1, std::memory_order_relaxed);
    return f->real->pMethods->xWrite(f->real, data, int(size), offset);
}

//! Hands the pending run to the file system. On failure the run is dropped: SQLite treats the
//! failed call as a failed write, rolls the transaction back and never publishes those frames.
int flush(File *f)
{
    Pending *p = f->pending;
    if (!p)
        return SQLITE_OK;
    if (p->failed != SQLITE_OK)
        return p->failed;
    if (p->size == 0)
        return SQLITE_OK;
    const int rc = writeThrough(f, p->bytes.get(), p->size, p->offset);
    p->size = 0;
    return rc;
}

int logWrite(sqlite3_file *handle, const void *data, int amount, sqlite3_int64 offset)
{
    received.fetch_add(1, std::memory_order_relaxed);
    File *f = file(handle);
    Pending *p = f->pending;
    if (p->failed != SQLITE_OK)
        return p->failed;
    const bool continues = p->size > 0 && offset == p->offset + p->size;
    if (continues && p->size + amount <= Capacity) {
        std::memcpy(p->bytes.get() + p->size, data, size_t(amount));
        p->size += amount;
        return SQLITE_OK;
    }
    if (const int rc = flush(f); rc != SQLITE_OK)
        return rc;
    if (amount >= Capacity)
        return writeThrough(f, data, amount, offset);
    if (!p->bytes)
        p->bytes = std::make_unique<char[]>(size_t(Capacity));
    std::memcpy(p->bytes.get(), data, size_t(amount));
    p->offset = offset;
    p->size = amount;
    return SQLITE_OK;
}

int logRead(sqlite3_file *f, void *data, int amount, sqlite3_int64 offset)
{
    if (const int rc = flush(file(f)); rc != SQLITE_OK)
        return rc;
    return real(f)->pMethods->xRead(real(f), data, amount, offset);
}

int logTruncate(sqlite3_file *f, sqlite3_int64 size)
{
    if (const int rc = flush(file(f)); rc != SQLITE_OK)
        return rc;
    return real(f)->pMethods->xTruncate(real(f), size);
}

int logSync(sqlite3_file *f, int flags)
{
    if (const int rc = flush(file(f)); rc != SQLITE_OK)
        return rc;
    return real(f)->pMethods->xSync(real(f), flags);
}

int logFileSize(sqlite3_file *f, sqlite3_int64 *size)
{
    if (const int rc = flush(file(f)); rc != SQLITE_OK)
        return rc;
    return real(f)->pMethods->xFileSize(real(f), size);
}

int logFileControl(sqlite3_file *f, int op, void *arg)
{
    if (const int rc = flush(file(f)); rc != SQLITE_OK)
        return rc;
    return real(f)->pMethods->xFileControl(real(f), op, arg);
}

int closeFile(sqlite3_file *handle)
{
    File *f = file(handle);
    int rc = flush(f);
    delete f->pending;
    f->pending = nullptr;
    if (f->database)
        f->database->log = nullptr;
    if (f->log)
        f->log->database = nullptr;
    const int closed = f->real->pMethods->xClose(f->real);
    return rc == SQLITE_OK ? closed : rc;
}

// The methods every file forwards unchanged.
int forwardRead(sqlite3_file *f, void *data, int amount, sqlite3_int64 offset)
{
    return real(f)->pMethods->xRead(real(f), data, amount, offset);
}
int forwardWrite(sqlite3_file *f, const void *data, int amount, sqlite3_int64 offset)
{
    return real(f)->pMethods->xWrite(real(f), data, amount, offset);
}
int forwardTruncate(sqlite3_file *f, sqlite3_int64 size)
{
    return real(f)->pMethods->xTruncate(real(f), size);
}
int forwardSync(sqlite3_file *f, int flags)
{
    return real(f)->pMethods->xSync(real(f), flags);
}
int forwardFileSize(sqlite3_file *f, sqlite3_int64 *size)
{
    return real(f)->pMethods->xFileSize(real(f), size);
}
int forwardLock(sqlite3_file *f, int level)
{
    return real(f)->pMethods->xLock(real(f), level);
}
int forwardUnlock(sqlite3_file *f, int level)
{
    return real(f)->pMethods->xUnlock(real(f), level);
}
int forwardCheckReservedLock(sqlite3_file *f, int *out)
{
    return real(f)->pMethods->xCheckReservedLock(real(f), out);
}
int forwardFileControl(sqlite3_file *f, int op, void *arg)
{
    return real(f)->pMethods->xFileControl(real(f), op, arg);
}
int forwardSectorSize(sqlite3_file *f)
{
    return real(f)->pMethods->xSectorSize(real(f));
}
int forwardDeviceCharacteristics(sqlite3_file *f)
{
    return real(f)->pMethods->xDeviceCharacteristics(real(f));
}
int forwardShmMap(sqlite3_file *f, int region, int size, int extend, void volatile **out)
{
    return real(f)->pMethods->xShmMap(real(f), region, size, extend, out);
}
int forwardShmLock(sqlite3_file *f, int offset, int n, int flags)
{
    return real(f)->pMethods->xShmLock(real(f), offset, n, flags);
}
//! SQLite updates the log's header in shared memory in two copies with this barrier between
//! them; readers take a header only when both copies agree. Writing the log's pending frames
//! here, before the second copy, means no reader can see a frame the file does not hold yet
//! (with synchronous = FULL the commit's sync has written them already; this also covers a
//! commit without a sync, and frames SQLite pads the log with after its sync). The barrier
//! cannot report an error: a failed write fails every later call on the log instead.
void forwardShmBarrier(sqlite3_file *handle)
{
    File *f = file(handle);
    if (f->log && f->log->pending && f->log->pending->size > 0) {
        if (const int rc = flush(f->log); rc != SQLITE_OK)
            f->log->pending->failed = rc;
    }
    f->real->pMethods->xShmBarrier(f->real);
}
int forwardShmUnmap(sqlite3_file *f, int deleteFlag)
{
    return real(f)->pMethods->xShmUnmap(real(f), deleteFlag);
}
int forwardFetch(sqlite3_file *f, sqlite3_int64 offset, int amount, void **out)
{
    return real(f)->pMethods->xFetch(real(f), offset, amount, out);
}
int forwardUnfetch(sqlite3_file *f, sqlite3_int64 offset, void *page)
{
    return real(f)->pMethods->xUnfetch(real(f), offset, page);
}

const sqlite3_io_methods passThrough = {3, closeFile, forwardRead, forwardWrite, forwardTruncate,
    forwardSync, forwardFileSize, forwardLock, forwardUnlock, forwardCheckReservedLock,
    forwardFileControl, forwardSectorSize, forwardDeviceCharacteristics, forwardShmMap,
    forwardShmLock, forwardShmBarrier, forwardShmUnmap, forwardFetch, forwardUnfetch};

const sqlite3_io_methods logMethods = {3, closeFile, logRead, logWrite, logTruncate, logSync,
    logFileSize, forwardLock, forwardUnlock, forwardCheckReservedLock, logFileControl,
    forwardSectorSize, forwardDeviceCharacteristics, forwardShmMap, forwardShmLock,
    forwardShmBarrier, forwardShmUnmap, forwardFetch, forwardUnfetch};

int openFile(sqlite3_vfs *self, const char *name, sqlite3_file *handle, int flags, int *outFlags)
{
    File *f = file(handle);
    f->real = reinterpret_cast<sqlite3_file *>(f + 1);
    f->pending = nullptr;
    f->database = nullptr;
    f->log = nullptr;
    f->base.pMethods = nullptr;
    const int rc = wrapped(self)->xOpen(wrapped(self), name, f->real, flags, outFlags);
    if (!f->real->pMethods)
        return rc; // nothing opened: SQLite does not call xClose
    // Every method above is forwarded as version 3; the default VFSs of Unix and Windows are.
    if (f->real->pMethods->iVersion < 3) {
        f->real->pMethods->xClose(f->real);
        return SQLITE_CANTOPEN;
    }
    if (flags & SQLITE_OPEN_WAL) {
        f->pending = new Pending;
        // Opened through this VFS, the database's file object is a File too.
        auto *database = reinterpret_cast<File *>(sqlite3_database_file_object(name));
        if (database && database->base.pMethods == &passThrough) {
            f->database = database;
            database->log = f;
        }
        f->base.pMethods = &logMethods;
    } else {
        f->base.pMethods = &passThrough;
    }
    return rc;
}

sqlite3_vfs vfs;

void registerVfs()
{
    sqlite3_vfs *platform = sqlite3_vfs_find(nullptr);
    vfs.iVersion = 3;
    vfs.szOsFile = int(sizeof(File)) + platform->szOsFile;
    vfs.mxPathname = platform->mxPathname;
    vfs.zName = Name;
    vfs.pAppData = platform;
    vfs.xOpen = openFile;
    vfs.xDelete = [](sqlite3_vfs *v, const char *name, int syncDir) {
        return wrapped(v)->xDelete(wrapped(v), name, syncDir);
    };
    vfs.xAccess = [](sqlite3_vfs *v, const char *name, int flags, int *out) {
        return wrapped(v)->xAccess(wrapped(v), name, flags, out);
    };
    vfs.xFullPathname = [](sqlite3_vfs *v, const char *name, int size, char *out) {
        return wrapped(v)->xFullPathname(wrapped(v), name, size, out);
    };
    vfs.xDlOpen
        = [](sqlite3_vfs *v, const char *name) { return wrapped(v)->xDlOpen(wrapped(v), name); };
    vfs.xDlError
        = [](sqlite3_vfs *v, int size, char *out) { wrapped(v)->xDlError(wrapped(v), size, out); };
    vfs.xDlSym = [](sqlite3_vfs *v, void *library, const char *symbol) {
        return wrapped(v)->xDlSym(wrapped(v), library, symbol);
    };
    vfs.xDlClose = [](sqlite3_vfs *v, void *library) { wrapped(v)->xDlClose(wrapped(v), library); };
    vfs.xRandomness = [](sqlite3_vfs *v, int size, char *out) {
        return wrapped(v)->xRandomness(wrapped(v), size, out);
    };
    vfs.xSleep = [](sqlite3_vfs *v, int microseconds) {
        return wrapped(v)->xSleep(wrapped(v), microseconds);
    };
    vfs.xCurrentTime
        = [](sqlite3_vfs *v, double *out) { return wrapped(v)->xCurrentTime(wrapped(v), out); };
    vfs.xGetLastError = [](sqlite3_vfs *v, int size, char *out) {
        return wrapped(v)->xGetLastError(wrapped(v), size, out);
    };
    vfs.xCurrentTimeInt64 = [](sqlite3_vfs *v, sqlite3_int64 *out) {
        return wrapped(v)->xCurrentTimeInt64(wrapped(v), out);
    };
    vfs.xSetSystemCall = [](sqlite3_vfs *v, const char *name, sqlite3_syscall_ptr call) {
        return wrapped(v)->xSetSystemCall(wrapped(v), name, call);
    };
    vfs.xGetSystemCall = [](sqlite3_vfs *v, const char *name) {
        return wrapped(v)->xGetSystemCall(wrapped(v), name);
    };
    vfs.xNextSystemCall = [](sqlite3_vfs *v, const char *name) {
        return wrapped(v)->xNextSystemCall(wrapped(v), name);
    };
    sqlite3_vfs_register(&vfs, 0);
}

} // namespace

const char *vfsName()
{
    static std::once_flag once;
    std::call_once(once, registerVfs);
    return Name;
}

QString databaseUri(const QString &path)
{
    QUrl uri = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath());
    uri.setQuery(QStringLiteral("vfs=%1").arg(QLatin1String(vfsName())));
    return uri.toString(QUrl::FullyEncoded);
}

Counters counters()
{
    return {received.load(std::memory_order_relaxed), issued.load(std::memory_order_relaxed)};
}

} // namespace Switchboard::Sqlite::WalWriteBuffer
