// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A supervisor's whisper in the desktop cache: whom it is for is written by every path that
// stores a message (the first sync's text, a parsed timeline, live events, updates), read back
// after the cache is reopened, and filled in when a version 4 cache is migrated.
#include "../item/CacheFixture.h"
#include "store/CacheMigrations.h"
#include "store/CacheReader.h"
#include "store/CacheWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Switchboard;
using namespace Switchboard::Domain;
using namespace Qt::StringLiterals;
using Switchboard::Test::CacheFixture;

namespace {

constexpr Id Agent = 3;

Event messageEvent(Seq seq, QLatin1String type, const Message &message)
{
    Event event;
    event.seq = seq;
    event.type = type;
    event.at = message.createdAt;
    event.data = message.toJson();
    return event;
}

// One timeline answer of customer `customerId` holding the messages, as the hub writes it.
QByteArray timelineText(CacheFixture &f, Id customerId, const QList<Message> &messages)
{
    QJsonArray items;
    for (const Message &message : messages)
        items.append(QJsonObject{{u"type"_s, u"message"_s}, {u"message"_s, message.toJson()}});
    const QJsonObject answer{{u"customer"_s, f.customer(customerId, u"Zoë"_s).toJson()},
        {u"conversations"_s,
            QJsonArray{
                f.conversation(customerId, customerId, ChannelKind::Email, Agent, {}, 0).toJson()}},
        {u"items"_s, items}};
    return QJsonDocument(answer).toJson(QJsonDocument::Compact);
}

// The whisper_to column of every message, by id.
QHash<Id, QVariant> whisperColumn(Store::CacheDatabase &db)
{
    QHash<Id, QVariant> out;
    QSqlQuery query = db.exec(u"SELECT id, whisper_to FROM messages"_s);
    while (query.next())
        out.insert(query.value(0).toLongLong(), query.value(1));
    return out;
}

} // namespace

class CacheWhispersTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aWhisperIsKeptByEveryPathAndAfterReopening()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"cache.sqlite"_s);
        CacheFixture f; // only for building records
        // Customer 1's messages come with the first sync's text, customer 2's as a parsed
        // timeline, customer 3's as live events (one created, one first seen as an update).
        const auto note = [&](Id id, Id customer, const QString &body) {
            Message m = f.message(id, customer, customer, MessageKind::Note, body, int(id));
            m.authorName = u"Sam Supervisor"_s;
            return m;
        };
        const auto whisper = [&](Id id, Id customer, const QString &body) {
            Message m = note(id, customer, body);
            m.whisperTo = Agent;
            return m;
        };
        const QList<Message> text{whisper(11, 1, u"Offer the refund"_s), note(12, 1, u"n"_s)};
        const QList<Message> parsed{whisper(21, 2, u"Mind the tone"_s), note(22, 2, u"n"_s)};
        const Message created = whisper(31, 3, u"Escalate if needed"_s);
        const Message updatedUnseen = whisper(32, 3, u"Check the order"_s);
        {
            Store::CacheDatabase db;
            QVERIFY(db.open(path).ok);
            Store::CacheWriter writer(db);
            Store::ChangeSet changes;
            db.transaction([&] {
                writer.upsertUser(f.user(Agent, u"Ana Agent"_s), changes);
                QString error;
                QVERIFY2(writer.applyTimelineText(timelineText(f, 1, text), changes, &error,
                             Store::CacheWriter::FullText::Deferred),
                    qPrintable(error));
                const QJsonObject answer
                    = QJsonDocument::fromJson(timelineText(f, 2, parsed)).object();
                QVERIFY(writer.applyTimeline(answer, changes, &error));
                writer.upsertCustomer(f.customer(3, u"Yusuf"_s), changes);
                writer.upsertConversation(
                    f.conversation(3, 3, ChannelKind::Email, Agent, {}, 0), changes);
                QCOMPARE(writer.applyEvents(
                             {messageEvent(1, EventType::MessageCreated, created),
                                 messageEvent(2, EventType::MessageUpdated, updatedUnseen)},
                             changes),
                    (QList<Seq>{1, 2}));
                // An edit of a whisper keeps it a whisper.
                Message edited = created;
                edited.body = u"Escalate to billing if needed"_s;
                QCOMPARE(writer.applyEvents(
                             {messageEvent(3, EventType::MessageUpdated, edited)}, changes),
                    QList<Seq>{3});
            });
        }

        Store::CacheDatabase db;
        const auto reopened = db.open(path);
        QVERIFY2(reopened.ok, qPrintable(reopened.error));
        QVERIFY(!reopened.recreated);
        const QHash<Id, QVariant> column = whisperColumn(db);
        QCOMPARE(column.size(), 6);
        for (const Id id : {11, 21, 31, 32})
            QCOMPARE(column.value(id).toLongLong(), Agent);
        for (const Id id : {12, 22})
            QCOMPARE(column.value(id).toLongLong(), Id(0));

        Store::CacheReader reader(db);
        for (const Id customer : {1, 2, 3}) {
            const QList<Store::TimelineEntry> entries
                = reader.timelinePage(customer, std::nullopt, 10);
            QCOMPARE(entries.size(), 2);
            for (const Store::TimelineEntry &entry : entries) {
                const bool isWhisper = entry.message.id % 10 == 1 || entry.message.id == 32;
                QCOMPARE(entry.message.whisperTo, isWhisper ? Agent : Id(0));
                QCOMPARE(entry.whisperToName, isWhisper ? u"Ana Agent"_s : QString());
            }
            const QList<Message> page = reader.messagesPage(customer, 0, 10);
            QCOMPARE(page.size(), 2);
            // Newest first: the plain note (a second whisper for customer 3), then the whisper.
            QCOMPARE(page.first().whisperTo, customer == 3 ? Agent : Id(0));
            QCOMPARE(page.last().whisperTo, Agent);
        }
        QCOMPARE(reader.message(31)->whisperTo, Agent);
        QCOMPARE(reader.message(31)->body, u"Escalate to billing if needed"_s);
        QCOMPARE(reader.message(12)->whisperTo, Id(0));
    }

    void aVersion4CacheKeepsItsMessagesWhenMigrated()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"cache.sqlite"_s);
        {
            Store::CacheDatabase db;
            QVERIFY(db.open(path).ok);
            CacheFixture f;
            Store::CacheWriter writer(db);
            Store::ChangeSet changes;
            Message plain = f.message(1, 1, 1, MessageKind::Inbound, u"Where is my parcel?"_s, 1);
            Message whisper = f.message(2, 1, 1, MessageKind::Note, u"Refund it"_s, 2);
            whisper.whisperTo = Agent;
            db.transaction([&] {
                writer.upsertCustomer(f.customer(1, u"Zoë"_s), changes);
                writer.insertMessage(plain, changes, false);
                writer.insertMessage(whisper, changes, false);
            });
            // Back to the schema of version 4: messages without the whisper column, the hub's
            // JSON (whisper_to included) as version 4 kept it.
            db.exec(u"ALTER TABLE messages DROP COLUMN whisper_to"_s);
            db.exec(u"PRAGMA user_version = 4"_s);
        }
        Store::CacheDatabase db;
        const auto result = db.open(path);
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(!result.recreated);
        QCOMPARE(db.schemaVersion(), Store::CacheMigrations::latestVersion());
        const QHash<Id, QVariant> column = whisperColumn(db);
        QCOMPARE(column.size(), 2);
        QCOMPARE(column.value(1), QVariant(qint64(0)));
        QCOMPARE(column.value(2).toLongLong(), Agent);
        Store::CacheReader reader(db);
        const QList<Message> page = reader.messagesPage(1, 0, 10);
        QCOMPARE(page.size(), 2);
        QCOMPARE(page.last().body, u"Where is my parcel?"_s);
        QCOMPARE(page.last().whisperTo, Id(0));
        QCOMPARE(page.first().whisperTo, Agent);
        // The full-text index still finds what was there before.
        QCOMPARE(reader.search(u"parcel"_s, 10).size(), 1);
    }
};

QTEST_GUILESS_MAIN(CacheWhispersTest)
#include "tst_cache_whispers.moc"
