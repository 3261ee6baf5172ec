// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <cstdint>

namespace Switchboard::Sqlite::WalWriteBuffer {

//! The name of an SQLite VFS that gathers a connection's writes to its write-ahead log in memory
//! and hands them to the file system in one write each time SQLite needs them there: before it
//! flushes the log to disk, reads it, asks its size, truncates or closes it, publishes new frames
//! to readers (the shared-memory barrier of the database's header update), or writes somewhere
//! that does not continue the gathered run (at most 124 KiB are gathered at once). SQLite itself
//! writes each log frame with two system calls (its 24-byte header, then the page): a group
//! commit of a few hundred frames was a thousand small writes, a seventh of the hub's database
//! thread at full webhook load, and the desktop's first sync wrote a gigabyte that way.
//!
//! Nothing reaches readers, the checkpointer or the disk later than without it: every path by
//! which SQLite makes log frames durable or visible passes one of those points first. Files other
//! than the log (the database, its shared memory, temporary files) pass straight through to the
//! platform's default VFS, which this one wraps. Registered on first use; thread-safe.
const char *vfsName();

//! The URI that opens the database file at `path` through the VFS: the database name to give
//! Qt's SQLite driver together with its QSQLITE_OPEN_URI connect option.
QString databaseUri(const QString &path);

//! Write calls SQLite made to logs opened through the VFS, and the writes that reached the file
//! system for them, since the process started. For tests and diagnostics.
struct Counters
{
    std::uint64_t writesReceived = 0;
    std::uint64_t writesIssued = 0;
};
Counters counters();

} // namespace Switchboard::Sqlite::WalWriteBuffer
