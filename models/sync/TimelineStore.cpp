// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TimelineStore.h"

#include "SyncLog.h"
#include "store/CacheDatabase.h"
#include "store/CacheError.h"
#include "store/CacheSchema.h"
#include "store/CacheWriter.h"

#include <QElapsedTimer>
#include <future>

namespace Switchboard::Sync {

namespace {

// The store's connection keeps up to this many KiB of the cache's pages in memory. A batch's
// messages land all over the messages table, so with SQLite's default of 2 MiB most inserts
// read their page back from the file first. The connection, and this memory, go away with the
// store at the end of the first sync.
constexpr int PageCacheKiB = 128 * 1024;

// Thrown inside a batch's transaction when the store is cancelled: the batch is rolled back.
struct Cancelled
{
};

// Messages waiting for the index thread at most: their bodies are held meanwhile, some 40 MiB
// here. Should the index fall that far behind the batches, the next batches' messages are not
// handed over, and the final step indexes them from the table instead.
constexpr qint64 MaxIndexBacklog = 100'000;

} // namespace

TimelineStore::TimelineStore(const QString &cachePath, QObject *parent)
    : QObject(parent)
    , m_path(cachePath)
    , m_context(new QObject)
    , m_indexContext(new QObject)
{
    m_thread.setObjectName(QStringLiteral("Switchboard::TimelineStore"));
    m_context->moveToThread(&m_thread);
    // Emitted on the store's thread as it ends: the connection is closed where it was opened.
    connect(
        &m_thread, &QThread::finished, m_context, [this] { closeDatabase(); },
        Qt::DirectConnection);
    m_indexThread.setObjectName(QStringLiteral("Switchboard::MessageIndexBuild"));
    m_indexContext->moveToThread(&m_indexThread);
    connect(
        &m_indexThread, &QThread::finished, m_indexContext, [this] { m_index.reset(); },
        Qt::DirectConnection);
    m_thread.start();
    m_indexThread.start();
}

TimelineStore::~TimelineStore()
{
    cancel();
    m_thread.quit();
    m_thread.wait();
    m_indexThread.quit();
    m_indexThread.wait();
    delete m_context;
    delete m_indexContext;
}

void TimelineStore::cancel()
{
    // The jobs not started are dropped, what is reported after this is not delivered, and the
    // one being written stops: its transaction is rolled back, so the cache holds whole batches
    // only, and a first sync stopped here runs again from the start.
    m_cancelled.storeRelaxed(true);
    const QMutexLocker lock(&m_interrupterLock);
    m_interrupter.interrupt();
}

void TimelineStore::post(std::function<void()> job)
{
    QMetaObject::invokeMethod(
        m_context,
        [this, job = std::move(job)] {
            if (!m_cancelled.loadRelaxed())
                job();
        },
        Qt::QueuedConnection);
}

Store::CacheDatabase &TimelineStore::database()
{
    if (!m_db) {
        auto db = std::make_unique<Store::CacheDatabase>();
        const Store::CacheDatabase::OpenResult opened = db->open(m_path);
        if (!opened.ok)
            throw Store::CacheError(opened.error);
        db->exec(QStringLiteral("PRAGMA cache_size = -%1").arg(PageCacheKiB));
        m_db = std::move(db);
        const QMutexLocker lock(&m_interrupterLock);
        m_interrupter = m_db->interrupter();
    }
    return *m_db;
}

void TimelineStore::report(std::function<void()> emitSignal)
{
    QMetaObject::invokeMethod(
        this,
        [this, emitSignal = std::move(emitSignal)] {
            --m_queued;
            if (!m_cancelled.loadRelaxed())
                emitSignal();
        },
        Qt::QueuedConnection);
}

void TimelineStore::store(QList<ReceivedTimeline> batch)
{
    ++m_queued;
    post([this, batch = std::move(batch)] {
        Store::ChangeSet changes;
        try {
            Store::CacheDatabase &db = database();
            Store::CacheWriter writer(db);
            // Restartable: until initial_sync_done is set at the very end, a cache that lost
            // these commits in a power cut runs the first sync again, and storing a timeline
            // twice changes nothing. The full-text index is built once at the end (finish()).
            db.transaction(
                [&] {
                    for (const ReceivedTimeline &timeline : batch) {
                        // Between statements an interrupt would be lost; the flag is not.
                        if (m_cancelled.loadRelaxed())
                            throw Cancelled{};
                        if (timeline.records.customer) {
                            writer.storeTimeline(timeline.records, changes,
                                Store::CacheWriter::FullText::Deferred);
                            continue;
                        }
                        QString error;
                        if (!writer.applyTimeline(timeline.timeline, changes, &error,
                                timeline.text, Store::CacheWriter::FullText::Deferred))
                            qCWarning(lcSync,
                                "skipped a customer timeline the cache cannot read: %s",
                                qUtf8Printable(error));
                    }
                },
                Store::CacheDatabase::Durability::Restartable);
            indexLater(writer.takeDeferred());
        } catch (const Store::CacheError &error) {
            report([this, message = error.message()] { Q_EMIT failed(message); });
            return;
        } catch (const Cancelled &) {
            return;
        }
        report([this, changes = std::move(changes)] { Q_EMIT stored(changes); });
    });
}

void TimelineStore::indexLater(Store::CacheWriter::Unindexed messages)
{
    const qint64 count = messages.size();
    if (count == 0 || m_indexBacklog.loadAcquire() + count > MaxIndexBacklog)
        return;
    m_indexBacklog.fetchAndAddAcquire(count);
    QMetaObject::invokeMethod(
        m_indexContext,
        [this, messages = std::move(messages), count] {
            index(messages);
            m_indexBacklog.fetchAndSubRelease(count);
        },
        Qt::QueuedConnection);
}

bool TimelineStore::onBuilder(const std::function<void(Store::MessageIndexBuild &)> &work)
{
    if (m_indexFailed || m_cancelled.loadRelaxed())
        return false;
    try {
        if (!m_index)
            m_index = std::make_unique<Store::MessageIndexBuild>(
                Store::MessageIndexBuild::scratchPathFor(m_path));
        work(*m_index);
        return true;
    } catch (const Store::CacheError &error) {
        // Not fatal: the index is then rebuilt from the table at the end, as before.
        qCWarning(lcSync, "first sync: building the full-text index aside failed: %s",
            qUtf8Printable(error.message()));
        m_indexFailed = true;
        m_index.reset();
        return false;
    }
}

void TimelineStore::index(const Store::CacheWriter::Unindexed &messages)
{
    onBuilder([&](Store::MessageIndexBuild &builder) {
        for (const auto &[id, body] : messages) {
            if (m_cancelled.loadRelaxed())
                return;
            builder.add(id, body);
        }
    });
}

bool TimelineStore::finishIndex()
{
    std::promise<bool> built;
    std::future<bool> result = built.get_future();
    // Runs even when cancelled (unlike the jobs before it), so this wait always ends.
    QMetaObject::invokeMethod(
        m_indexContext,
        [this, &built] {
            built.set_value(onBuilder([](Store::MessageIndexBuild &builder) { builder.finish(); }));
        },
        Qt::QueuedConnection);
    return result.get();
}

void TimelineStore::closeDatabase()
{
    const QMutexLocker lock(&m_interrupterLock);
    m_interrupter = {};
    m_db.reset();
}

Store::CacheDatabase &TimelineStore::freshDatabase()
{
    closeDatabase();
    return database();
}

void TimelineStore::markDone(Store::CacheWriter &writer, qint64 head)
{
    writer.setMeta(Store::Schema::Meta::cursorKey, QString::number(head));
    writer.setMeta(Store::Schema::Meta::initialSyncDoneKey, QStringLiteral("1"));
}

bool TimelineStore::adoptIndex(qint64 head)
{
    // A connection of its own: FTS5 keeps what it read of an index for a connection's life, and
    // the records of this one are about to be replaced (MessageIndexBuild::adopt()).
    Store::CacheDatabase &db = freshDatabase();
    // Cancelled before the connection could be interrupted: nothing more to do.
    if (m_cancelled.loadRelaxed())
        return true;
    Store::CacheWriter writer(db);
    const QLatin1String scratch("index_build");
    std::optional<qint64> fromTable;
    try {
        db.exec(QStringLiteral("ATTACH DATABASE ? AS %1").arg(scratch),
            {Store::MessageIndexBuild::scratchPathFor(m_path)});
        db.transaction([&] {
            fromTable = Store::MessageIndexBuild::adopt(db, scratch);
            if (!fromTable)
                writer.rebuildMessageIndex();
            markDone(writer, head);
        });
    } catch (const Store::CacheError &error) {
        // Rolled back whole. Unless the store is going away, the index is then built from the
        // table (a scratch file gone or damaged meanwhile).
        if (m_cancelled.loadRelaxed())
            throw;
        qCWarning(lcSync, "first sync: the index built aside cannot be used: %s",
            qUtf8Printable(error.message()));
        return false;
    }
    // Let go of the scratch file before the builder removes it (some systems keep a file that
    // is open from being removed); should that fail, the connection goes at the end anyway.
    try {
        db.exec(QStringLiteral("DETACH DATABASE %1").arg(scratch));
    } catch (const Store::CacheError &) {
    }
    if (fromTable)
        qCInfo(lcSync, "first sync: %lld messages indexed from the table", *fromTable);
    else
        qCWarning(lcSync, "first sync: the index built aside did not match the cache; rebuilt");
    return true;
}

void TimelineStore::finishCache(qint64 head, bool indexBuilt)
{
    if (indexBuilt && adoptIndex(head))
        return;
    Store::CacheDatabase &db = freshDatabase();
    // Cancelled before the connection could be interrupted: nothing more to do.
    if (m_cancelled.loadRelaxed())
        return;
    // In the same transaction as the flag, so a first sync that stops before this point is
    // simply run again. Done with a full sync of the log: from here on the cache is what the
    // stream's catch-up builds on.
    Store::CacheWriter writer(db);
    db.transaction([&] {
        writer.rebuildMessageIndex();
        markDone(writer, head);
    });
}

void TimelineStore::finish(qint64 head)
{
    ++m_queued;
    post([this, head] {
        try {
            QElapsedTimer timer;
            timer.start();
            const bool built = finishIndex();
            const qint64 waited = timer.elapsed();
            if (m_cancelled.loadRelaxed())
                return;
            finishCache(head, built);
            qCInfo(lcSync,
                "first sync: the full-text index was finished in %lld ms, %lld ms of it waiting "
                "for the index built aside",
                timer.elapsed(), waited);
        } catch (const Store::CacheError &error) {
            report([this, message = error.message()] { Q_EMIT failed(message); });
            return;
        }
        // The scratch file goes with the builder, on its own thread.
        QMetaObject::invokeMethod(
            m_indexContext, [this] { m_index.reset(); }, Qt::QueuedConnection);
        report([this] { Q_EMIT finished(); });
    });
}

} // namespace Switchboard::Sync
