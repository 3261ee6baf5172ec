// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/CacheDatabase.h"
#include "store/CacheWriter.h"
#include "store/ChangeSet.h"
#include "store/MessageIndexBuild.h"
#include "store/TimelineReader.h"

#include <QAtomicInteger>
#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QThread>
#include <functional>
#include <memory>

namespace Switchboard::Sync {

//! A customer's timeline received by the first sync and not yet stored: its records, read from
//! the text, or where the text was not in the hub's plain form, the parsed object.
struct ReceivedTimeline
{
    Store::TimelineRecords records;
    QJsonObject timeline;
    //! The answer it came in, which holds its text (the records point into it).
    QByteArray answer;
    QByteArrayView text;
};

//! Stores the first sync's timelines on a thread of its own, through a second connection to the
//! same cache file, so that the next answers are received and read while a batch is written
//! (docs/performance.md). Work is done in the order it is given; each batch is one restartable
//! transaction. Destroying the store cancels what is left and waits for its threads.
//!
//! The messages' full-text index is built meanwhile on a third thread, in a scratch database
//! beside the cache (Store::MessageIndexBuild) from the bodies of each batch
//! stored; finish() moves it into the cache.
class TimelineStore : public QObject
{
    Q_OBJECT
public:
    explicit TimelineStore(const QString &cachePath, QObject *parent = nullptr);
    ~TimelineStore() override;

    //! Stores a batch of timelines; stored() follows, or failed().
    void store(QList<ReceivedTimeline> batch);
    //! After the batches given before: indexes every message's text (taking the index built
    //! meanwhile, and indexing what it lacks) and records the first sync as done with the log's
    //! head as the cursor, in one transaction; then finished().
    void finish(qint64 head);
    //! Drops the jobs not started yet and interrupts the one being written (its transaction is
    //! rolled back whole); nothing is reported any more.
    void cancel();
    //! How many jobs were given and not yet reported.
    int queued() const { return m_queued; }

Q_SIGNALS:
    void stored(const Switchboard::Store::ChangeSet &changes);
    void finished();
    void failed(const QString &message);

private:
    //! Runs job on the store's thread, unless the store is going away by then.
    void post(std::function<void()> job);
    //! On the store's thread: the connection, opened on first use; throws CacheError.
    Store::CacheDatabase &database();
    //! From the store's thread: emits a signal on the owner's thread, unless cancelled by then.
    void report(std::function<void()> emitSignal);
    //! On the store's thread, after a batch is committed: hands its messages to the index
    //! thread, unless that is too far behind (the final step then indexes them from the table).
    void indexLater(Store::CacheWriter::Unindexed messages);
    //! On the index thread: runs work on the builder, created on first use. A failure is
    //! logged and ends the building (the final step then rebuilds the index from the table).
    //! False if it failed, or there was no builder to use.
    bool onBuilder(const std::function<void(Store::MessageIndexBuild &)> &work);
    //! On the index thread.
    void index(const Store::CacheWriter::Unindexed &messages);
    //! On the store's thread: waits for the index thread to finish its work; true if a whole
    //! index was built.
    bool finishIndex();
    //! On the store's thread: the index, the cursor and the flag, in one transaction.
    void finishCache(qint64 head, bool indexBuilt);
    //! On the store's thread: that transaction with the index built aside; false, with nothing
    //! changed, when it cannot be used; true once done, or cancelled. Throws CacheError when
    //! cancelled while it ran.
    bool adoptIndex(qint64 head);
    //! On the store's thread: closes the connection, if open.
    void closeDatabase();
    //! On the store's thread: a new connection in place of the one used so far.
    Store::CacheDatabase &freshDatabase();
    static void markDone(Store::CacheWriter &writer, qint64 head);

    QString m_path;
    QThread m_thread;
    //! Lives in m_thread: what the jobs are posted to.
    QObject *m_context = nullptr;
    //! Used on m_thread only; closed there when it finishes.
    std::unique_ptr<Store::CacheDatabase> m_db;
    //! Stops what m_db is running, from the owner's thread; set once m_db is open.
    QMutex m_interrupterLock;
    Store::CacheDatabase::Interrupter m_interrupter;
    //! Set when the store is going away: jobs not started yet are dropped.
    QAtomicInteger<bool> m_cancelled = false;
    int m_queued = 0;

    QThread m_indexThread;
    //! Lives in m_indexThread.
    QObject *m_indexContext = nullptr;
    //! Used on m_indexThread only, and dropped there (with its scratch file) as it finishes.
    std::unique_ptr<Store::MessageIndexBuild> m_index;
    //! Set on m_indexThread when building failed: the index is then rebuilt from the table.
    bool m_indexFailed = false;
    //! Messages handed to the index thread and not indexed yet.
    QAtomicInteger<qint64> m_indexBacklog = 0;
};

} // namespace Switchboard::Sync
