// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Ids.h"

#include <QByteArray>
#include <QLatin1String>
#include <QString>
#include <optional>
#include <utility>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace Switchboard::Store {

class CacheDatabase;

//! Builds the messages' full-text index apart from the cache, in a scratch database file of its
//! own, so that it can be built on another thread while the first sync is still storing the
//! messages (the cache has one writer at a time). The scratch table is the cache's
//! messages_fts without content, with the same tokenizer: FTS5 writes the same records into its
//! shadow tables for both, so adopt() can move them into the cache as they are.
//!
//! Used on one thread; every failure throws CacheError. The scratch file is the builder's own:
//! one left by an earlier attempt is replaced, and it is removed when the builder goes away.
class MessageIndexBuild
{
public:
    explicit MessageIndexBuild(const QString &path);
    ~MessageIndexBuild();
    MessageIndexBuild(const MessageIndexBuild &) = delete;
    MessageIndexBuild &operator=(const MessageIndexBuild &) = delete;

    //! Indexes one message's body under its id, in any order. Each id must be given once.
    void add(Domain::Id id, const QString &body);
    //! Writes out the terms still gathered in memory: the file then holds the whole index, and
    //! can be attached to the cache's connection for adopt().
    void finish();
    const QString &path() const { return m_path; }
    //! The messages given to add().
    qint64 count() const { return m_count; }

    //! FTS5's `hashsize` (how many bytes of terms it gathers in memory before writing them out
    //! as a segment) while building: a thirtieth of the segments to merge that its default
    //! leaves, so 1,000,000 messages index in 5.5 s of processor time instead of 10.
    static constexpr int GatherBytes = 32 * 1024 * 1024;
    //! Text held before it is indexed, sorted by id (see writePending()).
    static constexpr qsizetype PendingBytes = 24 * 1024 * 1024;
    //! Its default, kept by the cache's index for the single messages stored one by one.
    static constexpr int DefaultHashBytes = 1024 * 1024;

    //! The scratch file used for the cache at cachePath (removed with the cache).
    static QString scratchPathFor(const QString &cachePath);
    //! The statement that sets FTS5's `hashsize` of the messages' index to bytes.
    static QString hashSizeStatement(int bytes);

    //! Within a transaction on the cache's writer, with a finished scratch database attached as
    //! `schema`: makes the cache's message index the one built there, then indexes the stored
    //! messages it does not hold (stored by another path, or not handed to the builder). The
    //! connection must not have used messages_fts before: FTS5 keeps what it read of an index
    //! for the connection's life, and would not see the records replaced under it.
    //! Returns how many messages it indexed from the table; nullopt, changing nothing, when the
    //! built index holds a message the cache does not have (the caller then rebuilds the index
    //! from the table instead).
    static std::optional<qint64> adopt(CacheDatabase &cache, QLatin1String schema);

private:
    //! Indexes the bodies held, in ascending ids.
    void writePending();
    void exec(const char *sql);
    [[noreturn]] void fail();

    QString m_path;
    sqlite3 *m_handle = nullptr;
    sqlite3_stmt *m_insert = nullptr;
    qint64 m_count = 0;
    //! Bodies held (in UTF-8, a null body as a null array) until there are enough to sort.
    std::vector<std::pair<Domain::Id, QByteArray>> m_pending;
    qsizetype m_pendingBytes = 0;
    bool m_finished = false;
};

} // namespace Switchboard::Store
