// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TimelineStore.h"

#include "SyncLog.h"
#include "store/CacheDatabase.h"
#include "store/CacheError.h"
#include "store/CacheSchema.h"
#include "store/CacheWriter.h"

#include <QElapsedTimer>

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

} // namespace

TimelineStore::TimelineStore(const QString &cachePath, QObject *parent)
    : QObject(parent)
    , m_path(cachePath)
    , m_context(new QObject)
{
    m_thread.setObjectName(QStringLiteral("Switchboard::TimelineStore"));
    m_context->moveToThread(&m_thread);
    // Emitted on the store's thread as it ends: the connection is closed where it was opened.
    connect(
        &m_thread, &QThread::finished, m_context,
        [this] {
            const QMutexLocker lock(&m_interrupterLock);
            m_interrupter = {};
            m_db.reset();
        },
        Qt::DirectConnection);
    m_thread.start();
}

TimelineStore::~TimelineStore()
{
    cancel();
    m_thread.quit();
    m_thread.wait();
    delete m_context;
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
        } catch (const Store::CacheError &error) {
            report([this, message = error.message()] { Q_EMIT failed(message); });
            return;
        } catch (const Cancelled &) {
            return;
        }
        report([this, changes = std::move(changes)] { Q_EMIT stored(changes); });
    });
}

void TimelineStore::finish(qint64 head)
{
    ++m_queued;
    post([this, head] {
        try {
            Store::CacheDatabase &db = database();
            Store::CacheWriter writer(db);
            // The timelines were stored without their messages' full-text entries; one pass
            // over the table indexes them all (and anything stored meanwhile, again). In the
            // same transaction as the flag, so a first sync that stops before this point is
            // simply run again. Done with a full sync of the log: from here on the cache is
            // what the stream's catch-up builds on.
            QElapsedTimer timer;
            timer.start();
            db.transaction([&] {
                writer.rebuildMessageIndex();
                writer.setMeta(Store::Schema::Meta::cursorKey, QString::number(head));
                writer.setMeta(Store::Schema::Meta::initialSyncDoneKey, QStringLiteral("1"));
            });
            qCInfo(lcSync, "first sync: the full-text index was built in %lld ms", timer.elapsed());
        } catch (const Store::CacheError &error) {
            report([this, message = error.message()] { Q_EMIT failed(message); });
            return;
        }
        report([this] { Q_EMIT finished(); });
    });
}

} // namespace Switchboard::Sync
