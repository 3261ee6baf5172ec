// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The first sync's store thread: batches written in order through a connection of its own, the
// index and cursor after them, a cache error reported, and a cancelled store reporting nothing.
#include "../item/CacheFixture.h"
#include "store/CacheReader.h"
#include "store/CacheSchema.h"
#include "store/TimelineReader.h"
#include "sync/TimelineStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace Switchboard;
using namespace Switchboard::Domain;
using namespace Switchboard::Test;
using namespace Qt::StringLiterals;
using Sync::ReceivedTimeline;
using Sync::TimelineStore;

namespace {

constexpr int MessagesPerCustomer = 3;

// Customer `id`'s timeline answer as the hub writes it: one conversation and a few messages,
// each with a word of its own to search for.
QByteArray timelineText(CacheFixture &cache, Id id)
{
    QJsonArray items;
    for (int i = 0; i < MessagesPerCustomer; ++i) {
        const Id messageId = id * 100 + i;
        const Message message = cache.message(messageId, id, id, MessageKind::Inbound,
            u"parcel word%1 arrived"_s.arg(messageId), int(messageId));
        items.append(QJsonObject{{u"type"_s, u"message"_s},
            {u"at"_s, message.toJson().value(QLatin1String("created_at"))},
            {u"message"_s, message.toJson()}});
    }
    const QJsonObject answer{{u"customer"_s, cache.customer(id, u"Customer %1"_s.arg(id)).toJson()},
        {u"conversations"_s,
            QJsonArray{cache.conversation(id, id, ChannelKind::Email, {}, {}, 0).toJson()}},
        {u"items"_s, items}, {u"truncated"_s, false}};
    return QJsonDocument(answer).toJson(QJsonDocument::Compact);
}

// Read from the text, as the first sync reads the hub's answers.
ReceivedTimeline received(CacheFixture &cache, Id id)
{
    ReceivedTimeline timeline;
    timeline.answer = timelineText(cache, id);
    timeline.text = timeline.answer;
    if (Store::TimelineReader::read(timeline.text, timeline.records, nullptr)
        != Store::TimelineReader::Outcome::Read)
        qFatal("the test's timeline is not in the hub's plain form");
    return timeline;
}

// Parsed whole, as the first sync keeps an answer not in the plain form.
ReceivedTimeline parsed(CacheFixture &cache, Id id)
{
    ReceivedTimeline timeline;
    timeline.answer = timelineText(cache, id);
    timeline.text = timeline.answer;
    timeline.timeline = QJsonDocument::fromJson(timeline.answer).object();
    return timeline;
}

QList<ReceivedTimeline> batch(CacheFixture &cache, Id first, Id last)
{
    QList<ReceivedTimeline> timelines;
    for (Id id = first; id <= last; ++id)
        timelines << received(cache, id);
    return timelines;
}

int customersStored(CacheFixture &cache)
{
    QSqlQuery query = cache.readDb().exec(
        u"SELECT count(*) FROM %1"_s.arg(Store::Schema::Customers::table));
    return query.next() ? query.value(0).toInt() : -1;
}

} // namespace

class TimelineStoreTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void batchesAreStoredInOrderThenIndexedAndMarkedDone()
    {
        CacheFixture cache;
        TimelineStore store(cache.writeDb().path());
        QStringList order;
        QList<Store::ChangeSet> changes;
        connect(&store, &TimelineStore::stored, this, [&](const Store::ChangeSet &set) {
            order << u"stored"_s;
            changes << set;
        });
        connect(&store, &TimelineStore::finished, this, [&] { order << u"finished"_s; });
        QSignalSpy failed(&store, &TimelineStore::failed);

        store.store(batch(cache, 1, 10));
        store.store(batch(cache, 11, 20));
        QList<ReceivedTimeline> last = batch(cache, 21, 29);
        last << parsed(cache, 30);
        store.store(last);
        store.finish(42);
        QCOMPARE(store.queued(), 4);
        QTRY_COMPARE(order.size(), 4);
        QCOMPARE(order, QStringList({u"stored"_s, u"stored"_s, u"stored"_s, u"finished"_s}));
        QCOMPARE(store.queued(), 0);
        QVERIFY(failed.isEmpty());

        // Each batch reports what it stored, and only that.
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(changes.at(i).customers.size(), 10);
            const Id first = Id(i * 10 + 1);
            QVERIFY(changes.at(i).customers.contains(first));
            QVERIFY(!changes.at(i).customers.contains(first + 10));
        }

        // The ui's connection sees everything, with the index built and the sync marked done.
        Store::CacheReader reader(cache.readDb());
        QVERIFY(reader.initialSyncDone());
        QCOMPARE(reader.cursor(), qint64(42));
        QCOMPARE(customersStored(cache), 30);
        for (const Id id : {Id(1), Id(15), Id(29), Id(30)}) {
            QVERIFY(reader.timelineLoaded(id));
            QCOMPARE(reader.messagesPage(id, 0, 100).size(), MessagesPerCustomer);
        }
        const QList<Store::SearchHit> hits = reader.search(u"word3001"_s, 10);
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().messageId, Id(3001));
        QCOMPARE(hits.first().customerId, Id(30));
    }

    void aCacheErrorIsReportedAndItsBatchStoresNothing()
    {
        CacheFixture cache;
        // A damaged cache: the table the messages go to is gone.
        cache.writeDb().exec(u"DROP TABLE %1"_s.arg(Store::Schema::Messages::table));
        TimelineStore store(cache.writeDb().path());
        QSignalSpy stored(&store, &TimelineStore::stored);
        QSignalSpy failed(&store, &TimelineStore::failed);
        store.store(batch(cache, 1, 5));
        QTRY_COMPARE(failed.size(), 1);
        QVERIFY2(failed.first().first().toString().contains(u"messages"_s),
            qPrintable(failed.first().first().toString()));
        QVERIFY(stored.isEmpty());
        QCOMPARE(store.queued(), 0);
        // The batch's transaction was rolled back whole: not even its customers were kept.
        QCOMPARE(customersStored(cache), 0);
    }

    void aCancelledStoreReportsNothingAndLeavesWholeBatches()
    {
        CacheFixture cache;
        int reports = 0;
        {
            TimelineStore store(cache.writeDb().path());
            connect(&store, &TimelineStore::stored, this, [&] { ++reports; });
            connect(&store, &TimelineStore::finished, this, [&] { ++reports; });
            connect(&store, &TimelineStore::failed, this, [&] { ++reports; });
            store.store(batch(cache, 1, 200));
            store.store(batch(cache, 201, 400));
            store.finish(7);
            store.cancel();
            // Whatever the thread was writing is finished before the store goes away.
        }
        QCoreApplication::processEvents();
        QCOMPARE(reports, 0);
        // Each batch is one transaction: stored whole or not at all; never marked done.
        QVERIFY(QList<int>({0, 200, 400}).contains(customersStored(cache)));
        QVERIFY(!Store::CacheReader(cache.readDb()).initialSyncDone());
    }

    // Cancelled while a batch is being written: the write stops and its transaction is rolled
    // back, so the store goes away at once and the batch before stays whole.
    void cancellingInterruptsTheBatchBeingWritten()
    {
        CacheFixture cache;
        // A connection that waits for nothing tells whether the store holds the write lock.
        const QString name = u"lock-probe"_s;
        {
            QSqlDatabase probe = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            probe.setDatabaseName(cache.writeDb().path());
            probe.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=0"_s);
            QVERIFY(probe.open());
            const auto writing = [&] {
                QSqlQuery query(probe);
                if (!query.exec(u"BEGIN IMMEDIATE"_s))
                    return true;
                query.exec(u"ROLLBACK"_s);
                return false;
            };
            TimelineStore store(cache.writeDb().path());
            QSignalSpy stored(&store, &TimelineStore::stored);
            store.store(batch(cache, 1, 10));
            QTRY_COMPARE(stored.size(), 1);
            store.store(batch(cache, 11, 6000));
            QTRY_VERIFY(writing());
            store.cancel();
            // Leaving the scope waits for the store's thread: the second batch was stopped.
        }
        QSqlDatabase::removeDatabase(name);
        QCOMPARE(customersStored(cache), 10);
    }
};

QTEST_GUILESS_MAIN(TimelineStoreTest)
#include "tst_timeline_store.moc"
