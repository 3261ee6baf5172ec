// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// customer.merged and customer.split applied to the desktop cache: every record changes owner in
// its column and its stored JSON, the gone record leaves the search, nothing else moves.
#include "../item/CacheFixture.h"
#include "store/CacheReader.h"
#include "store/CacheWriter.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTest>

using namespace Switchboard;
using namespace Switchboard::Domain;
using Switchboard::Test::CacheFixture;

namespace {

Event makeEvent(Seq seq, QLatin1String type, const QJsonObject &data)
{
    Event e;
    e.seq = seq;
    e.type = type;
    e.at = QDateTime::currentDateTimeUtc();
    e.data = data;
    return e;
}

CallRecord call(Id id, Id customerId, Id conversationId, int minutes)
{
    CallRecord c;
    c.id = id;
    c.customerId = customerId;
    c.conversationId = conversationId;
    c.direction = CallDirection::Inbound;
    c.fromNumber = QStringLiteral("+4930123456");
    c.toNumber = QStringLiteral("+4930999999");
    c.offeredAt = CacheFixture::at(minutes);
    return c;
}

} // namespace

class CustomerMovesTest : public QObject
{
    Q_OBJECT

private:
    //! Two customers: 1 (Jana, email) and 2 (J. Novak, phone), with a conversation, messages and
    //! a call each, and 3 (a bystander) who must never change.
    void seed(CacheFixture &cache)
    {
        Customer jana = cache.customer(1, QStringLiteral("Jana Novak"));
        jana.identities = {{11, IdentityKind::Email, QStringLiteral("jana@example.cz")}};
        Customer phone = cache.customer(2, QStringLiteral("J. Novak"));
        phone.identities = {{21, IdentityKind::Phone, QStringLiteral("+420777000111")}};
        cache.write([&](Store::CacheWriter &w, Store::ChangeSet &c) {
            w.upsertCustomer(jana, c);
            w.upsertCustomer(phone, c);
            w.upsertCustomer(cache.customer(3, QStringLiteral("Bystander")), c);
            w.upsertConversation(cache.conversation(10, 1, ChannelKind::Email, {}, {}, 5), c);
            w.upsertConversation(cache.conversation(20, 2, ChannelKind::Voice, {}, {}, 6), c);
            w.upsertConversation(cache.conversation(21, 2, ChannelKind::Sms, {}, {}, 7), c);
            w.upsertConversation(cache.conversation(30, 3, ChannelKind::Email, {}, {}, 8), c);
            w.insertMessage(cache.message(100, 10, 1, MessageKind::Inbound,
                                QStringLiteral("invoice question"), 1),
                c, false);
            w.insertMessage(cache.message(200, 21, 2, MessageKind::Inbound,
                                QStringLiteral("please call back"), 2, ChannelKind::Sms),
                c, false);
            w.insertMessage(
                cache.message(300, 30, 3, MessageKind::Inbound, QStringLiteral("unrelated"), 3), c,
                false);
            w.upsertCall(call(500, 2, 20, 4), c);
            w.noteOpened(2, CacheFixture::at(9), c);
        });
        // Jana's whole history has been fetched; the phone record's has not.
        cache.writeDb().exec(
            QStringLiteral("UPDATE customers SET timeline_loaded = 1 WHERE id = 1"));
    }
    //! customer_id of a table's row, in its column and in its JSON.
    QPair<qint64, qint64> owner(CacheFixture &cache, const QString &table, qint64 id)
    {
        QSqlQuery q = cache.readDb().exec(
            QStringLiteral("SELECT customer_id, json_extract(json, '$.customer_id') FROM %1 "
                           "WHERE id = ?")
                .arg(table),
            {id});
        if (!q.next())
            return {-1, -1};
        return {q.value(0).toLongLong(), q.value(1).toLongLong()};
    }

private Q_SLOTS:
    void mergeMovesEverythingToTheKeptRecord()
    {
        CacheFixture cache;
        seed(cache);
        Customer kept = cache.customer(1, QStringLiteral("Jana Novak"));
        kept.identities = {{11, IdentityKind::Email, QStringLiteral("jana@example.cz")},
            {21, IdentityKind::Phone, QStringLiteral("+420777000111")}};
        kept.updatedAt = CacheFixture::at(20);
        const Store::ChangeSet changes
            = cache.write([&](Store::CacheWriter &w, Store::ChangeSet &c) {
                  QCOMPARE(w.applyEvents({makeEvent(40, EventType::CustomerMerged,
                                             {{QStringLiteral("customer"), kept.toJson()},
                                                 {QStringLiteral("merged_id"), 2}})},
                               c),
                      QList<Seq>{40});
              });
        Store::CacheReader reader(cache.readDb());
        QVERIFY(!reader.customer(2).has_value());
        QCOMPARE(reader.customer(1)->identities.size(), 2);
        QCOMPARE(reader.conversationsOf(1).size(), 3);
        QVERIFY(reader.conversationsOf(2).isEmpty());
        for (const auto &[table, id] : {std::pair{QStringLiteral("conversations"), 20},
                 std::pair{QStringLiteral("conversations"), 21},
                 std::pair{QStringLiteral("messages"), 200},
                 std::pair{QStringLiteral("calls"), 500}}) {
            QCOMPARE(owner(cache, table, id), (QPair<qint64, qint64>{1, 1}));
        }
        QCOMPARE(reader.callsOf(1, 10).size(), 1);
        QCOMPARE(reader.message(200)->customerId, 1);
        // The bystander is untouched.
        QCOMPARE(owner(cache, QStringLiteral("messages"), 300), (QPair<qint64, qint64>{3, 3}));
        // Recently opened follows the person; search finds them under the kept record only.
        QCOMPARE(reader.recentCustomers(10), QList<Id>{1});
        const auto hits = reader.search(QStringLiteral("420777000111"), 10);
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().customerId, 1);
        QVERIFY(reader.search(QStringLiteral("Novak"), 10).size() >= 1);
        for (const auto &hit : reader.search(QStringLiteral("Novak"), 10))
            QVERIFY(hit.customerId != 2);
        // The views reload what moved.
        QVERIFY(changes.customers.contains(1) && changes.customers.contains(2));
        QVERIFY(changes.conversations.contains(20) && changes.conversations.contains(21));
        QVERIFY(changes.messagesIn.contains(21));
        QVERIFY(changes.callsOf.contains(1));
        // The merged record's older history was never fetched, so the timeline is fetched again.
        QVERIFY(!reader.timelineLoaded(1));
    }

    void splitMovesOnlyWhatWasListed()
    {
        CacheFixture cache;
        seed(cache);
        Customer phone = cache.customer(2, QStringLiteral("J. Novak"));
        phone.identities.clear(); // its only identity moves
        phone.updatedAt = CacheFixture::at(20);
        Customer created = cache.customer(4, QStringLiteral("Petr Novak"));
        created.identities = {{21, IdentityKind::Phone, QStringLiteral("+420777000111")}};
        created.updatedAt = CacheFixture::at(20);
        cache.write([&](Store::CacheWriter &w, Store::ChangeSet &c) {
            w.applyEvents({makeEvent(41, EventType::CustomerSplit,
                              {{QStringLiteral("customer"), phone.toJson()},
                                  {QStringLiteral("new_customer"), created.toJson()},
                                  {QStringLiteral("conversation_ids"), QJsonArray{20}}})},
                c);
        });
        Store::CacheReader reader(cache.readDb());
        QCOMPARE(reader.customer(4)->name, QStringLiteral("Petr Novak"));
        QVERIFY(reader.customer(2)->identities.isEmpty());
        QCOMPARE(owner(cache, QStringLiteral("conversations"), 20), (QPair<qint64, qint64>{4, 4}));
        QCOMPARE(owner(cache, QStringLiteral("calls"), 500), (QPair<qint64, qint64>{4, 4}));
        // Not listed: stays.
        QCOMPARE(owner(cache, QStringLiteral("conversations"), 21), (QPair<qint64, qint64>{2, 2}));
        QCOMPARE(owner(cache, QStringLiteral("messages"), 200), (QPair<qint64, qint64>{2, 2}));
        const auto hits = reader.search(QStringLiteral("420777000111"), 10);
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().customerId, 4);
    }

    void malformedEventsChangeNothing_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QJsonObject>("data");
        const QJsonObject kept = CacheFixture().customer(1, QStringLiteral("Jana")).toJson();
        QTest::newRow("merge without merged_id") << QString(EventType::CustomerMerged)
                                                 << QJsonObject{{QStringLiteral("customer"), kept}};
        QTest::newRow("merge into itself")
            << QString(EventType::CustomerMerged)
            << QJsonObject{{QStringLiteral("customer"), kept}, {QStringLiteral("merged_id"), 1}};
        QTest::newRow("merge with a text id")
            << QString(EventType::CustomerMerged)
            << QJsonObject{{QStringLiteral("customer"), kept},
                   {QStringLiteral("merged_id"), QStringLiteral("2")}};
        QTest::newRow("split without the new record")
            << QString(EventType::CustomerSplit)
            << QJsonObject{{QStringLiteral("customer"), kept},
                   {QStringLiteral("conversation_ids"), QJsonArray{10}}};
        QTest::newRow("split with a bad conversation id")
            << QString(EventType::CustomerSplit)
            << QJsonObject{{QStringLiteral("customer"), kept},
                   {QStringLiteral("new_customer"), kept},
                   {QStringLiteral("conversation_ids"), QJsonArray{QStringLiteral("ten")}}};
    }

    void malformedEventsChangeNothing()
    {
        QFETCH(QString, type);
        QFETCH(QJsonObject, data);
        CacheFixture cache;
        seed(cache);
        Event e = makeEvent(42, QLatin1String("x"), data);
        e.type = type;
        cache.write([&](Store::CacheWriter &w, Store::ChangeSet &c) { w.applyEvents({e}, c); });
        Store::CacheReader reader(cache.readDb());
        QCOMPARE(reader.cursor(), 42); // skipped, as an event the cache cannot read is
        QVERIFY(reader.customer(2).has_value());
        QVERIFY(reader.timelineLoaded(1));
        QCOMPARE(reader.conversationsOf(1).size(), 1);
        QCOMPARE(reader.conversationsOf(2).size(), 2);
        QCOMPARE(owner(cache, QStringLiteral("conversations"), 10), (QPair<qint64, qint64>{1, 1}));
    }
};

QTEST_GUILESS_MAIN(CustomerMovesTest)
#include "tst_customer_moves.moc"
