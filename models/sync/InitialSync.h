// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/User.h"
#include "net/HttpJob.h"
#include "store/ChangeSet.h"
#include "TimelineStore.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QSet>
#include <algorithm>
#include <functional>

namespace Switchboard::Net {
class HttpClient;
class HttpJob;
struct HttpResponse;
} // namespace Switchboard::Net
namespace Switchboard::Store {
class CacheDatabase;
}

namespace Switchboard::Sync {

//! First sign-in: pages the working set into an empty cache. It notes the hub's log head first,
//! then reads the user directory, the conversations the user works (theirs and the waiting ones;
//! every open one for supervisors) and the whole timeline of each of their customers. Changes
//! made meanwhile are in the log after that head, so the stream's catch-up from it closes any
//! gap, and applying them again is harmless (records are upserted by id, messages inserted once).
class InitialSync : public QObject
{
    Q_OBJECT
public:
    InitialSync(Net::HttpClient &http, Store::CacheDatabase &cache, QObject *parent = nullptr);
    ~InitialSync() override;

    void start(const Domain::User &me);
    //! About how many records (messages and calls) each stored batch holds: a commit writes
    //! every page its batch touched to the log, and the messages of a batch land all over the
    //! messages table, so fewer, larger commits write far less (docs/performance.md).
    void setBatchRecords(qsizetype records) { m_batchRecords = std::max<qsizetype>(1, records); }
    void abort();

    static constexpr qsizetype DefaultBatchRecords = 20000;
    //! How many timeline requests to have in flight at once.
    static constexpr int Parallel = 6;

Q_SIGNALS:
    void progress(int customersDone, int customersTotal);
    void changed(const Switchboard::Store::ChangeSet &changes);
    //! Done: the cache holds the working set and its cursor is the head noted at the start.
    void finished();
    //! Stopped; transportFailed tells a hub that could not be reached from a refusal.
    void failed(const QString &message, bool transportFailed, int httpStatus);

private:
    void send(const QString &path, const QList<QPair<QString, QString>> &query,
        void (InitialSync::*handler)(const QJsonObject &));
    //! Which failed answers still reach the handler rather than stopping the sync.
    enum Answers { SuccessOnly, NotFoundToo };
    void send(const QString &path, const QList<QPair<QString, QString>> &query,
        const std::function<void(const Net::HttpResponse &)> &handler,
        Answers answers = SuccessOnly);
    void onHead(const QJsonObject &body);
    void onUsers(const QJsonObject &body);
    void nextConversationPage();
    void onConversations(const QJsonObject &body);
    void pumpTimelines();
    void onTimelines(const Net::HttpResponse &response, const QList<qint64> &ids);
    void onTimeline(const Net::HttpResponse &response);
    //! Reads one timeline's text into the pending ones.
    void receiveTimeline(const QByteArray &answer, QByteArrayView text);
    void afterTimelines();
    //! Whether a full batch waits for the store: no more timelines are asked for meanwhile.
    bool backedUp() const;
    //! Hands the received timelines to the store as one batch.
    void submit();
    void onStored(const Store::ChangeSet &changes);
    void onStoreFinished();
    void fail(const Net::HttpResponse &response);
    void failStore(const QString &message);
    void dropStore();

    Net::HttpClient &m_http;
    Store::CacheDatabase &m_cache;
    Domain::User m_me;
    qint64 m_head = 0;
    //! Conversation listings still to page: query items, and the cursor within the current one.
    QList<QList<QPair<QString, QString>>> m_listings;
    qint64 m_after = 0;
    QList<qint64> m_customers;
    QSet<qint64> m_seenCustomers;
    int m_nextCustomer = 0;
    int m_inFlight = 0;
    int m_done = 0;
    //! Timelines received and not yet handed to the store.
    QList<ReceivedTimeline> m_pendingTimelines;
    //! How many records (messages and calls) the pending timelines hold.
    qsizetype m_pendingItems = 0;
    qsizetype m_batchRecords = DefaultBatchRecords;
    //! Writes the timelines on a thread of its own while the next ones are received.
    QPointer<TimelineStore> m_store;
    //! Every timeline is received and the store was asked to finish.
    bool m_finishing = false;
    //! Whether the hub serves GET /customers/timelines.
    bool m_bulk = true;
    //! Customers of bulk requests a hub without that endpoint refused, to fetch one by one.
    QList<qint64> m_retry;
    QList<QPointer<Net::HttpJob>> m_jobs;
    bool m_running = false;
};

} // namespace Switchboard::Sync
