// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The first sync's store thread: batches written in order through a connection of its own, the
// index and cursor after them, a cache error reported, and a cancelled store reporting nothing.
#include "../item/CacheFixture.h"
#include "store/CacheReader.h"
#include "store/CacheSchema.h"
#include "store/MessageIndexBuild.h"
#include "store/TimelineReader.h"
#include "sync/TimelineStore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
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

// FTS5's check of the messages' index against the messages table; throws CacheError if they
// differ.
void checkIndex(CacheFixture &cache)
{
    cache.writeDb().exec(
        u"INSERT INTO messages_fts (messages_fts, rank) VALUES ('integrity-check', 1)"_s);
}

QList<Id> found(CacheFixture &cache, const QString &word)
{
    QList<Id> ids;
    for (const Store::SearchHit &hit : Store::CacheReader(cache.readDb()).search(word, 1000))
        ids << hit.messageId;
    return ids;
}

// Runs batches of customers 1-10 and 11-20 through a store, calling between() after the first
// is stored, then finishes; true once finished() came.
bool syncTwoBatches(CacheFixture &cache, const std::function<void()> &between = {})
{
    TimelineStore store(cache.writeDb().path());
    QSignalSpy stored(&store, &TimelineStore::stored);
    QSignalSpy finished(&store, &TimelineStore::finished);
    QSignalSpy failed(&store, &TimelineStore::failed);
    store.store(batch(cache, 1, 10));
    if (!QTest::qWaitFor([&] { return stored.size() == 1; }))
        return false;
    if (between)
        between();
    store.store(batch(cache, 11, 20));
    store.finish(9);
    return QTest::qWaitFor([&] { return !finished.isEmpty() || !failed.isEmpty(); })
        && failed.isEmpty();
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

    // The index is built on a thread of its own while the batches are stored, then moved into
    // the cache; what it was not given (stored before, or by another connection meanwhile) is
    // indexed on the way in, and its scratch file is gone afterwards.
    void theIndexBuiltMeanwhileCoversEveryMessage()
    {
        CacheFixture cache;
        // Stored by an earlier attempt that stopped before its end: no full-text entry yet.
        cache.write([&](Store::CacheWriter &w, Store::ChangeSet &c) {
            w.storeTimeline(received(cache, 1).records, c, Store::CacheWriter::FullText::Deferred);
        });
        const QString scratch = Store::MessageIndexBuild::scratchPathFor(cache.writeDb().path());
        // Customer 1's three and the reply: not given to the builder.
        QTest::ignoreMessage(QtInfoMsg, "first sync: 4 messages indexed from the table");
        QVERIFY(syncTwoBatches(cache, [&] {
            QVERIFY(QFile::exists(scratch));
            // A reply the agent sent meanwhile, stored (and indexed) by the ui's connection.
            cache.write([&](Store::CacheWriter &w, Store::ChangeSet &c) {
                w.insertMessage(
                    cache.message(9001, 5, 5, MessageKind::Reply, u"kaleidoscope meanwhile"_s, 1),
                    c, false);
            });
        }));
        QVERIFY(!QFile::exists(scratch));
        checkIndex(cache);
        QCOMPARE(found(cache, u"word102"_s), QList<Id>({102}));
        QCOMPARE(found(cache, u"word1502"_s), QList<Id>({1502}));
        QCOMPARE(found(cache, u"word2001"_s), QList<Id>({2001}));
        QCOMPARE(found(cache, u"kaleidoscope"_s), QList<Id>({9001}));
        QCOMPARE(found(cache, u"parcel"_s).size(), 20 * MessagesPerCustomer);
    }

    // A message the builder was given is gone by the end: its index is not the cache's, and
    // the index is built from the table instead.
    void aMessageGoneMeanwhileHasTheIndexRebuilt()
    {
        CacheFixture cache;
        QTest::ignoreMessage(
            QtWarningMsg, "first sync: the index built aside did not match the cache; rebuilt");
        QVERIFY(syncTwoBatches(cache, [&] {
            // Without its full-text entry, which the cache's index does not have yet (FTS5
            // refuses to take out what it never held).
            QSqlQuery trigger = cache.writeDb().exec(
                u"SELECT sql FROM sqlite_master WHERE name = 'messages_fts_delete'"_s);
            QVERIFY(trigger.next());
            const QString create = trigger.value(0).toString();
            trigger.finish();
            cache.writeDb().transaction([&] {
                cache.writeDb().exec(u"DROP TRIGGER messages_fts_delete"_s);
                cache.writeDb().exec(u"DELETE FROM messages WHERE id = 501"_s);
                cache.writeDb().exec(create);
            });
        }));
        checkIndex(cache);
        QVERIFY(found(cache, u"word501"_s).isEmpty());
        QCOMPARE(found(cache, u"word502"_s), QList<Id>({502}));
        QCOMPARE(found(cache, u"parcel"_s).size(), 20 * MessagesPerCustomer - 1);
    }

    // The scratch file gone before the end (removed while the builder had it open): the index
    // is built from the table instead.
    void aScratchFileGoneMeanwhileHasTheIndexRebuilt()
    {
        CacheFixture cache;
        const QString scratch = Store::MessageIndexBuild::scratchPathFor(cache.writeDb().path());
        QTest::ignoreMessage(QtWarningMsg,
            QRegularExpression(u"^first sync: the index built aside cannot be used: "_s));
        QVERIFY(syncTwoBatches(cache, [&] { QVERIFY(QFile::remove(scratch)); }));
        checkIndex(cache);
        QCOMPARE(found(cache, u"word1502"_s), QList<Id>({1502}));
        QCOMPARE(found(cache, u"parcel"_s).size(), 20 * MessagesPerCustomer);
        QVERIFY(Store::CacheReader(cache.readDb()).initialSyncDone());
        QCOMPARE(Store::CacheReader(cache.readDb()).cursor(), qint64(9));
    }

    // Where the scratch file cannot be written, the index is built from the table at the end.
    void withoutAScratchFileTheIndexIsBuiltFromTheTable()
    {
        CacheFixture cache;
        QVERIFY(QDir().mkpath(Store::MessageIndexBuild::scratchPathFor(cache.writeDb().path())));
        QTest::ignoreMessage(QtWarningMsg,
            QRegularExpression(u"^first sync: building the full-text index aside failed: "_s));
        QVERIFY(syncTwoBatches(cache));
        checkIndex(cache);
        QCOMPARE(found(cache, u"word1502"_s), QList<Id>({1502}));
        QCOMPARE(found(cache, u"parcel"_s).size(), 20 * MessagesPerCustomer);
        QVERIFY(Store::CacheReader(cache.readDb()).initialSyncDone());
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
