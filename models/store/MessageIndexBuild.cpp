// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MessageIndexBuild.h"

#include "CacheDatabase.h"
#include "CacheError.h"
#include "CacheSchema.h"

#include <QFile>
#include <QSqlQuery>
#include <algorithm>
#include <sqlite3.h>

namespace Switchboard::Store {

using namespace Schema;

namespace {

void removeScratch(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-journal")})
        QFile::remove(path + suffix);
}

} // namespace

MessageIndexBuild::MessageIndexBuild(const QString &path)
    : m_path(path)
{
    removeScratch(m_path);
    const QByteArray file = QFile::encodeName(m_path);
    if (sqlite3_open_v2(
            file.constData(), &m_handle, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr)
        != SQLITE_OK) {
        const QString error = m_handle ? QString::fromUtf8(sqlite3_errmsg(m_handle))
                                       : QStringLiteral("out of memory");
        sqlite3_close(m_handle);
        m_handle = nullptr;
        throw CacheError(QStringLiteral("the scratch index %1: %2").arg(m_path, error));
    }
    // Scratch: a builder that stops leaves a file the next one replaces, so nothing needs a
    // journal or a sync. One transaction holds the whole build, so FTS5 writes its gathered
    // terms out only when they pass `hashsize`, as a rebuild does.
    exec("PRAGMA journal_mode = OFF");
    exec("PRAGMA synchronous = OFF");
    const QByteArray create = QStringLiteral("CREATE VIRTUAL TABLE %1 USING fts5(%2, content = '', "
                                             "tokenize = '%3')")
                                  .arg(MessagesFts::table, MessagesFts::body, MessagesFts::tokenize)
                                  .toUtf8();
    exec(create.constData());
    exec(hashSizeStatement(GatherBytes).toUtf8().constData());
    exec("BEGIN");
    const QByteArray insert = QStringLiteral("INSERT INTO %1 (rowid, %2) VALUES (?, ?)")
                                  .arg(MessagesFts::table, MessagesFts::body)
                                  .toUtf8();
    if (sqlite3_prepare_v2(m_handle, insert.constData(), int(insert.size()), &m_insert, nullptr)
        != SQLITE_OK)
        fail();
}

MessageIndexBuild::~MessageIndexBuild()
{
    sqlite3_finalize(m_insert);
    sqlite3_close(m_handle);
    removeScratch(m_path);
}

void MessageIndexBuild::exec(const char *sql)
{
    if (sqlite3_exec(m_handle, sql, nullptr, nullptr, nullptr) != SQLITE_OK)
        fail();
}

void MessageIndexBuild::fail()
{
    throw CacheError(QStringLiteral("the scratch index %1: %2")
                         .arg(m_path, QString::fromUtf8(sqlite3_errmsg(m_handle))));
}

void MessageIndexBuild::add(Domain::Id id, const QString &body)
{
    Q_ASSERT(!m_finished);
    // Kept in UTF-8, which SQLite would otherwise convert the text to itself, more slowly.
    m_pending.emplace_back(id, body.isNull() ? QByteArray() : body.toUtf8());
    m_pendingBytes += m_pending.back().second.size() + 32;
    ++m_count;
    if (m_pendingBytes >= PendingBytes)
        writePending();
}

void MessageIndexBuild::writePending()
{
    // FTS5 writes out the terms it gathered as a segment of its own whenever a row comes with a
    // lower id than the row before, and merges the segments later; the first sync's ids come
    // spread over the whole range (a customer's messages are). Given one by one, that was a
    // segment every few rows, and merging them cost more than the index itself: sorted, it is
    // one per PendingBytes of text.
    std::sort(m_pending.begin(), m_pending.end(),
        [](const auto &a, const auto &b) { return a.first < b.first; });
    for (const auto &[id, text] : m_pending) {
        sqlite3_bind_int64(m_insert, 1, id);
        // A null body as NULL, as the cache's own index gets it (MessageInsert).
        if (text.isNull())
            sqlite3_bind_null(m_insert, 2);
        else
            sqlite3_bind_text(m_insert, 2, text.constData(), int(text.size()), SQLITE_STATIC);
        const int rc = sqlite3_step(m_insert);
        sqlite3_reset(m_insert);
        sqlite3_clear_bindings(m_insert);
        if (rc != SQLITE_DONE)
            fail();
    }
    m_pending.clear();
    m_pendingBytes = 0;
}

void MessageIndexBuild::finish()
{
    if (m_finished)
        return;
    writePending();
    exec("COMMIT");
    m_finished = true;
}

QString MessageIndexBuild::scratchPathFor(const QString &cachePath)
{
    return cachePath + QStringLiteral("-index-build");
}

QString MessageIndexBuild::hashSizeStatement(int bytes)
{
    return QStringLiteral("INSERT INTO %1 (%1, rank) VALUES ('hashsize', %2)")
        .arg(MessagesFts::table)
        .arg(bytes);
}

std::optional<qint64> MessageIndexBuild::adopt(CacheDatabase &cache, QLatin1String schema)
{
    const auto count = [&](const QString &sql) {
        QSqlQuery query = cache.exec(sql);
        return query.next() ? query.value(0).toLongLong() : 0;
    };
    // The stored messages the built index lacks, by their ids alone (a scan of the smallest
    // index, not of the table): a third of a second at 1,000,000 messages.
    cache.exec(QStringLiteral("DROP TABLE IF EXISTS temp.unindexed_messages"));
    cache.exec(QStringLiteral("CREATE TEMP TABLE unindexed_messages AS SELECT m.%1 AS id FROM %2 m "
                              "WHERE NOT EXISTS (SELECT 1 FROM %3.%4 d WHERE d.id = m.%1)")
                   .arg(Messages::id, Messages::table, schema, MessagesFts::docsizeTable));
    const qint64 built = count(
        QStringLiteral("SELECT count(*) FROM %1.%2").arg(schema, MessagesFts::docsizeTable));
    const qint64 stored = count(QStringLiteral("SELECT count(*) FROM %1").arg(Messages::table));
    const qint64 unindexed = count(QStringLiteral("SELECT count(*) FROM temp.unindexed_messages"));
    if (built != stored - unindexed) {
        // Something the builder indexed is no longer stored: not this index.
        cache.exec(QStringLiteral("DROP TABLE temp.unindexed_messages"));
        return std::nullopt;
    }
    const struct
    {
        QLatin1String table;
        QLatin1String columns;
    } shadows[] = {{MessagesFts::dataTable, QLatin1String("id, block")},
        {MessagesFts::idxTable, QLatin1String("segid, term, pgno")},
        {MessagesFts::docsizeTable, QLatin1String("id, sz")}};
    for (const auto &shadow : shadows) {
        cache.exec(QStringLiteral("DELETE FROM main.%1").arg(shadow.table));
        cache.exec(QStringLiteral("INSERT INTO main.%1 (%2) SELECT %2 FROM %3.%1")
                       .arg(shadow.table, shadow.columns, schema));
    }
    if (unindexed > 0) {
        cache.exec(hashSizeStatement(GatherBytes));
        cache.exec(QStringLiteral("INSERT INTO %1 (rowid, %2) SELECT %3, %4 FROM %5 WHERE %3 IN "
                                  "(SELECT id FROM temp.unindexed_messages)")
                       .arg(MessagesFts::table, MessagesFts::body, Messages::id, Messages::body,
                           Messages::table));
        cache.exec(hashSizeStatement(DefaultHashBytes));
    }
    cache.exec(QStringLiteral("DROP TABLE temp.unindexed_messages"));
    return unindexed;
}

} // namespace Switchboard::Store
