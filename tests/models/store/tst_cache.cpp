// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The desktop cache on its own: schema and migrations, damaged files, applying events once,
// full-text search and the outbox's order and states.
#include "../item/CacheFixture.h"
#include "sqlite/WalWriteBuffer.h"
#include "store/CacheError.h"
#include "store/CacheMigrations.h"
#include "store/CachePaths.h"
#include "store/CacheReader.h"
#include "store/CacheWriter.h"
#include "store/Outbox.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Switchboard;
using namespace Switchboard::Domain;
using Switchboard::Test::CacheFixture;

namespace {

Event messageEvent(Seq seq, const Message &message)
{
    Event event;
    event.seq = seq;
    event.type = EventType::MessageCreated;
    event.at = message.createdAt;
    event.data = message.toJson();
    return event;
}

} // namespace

class CacheTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createsTheLatestSchemaInWal()
    {
        QTemporaryDir dir;
        Store::CacheDatabase db;
        const auto result = db.open(dir.filePath(QStringLiteral("a/b/cache.sqlite")));
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(!result.recreated);
        QCOMPARE(db.schemaVersion(), Store::CacheMigrations::latestVersion());
        QSqlQuery mode = db.exec(QStringLiteral("PRAGMA journal_mode"));
        QVERIFY(mode.next());
        QCOMPARE(mode.value(0).toString(), QStringLiteral("wal"));
        mode.finish();
        db.close();
        // Opening again migrates nothing and keeps the data.
        QVERIFY(db.open(dir.filePath(QStringLiteral("a/b/cache.sqlite"))).ok);
        QCOMPARE(db.schemaVersion(), Store::CacheMigrations::latestVersion());
    }

    void damagedFilesAreSetAsideAndRebuilt_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("garbage")
            << QByteArray("this is not a database at all, just text\n").repeated(200);
        QByteArray header("SQLite format 3");
        header.append('\0');
        QTest::newRow("truncated database") << header + QByteArray(100, '\x07');
    }

    void damagedFilesAreSetAsideAndRebuilt()
    {
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        Store::CacheDatabase db;
        const auto result = db.open(path);
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(result.recreated);
        QVERIFY(!result.error.isEmpty());
        // The damaged file is kept for support, byte for byte.
        QFile aside(result.movedAsidePath);
        QVERIFY(aside.open(QIODevice::ReadOnly));
        QCOMPARE(aside.readAll(), content);
        QCOMPARE(db.schemaVersion(), Store::CacheMigrations::latestVersion());
        QCOMPARE(Store::CacheReader(db).cursor(), 0);
    }

    void newerSchemaIsNotTouchedInPlace()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
        {
            Store::CacheDatabase db;
            QVERIFY(db.open(path).ok);
            db.exec(QStringLiteral("PRAGMA user_version = 99"));
        }
        Store::CacheDatabase db;
        const auto result = db.open(path);
        QVERIFY(result.ok);
        QVERIFY(result.recreated);
        QVERIFY(result.error.contains(QLatin1String("newer")));
        QVERIFY(QFile::exists(result.movedAsidePath));
    }

    void readOnlyConnectionSeesCommittedWrites()
    {
        CacheFixture cache;
        cache.write([&](Store::CacheWriter &w, Store::ChangeSet &c) {
            w.upsertCustomer(cache.customer(1, QStringLiteral("Jana Müller")), c);
        });
        QCOMPARE(
            Store::CacheReader(cache.readDb()).customer(1)->name, QStringLiteral("Jana Müller"));
        // And cannot write.
        QVERIFY_THROWS_EXCEPTION(
            Store::CacheError, cache.readDb().exec(QStringLiteral("DELETE FROM customers")));
    }

    void theWritersLogWritesAreGathered()
    {
        // The writer's connection goes through the VFS that gathers log writes per commit;
        // the ui's read-only connection never writes the log.
        CacheFixture cache;
        const auto before = Sqlite::WalWriteBuffer::counters();
        cache.write([&](Store::CacheWriter &w, Store::ChangeSet &c) {
            for (int id = 1; id <= 50; ++id)
                w.upsertCustomer(cache.customer(id, QStringLiteral("Customer %1").arg(id)), c);
        });
        const auto after = Sqlite::WalWriteBuffer::counters();
        QVERIFY(after.writesReceived > before.writesReceived);
        QVERIFY(after.writesIssued > before.writesIssued);
        QVERIFY(after.writesIssued - before.writesIssued
            < after.writesReceived - before.writesReceived);
        QCOMPARE(
            Store::CacheReader(cache.readDb()).customer(50)->name, QStringLiteral("Customer 50"));
    }

    void eventsApplyOnceInOrder()
    {
        CacheFixture cache;
        cache.write([&](Store::CacheWriter &w, Store::ChangeSet &c) {
            w.upsertCustomer(cache.customer(1, QStringLiteral("Jana")), c);
            w.upsertConversation(cache.conversation(1, 1, ChannelKind::Email, 3, {}, 0), c);
        });
        const Message first
            = cache.message(1, 1, 1, MessageKind::Inbound, QStringLiteral("one"), 1);
        const Message second
            = cache.message(2, 1, 1, MessageKind::Inbound, QStringLiteral("two"), 2);
        QList<Seq> applied;
        Store::ChangeSet changes = cache.write([&](Store::CacheWriter &w, Store::ChangeSet &c) {
            applied = w.applyEvents({messageEvent(10, first), messageEvent(11, second)}, c);
        });
        QCOMPARE(applied, (QList<Seq>{10, 11}));
        QCOMPARE(changes.newInbound, (QList<Id>{1, 2}));
        // A replay (reconnect overlap) changes nothing, a later event applies.
        const Message third
            = cache.message(3, 1, 1, MessageKind::Inbound, QStringLiteral("three"), 3);
        changes = cache.write([&](Store::CacheWriter &w, Store::ChangeSet &c) {
            applied = w.applyEvents(
                {messageEvent(10, first), messageEvent(11, second), messageEvent(12, third)}, c);
        });
        QCOMPARE(applied, QList<Seq>{12});
        QCOMPARE(changes.newInbound, QList<Id>{3});
        Store::CacheReader reader(cache.readDb());
        QCOMPARE(reader.cursor(), 12);
        QCOMPARE(reader.messagesPage(1, 0, 10).size(), 3);
        QCOMPARE(reader.conversation(1).has_value(), true);
        // Unread counted once per message.
        QCOMPARE(reader.inboxRow({}, 3, 1)->unread, 3);
        // The cursor never goes back.
        cache.write([&](Store::CacheWriter &w, Store::ChangeSet &) { w.advanceCursor(5); });
        QCOMPARE(reader.cursor(), 12);
    }

    void messageUpdatesReplaceTheStoredCopy()
    {
        CacheFixture cache;
        cache.write([&](Store::CacheWriter &w, Store::ChangeSet &c) {
            w.upsertCustomer(cache.customer(1, QStringLiteral("Jana")), c);
            w.upsertConversation(
                cache.conversation(1, 1, ChannelKind::FacebookComment, 3, {}, 0), c);
        });
        Message comment = cache.message(
            1, 1, 1, MessageKind::Inbound, QStringLiteral("Delivery never arrived"), 1);
        Message reply = cache.message(2, 1, 1, MessageKind::Reply, QStringLiteral("Sorry!"), 2);
        reply.delivery = DeliveryState::Queued;
        cache.write([&](Store::CacheWriter &w, Store::ChangeSet &c) {
            w.applyEvents({messageEvent(10, comment), messageEvent(11, reply)}, c);
        });
        // The customer edits the comment and the provider reports the reply delivered.
        comment.body = QStringLiteral("Parcel came today, thanks");
        comment.channelMetadata.insert(QStringLiteral("edited"), true);
        reply.delivery = DeliveryState::Delivered;
        const auto updated = [](Seq seq, const Message &m) {
            Event e = messageEvent(seq, m);
            e.type = EventType::MessageUpdated;
            return e;
        };
        const Store::ChangeSet changes
            = cache.write([&](Store::CacheWriter &w, Store::ChangeSet &c) {
                  QCOMPARE(w.applyEvents({updated(12, comment), updated(13, reply)}, c),
                      (QList<Seq>{12, 13}));
              });
        QVERIFY(changes.messagesIn.contains(1));
        Store::CacheReader reader(cache.readDb());
        const QList<Message> stored = reader.messagesPage(1, 0, 10);
        QCOMPARE(stored.size(), 2);
        for (const Message &m : stored) {
            if (m.id == 1) {
                QCOMPARE(m.body, comment.body);
                QVERIFY(m.channelMetadata.value(QLatin1String("edited")).toBool());
            } else {
                QCOMPARE(m.delivery, DeliveryState::Delivered);
            }
        }
        // The index follows the edit: the new words are found, the old ones are gone.
        QCOMPARE(reader.search(QStringLiteral("parcel"), 10).size(), 1);
        QVERIFY(reader.search(QStringLiteral("arrived"), 10).isEmpty());
        // An update for a message the cache never had stores it.
        const Message unseen
            = cache.message(3, 1, 1, MessageKind::Inbound, QStringLiteral("Hello?"), 3);
        cache.write([&](Store::CacheWriter &w, Store::ChangeSet &c) {
            w.applyEvents({updated(14, unseen)}, c);
        });
        QCOMPARE(reader.messagesPage(1, 0, 10).size(), 3);
    }

    void olderCopiesNeverReplaceNewerOnes()
    {
        CacheFixture cache;
        Conversation newer = cache.conversation(1, 1, ChannelKind::Email, 3, {}, 10);
        newer.status = ConversationStatus::Resolved;
        Conversation older = cache.conversation(1, 1, ChannelKind::Email, 3, {}, 5);
        cache.write(
            [&](Store::CacheWriter &w, Store::ChangeSet &c) { w.upsertConversation(newer, c); });
        const Store::ChangeSet changes = cache.write(
            [&](Store::CacheWriter &w, Store::ChangeSet &c) { w.upsertConversation(older, c); });
        QVERIFY(changes.conversations.isEmpty());
        QCOMPARE(Store::CacheReader(cache.readDb()).conversation(1)->status,
            ConversationStatus::Resolved);
    }

    void malformedTimelineStoresNothing()
    {
        CacheFixture cache;
        QJsonObject timeline{
            {QStringLiteral("customer"), cache.customer(1, QStringLiteral("Jana")).toJson()},
            {QStringLiteral("conversations"),
                QJsonArray{cache.conversation(1, 1, ChannelKind::Email, 3, {}, 0).toJson()}},
            {QStringLiteral("items"),
                QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("message")},
                    {QStringLiteral("message"),
                        QJsonObject{{QStringLiteral("id"), QStringLiteral("x")}}}}}}};
        QString error;
        bool ok = true;
        cache.write([&](Store::CacheWriter &w, Store::ChangeSet &c) {
            ok = w.applyTimeline(timeline, c, &error);
        });
        QVERIFY(!ok);
        QVERIFY(!error.isEmpty());
        Store::CacheReader reader(cache.readDb());
        QVERIFY(!reader.customer(1));
        QVERIFY(!reader.conversation(1));
    }

    void timelineKeepsTheHubsTextAndCountsUnreadAsMessagesDo()
    {
        CacheFixture cache;
        // Inbound, inbound, the team's answer, inbound, a note: one unread after the answer.
        QList<Message> messages{
            cache.message(1, 1, 1, MessageKind::Inbound, QStringLiteral("quokka one"), 1),
            cache.message(2, 1, 1, MessageKind::Inbound,
                QStringLiteral("He wrote \"}]\" and a \\ in quokka two"), 2),
            cache.message(3, 1, 1, MessageKind::Reply, QStringLiteral("quokka answer"), 3),
            cache.message(4, 1, 1, MessageKind::Inbound, QStringLiteral("quokka four"), 4),
            cache.message(5, 1, 1, MessageKind::Note, QStringLiteral("quokka note"), 5)};
        QJsonArray items;
        for (const Message &message : messages) {
            QJsonObject record = message.toJson();
            record.insert(QStringLiteral("from_a_newer_hub"), 7); // kept as the hub wrote it
            items.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("message")},
                {QStringLiteral("message"), record}});
        }
        QJsonObject conversation = cache.conversation(1, 1, ChannelKind::Email, 3, {}, 0).toJson();
        conversation.insert(QStringLiteral("from_a_newer_hub"), 8); // kept as the hub wrote it
        const QJsonObject timeline{
            {QStringLiteral("customer"), cache.customer(1, QStringLiteral("Jana")).toJson()},
            {QStringLiteral("conversations"), QJsonArray{conversation}},
            {QStringLiteral("items"), items}};
        const QByteArray text = QJsonDocument(timeline).toJson(QJsonDocument::Indented);
        cache.write([&](Store::CacheWriter &w, Store::ChangeSet &c) {
            QVERIFY(w.applyTimeline(
                timeline, c, nullptr, text, Store::CacheWriter::FullText::Deferred));
        });
        Store::CacheReader reader(cache.readDb());
        const auto page = reader.messagesPage(1, 0, 10);
        QCOMPARE(page.size(), 5);
        for (const Message &message : page) {
            // Escaped quotes, brackets and backslashes came through the hub's text unharmed.
            QCOMPARE(message.body, messages.at(message.id - 1).body);
        }
        QCOMPARE(reader.inboxRow({}, 3, 1)->unread, 1);
        QSqlQuery json
            = cache.readDb().exec(QStringLiteral("SELECT json FROM messages WHERE id = 2"));
        QVERIFY(json.next());
        QVERIFY(json.value(0).toString().contains(QLatin1String("from_a_newer_hub")));
        QVERIFY(json.value(0).toString().startsWith(QLatin1Char('{')));
        json.finish();
        QSqlQuery conversationJson
            = cache.readDb().exec(QStringLiteral("SELECT json FROM conversations WHERE id = 1"));
        QVERIFY(conversationJson.next());
        QVERIFY(conversationJson.value(0).toString().contains(QLatin1String("from_a_newer_hub")));
        conversationJson.finish();
        QCOMPARE(reader.conversation(1)->subject, QStringLiteral("Subject 1"));
        // Deferred: found once the index is rebuilt, as the first sync does at its end.
        QVERIFY(reader.search(QStringLiteral("quokka"), 10).isEmpty());
        cache.write([&](Store::CacheWriter &w, Store::ChangeSet &) { w.rebuildMessageIndex(); });
        QCOMPARE(reader.search(QStringLiteral("quokka"), 10).size(), 5);
        // The rebuild's larger in-memory hash is not left to the messages stored after it.
        QSqlQuery hashSize = cache.readDb().exec(
            QStringLiteral("SELECT v FROM messages_fts_config WHERE k = 'hashsize'"));
        QVERIFY(hashSize.next());
        QCOMPARE(hashSize.value(0).toInt(), 1024 * 1024);
        hashSize.finish();

        // The same answer without usable text: the records are encoded here, indexed per row,
        // and the counts are the same as message by message.
        CacheFixture other;
        other.write([&](Store::CacheWriter &w, Store::ChangeSet &c) {
            QVERIFY(w.applyTimeline(timeline, c, nullptr, "{\"items\": []}"));
        });
        Store::CacheReader otherReader(other.readDb());
        QCOMPARE(otherReader.inboxRow({}, 3, 1)->unread, 1);
        QCOMPARE(otherReader.search(QStringLiteral("quokka"), 10).size(), 5);
    }

    // A timeline over conversations the cache holds: each one's local read state moves on from
    // where it was, exactly as storing its messages one by one would move it, whether the
    // answer's copy of the conversation is written, is older than the held one (kept), or is not
    // in the answer at all.
    void timelineAdvancesTheHeldReadStateAsMessagesDo()
    {
        const auto prepare = [](CacheFixture &cache) {
            cache.write([&](Store::CacheWriter &w, Store::ChangeSet &c) {
                w.upsertCustomer(cache.customer(1, QStringLiteral("Jana")), c);
                Conversation newer = cache.conversation(1, 1, ChannelKind::Email, 3, {}, 50);
                newer.subject = QStringLiteral("Held and newer");
                w.upsertConversation(newer, c);
                w.upsertConversation(cache.conversation(2, 1, ChannelKind::Sms, 3, {}, 1), c);
                w.upsertConversation(cache.conversation(3, 1, ChannelKind::Sms, 3, {}, 1), c);
                w.insertMessage(
                    cache.message(1, 1, 1, MessageKind::Inbound, QStringLiteral("one"), 1), c,
                    false);
                w.insertMessage(
                    cache.message(2, 2, 1, MessageKind::Inbound, QStringLiteral("two"), 2), c,
                    false);
                w.markRead(1, c);
            });
        };
        CacheFixture viaTimeline, oneByOne;
        prepare(viaTimeline);
        prepare(oneByOne);
        const QList<Message> arriving{
            viaTimeline.message(1, 1, 1, MessageKind::Inbound, QStringLiteral("one"), 1),
            viaTimeline.message(3, 1, 1, MessageKind::Inbound, QStringLiteral("three"), 3),
            viaTimeline.message(4, 2, 1, MessageKind::Inbound, QStringLiteral("four"), 4),
            viaTimeline.message(5, 2, 1, MessageKind::Reply, QStringLiteral("five"), 5),
            viaTimeline.message(6, 2, 1, MessageKind::Inbound, QStringLiteral("six"), 6),
            viaTimeline.message(7, 3, 1, MessageKind::Inbound, QStringLiteral("seven"), 7),
            viaTimeline.message(8, 3, 1, MessageKind::Note, QStringLiteral("eight"), 8)};
        // The answer's copy of conversation 1 is older than the held one; 2 is newer; 3 is not
        // in the answer.
        const QList<Conversation> answered{
            viaTimeline.conversation(1, 1, ChannelKind::Email, 3, {}, 10),
            viaTimeline.conversation(2, 1, ChannelKind::Sms, 3, {}, 10)};
        QJsonArray items;
        for (const Message &message : arriving)
            items.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("message")},
                {QStringLiteral("message"), message.toJson()}});
        QJsonArray conversations;
        for (const Conversation &conversation : answered)
            conversations.append(conversation.toJson());
        const QJsonObject timeline{
            {QStringLiteral("customer"), viaTimeline.customer(1, QStringLiteral("Jana")).toJson()},
            {QStringLiteral("conversations"), conversations}, {QStringLiteral("items"), items}};
        viaTimeline.write([&](Store::CacheWriter &w, Store::ChangeSet &c) {
            QVERIFY(w.applyTimeline(timeline, c));
        });
        oneByOne.write([&](Store::CacheWriter &w, Store::ChangeSet &c) {
            for (const Conversation &conversation : answered)
                w.upsertConversation(conversation, c);
            for (const Message &message : arriving)
                w.insertMessage(message, c, false);
        });
        const auto state = [](CacheFixture &cache, Id id) {
            QSqlQuery query = cache.readDb().exec(
                QStringLiteral("SELECT read_up_to, unread, subject FROM conversations WHERE id = ?"),
                {id});
            return query.next() ? QStringLiteral("%1/%2/%3")
                                      .arg(query.value(0).toLongLong())
                                      .arg(query.value(1).toLongLong())
                                      .arg(query.value(2).toString())
                                : QString();
        };
        // Read up to 1, then 3 arrived: one unread; the newer held copy kept its subject.
        QCOMPARE(state(viaTimeline, 1), QStringLiteral("1/1/Held and newer"));
        // 2 and 4 unread, answered by 5, then 6: read up to 5, one unread.
        QCOMPARE(state(viaTimeline, 2), QStringLiteral("5/1/Subject 2"));
        // Not in the answer: 7 is unread, the note does not count.
        QCOMPARE(state(viaTimeline, 3), QStringLiteral("0/1/Subject 3"));
        for (const Id id : {Id(1), Id(2), Id(3)})
            QCOMPARE(state(viaTimeline, id), state(oneByOne, id));
    }

    void fullTextSearchFindsMessagesAndCustomers()
    {
        CacheFixture cache;
        cache.write([&](Store::CacheWriter &w, Store::ChangeSet &c) {
            w.upsertCustomer(cache.customer(1, QStringLiteral("Jana Müller")), c);
            w.upsertCustomer(cache.customer(2, QStringLiteral("Ahmed Khan")), c);
            w.upsertConversation(cache.conversation(1, 1, ChannelKind::Email, 3, {}, 0), c);
            w.upsertConversation(cache.conversation(2, 2, ChannelKind::Sms, 3, {}, 0), c);
            w.insertMessage(cache.message(1, 1, 1, MessageKind::Inbound,
                                QStringLiteral("Meine Rechnung ist falsch"), 1),
                c, false);
            w.insertMessage(cache.message(2, 2, 2, MessageKind::Inbound,
                                QStringLiteral("My invoice is wrong, please refund"), 2),
                c, false);
            w.insertMessage(cache.message(3, 2, 2, MessageKind::Note,
                                QStringLiteral("Refund approved by finance"), 3),
                c, false);
        });
        Store::CacheReader reader(cache.readDb());
        // Prefixes, any case, accents folded; newest first.
        QList<Store::SearchHit> hits = reader.search(QStringLiteral("REFUN"), 10);
        QCOMPARE(hits.size(), 2);
        QCOMPARE(hits.at(0).messageId, 3);
        QCOMPARE(hits.at(1).messageId, 2);
        QCOMPARE(hits.at(1).customerName, QStringLiteral("Ahmed Khan"));
        QVERIFY(hits.at(1).snippet.contains(QLatin1String("[refund]")));
        // Every word must match.
        QCOMPARE(reader.search(QStringLiteral("invoice refund"), 10).size(), 1);
        // Customers by name (diacritics folded) and by identity.
        hits = reader.search(QStringLiteral("muller"), 10);
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().customerId, 1);
        QCOMPARE(hits.first().messageId, 0);
        QCOMPARE(reader.search(QStringLiteral("ahmed.khan@example"), 10).first().customerId, 2);
        // FTS syntax in the text is just text.
        QVERIFY(reader.search(QStringLiteral("\"refund OR NEAR( *"), 10).size() <= 2);
        QVERIFY(reader.search(QStringLiteral("   "), 10).isEmpty());
        // A renamed customer is found under the new name only.
        Customer renamed = cache.customer(2, QStringLiteral("Ahmed Qureshi"));
        renamed.updatedAt = CacheFixture::at(10);
        cache.write(
            [&](Store::CacheWriter &w, Store::ChangeSet &c) { w.upsertCustomer(renamed, c); });
        for (const Store::SearchHit &hit : reader.search(QStringLiteral("khan"), 10))
            QVERIFY(hit.messageId != 0); // no customer hit under the old name
        QCOMPARE(reader.search(QStringLiteral("qureshi"), 10).first().customerId, 2);
    }

    void outboxKeepsOrderAndStates()
    {
        CacheFixture cache;
        Store::Outbox outbox(cache.writeDb());
        Store::ChangeSet changes;
        const auto a = outbox.enqueue(Store::OutboxItem::Kind::Reply, 1, "POST",
            QStringLiteral("/a"), {{QStringLiteral("body"), QStringLiteral("first")}}, changes);
        const auto b
            = outbox.enqueue(Store::OutboxItem::Kind::Status, 1, "POST", QStringLiteral("/b"),
                {{QStringLiteral("status"), QStringLiteral("resolved")}}, changes);
        QVERIFY(changes.outbox);
        QVERIFY(a.clientId != b.clientId);
        QCOMPARE(a.body.value(QLatin1String("client_id")).toString(), a.clientId);
        QCOMPARE(outbox.nextQueued()->id, a.id);
        const QJsonArray findings{
            QJsonObject{{QStringLiteral("kind"), QStringLiteral("card_number")},
                {QStringLiteral("severity"), QStringLiteral("block")}, {QStringLiteral("start"), 3},
                {QStringLiteral("end"), 22}}};
        outbox.markRejected(
            a.id, QStringLiteral("policy_blocked"), QStringLiteral("not yours"), findings, changes);
        QCOMPARE(outbox.nextQueued()->id, b.id);
        QCOMPARE(outbox.queuedCount(), 1);
        const auto rejected = outbox.item(a.id);
        QCOMPARE(rejected->state, Store::OutboxItem::State::Rejected);
        QCOMPARE(rejected->errorCode, QStringLiteral("policy_blocked"));
        QCOMPARE(rejected->errorMessage, QStringLiteral("not yours"));
        QCOMPARE(rejected->findings, findings);
        // Requeued with its client id; it goes first again.
        QVERIFY(outbox.requeue(a.id,
            {{QStringLiteral("body"), QStringLiteral("edited")},
                {QStringLiteral("client_id"), QStringLiteral("forged")}},
            changes));
        const auto again = outbox.nextQueued();
        QCOMPARE(again->id, a.id);
        QCOMPARE(again->clientId, a.clientId);
        QCOMPARE(again->body.value(QLatin1String("client_id")).toString(), a.clientId);
        QCOMPARE(again->body.value(QLatin1String("body")).toString(), QStringLiteral("edited"));
        QVERIFY(again->findings.isEmpty()); // the hub checks the edited text afresh
        QVERIFY(!outbox.requeue(a.id, {}, changes)); // already queued
        // Refused for another reason: no findings.
        outbox.markRejected(
            b.id, QStringLiteral("forbidden"), QStringLiteral("not yours"), {}, changes);
        QCOMPARE(outbox.item(b.id)->state, Store::OutboxItem::State::Rejected);
        QVERIFY(outbox.item(b.id)->findings.isEmpty());
        outbox.remove(a.id, changes);
        outbox.remove(b.id, changes);
        QVERIFY(outbox.items().isEmpty());
    }

    void aVersion3CacheKeepsItsOutboxWhenMigrated()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
        qint64 queued = 0;
        {
            Store::CacheDatabase db;
            QVERIFY(db.open(path).ok);
            Store::ChangeSet changes;
            queued = Store::Outbox(db)
                         .enqueue(Store::OutboxItem::Kind::Reply, 7, "POST", QStringLiteral("/r"),
                             {{QStringLiteral("body"), QStringLiteral("hello")}}, changes)
                         .id;
            // Back to the schema of version 3: the outbox without its findings column, the
            // messages without their whisper_to column (version 5).
            db.exec(QStringLiteral("ALTER TABLE outbox DROP COLUMN findings"));
            db.exec(QStringLiteral("ALTER TABLE messages DROP COLUMN whisper_to"));
            db.exec(QStringLiteral("PRAGMA user_version = 3"));
        }
        Store::CacheDatabase db;
        const auto result = db.open(path);
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(!result.recreated);
        QCOMPARE(db.schemaVersion(), Store::CacheMigrations::latestVersion());
        const auto item = Store::Outbox(db).item(queued);
        QVERIFY(item);
        QCOMPARE(item->body.value(QLatin1String("body")).toString(), QStringLiteral("hello"));
        QVERIFY(item->findings.isEmpty());
    }

    void policyKeepsTheNewestCopyAndSurvivesReopening()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
        const auto policy = [](const QString &updatedAt, const QString &word) {
            return QJsonObject{{QStringLiteral("brand"), QJsonObject()},
                {QStringLiteral("rules"),
                    QJsonArray{
                        QJsonObject{{QStringLiteral("id"), word}, {QStringLiteral("name"), word},
                            {QStringLiteral("type"), QStringLiteral("words")},
                            {QStringLiteral("words"), QJsonArray{word}},
                            {QStringLiteral("severity"), QStringLiteral("warn")},
                            {QStringLiteral("channels"), QJsonArray()}}}},
                {QStringLiteral("override_role"), QStringLiteral("supervisor")},
                {QStringLiteral("updated_at"), updatedAt}};
        };
        const QJsonObject noon
            = policy(QStringLiteral("2026-11-23T12:00:00.000Z"), QStringLiteral("noon"));
        const QJsonObject morning
            = policy(QStringLiteral("2026-11-23T09:00:00.000Z"), QStringLiteral("morning"));
        const QJsonObject evening
            = policy(QStringLiteral("2026-11-23T18:00:00.000Z"), QStringLiteral("evening"));
        {
            Store::CacheDatabase db;
            QVERIFY(db.open(path).ok);
            Store::CacheWriter writer(db);
            Store::ChangeSet changes;
            QVERIFY(Store::CacheReader(db).policy().isEmpty());
            QVERIFY(writer.storePolicy(noon, changes));
            QVERIFY(changes.policy);
            // An older answer (a slow GET /policy) never replaces a newer copy.
            Store::ChangeSet none;
            QVERIFY(!writer.storePolicy(morning, none));
            QVERIFY(!none.policy);
            QCOMPARE(Store::CacheReader(db).policy(), noon);
            // policy.updated with a newer document does.
            Event updated;
            updated.seq = 1;
            updated.type = EventType::PolicyUpdated;
            updated.at = QDateTime::currentDateTimeUtc();
            updated.data = evening;
            Store::ChangeSet applied;
            db.transaction([&] { writer.applyEvents({updated}, applied); });
            QVERIFY(applied.policy);
            QCOMPARE(Store::CacheReader(db).policy(), evening);
        }
        // Offline after a restart: the newest copy is still there.
        Store::CacheDatabase db;
        QVERIFY(db.open(path).ok);
        QCOMPARE(Store::CacheReader(db).policy(), evening);
    }

    void accountsGetTheirOwnFiles()
    {
        const QUrl hub(QStringLiteral("https://hub.example:8443"));
        const QString a
            = Store::CachePaths::cacheFile(hub, QStringLiteral("agent1"), QStringLiteral("/base"));
        const QString b
            = Store::CachePaths::cacheFile(hub, QStringLiteral("agent2"), QStringLiteral("/base"));
        const QString c
            = Store::CachePaths::cacheFile(QUrl(QStringLiteral("https://other.example")),
                QStringLiteral("agent1"), QStringLiteral("/base"));
        QVERIFY(a != b && a != c);
        QVERIFY(a.startsWith(QLatin1String("/base/accounts/")));
        QVERIFY(!a.contains(QLatin1String("agent1")) && !a.contains(QLatin1String("hub.example")));
        QCOMPARE(Store::CachePaths::cacheFile(QUrl(QStringLiteral("https://hub.example:8443/")),
                     QStringLiteral("Agent1"), QStringLiteral("/base")),
            a);
    }
};

QTEST_GUILESS_MAIN(CacheTest)
#include "tst_cache.moc"
