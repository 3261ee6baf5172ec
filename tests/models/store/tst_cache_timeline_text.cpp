// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The first sync reads timeline answers from their text (JsonScanner, TimelineReader) instead of
// a QJsonDocument of each: what it stores must be exactly what the parsed answer stores, and
// whatever it cannot read the same way must be left to the codecs.
#include "../item/CacheFixture.h"
#include "store/CacheWriter.h"
#include "store/RecordText.h"
#include "store/TimelineReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace Switchboard;
using namespace Switchboard::Domain;
using Switchboard::Test::CacheFixture;

namespace {

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

std::optional<Message> codecMessage(const QByteArray &text)
{
    return Message::fromJson(QJsonDocument::fromJson(text).object());
}

// Every row of every table the sync writes, with each value's type, in rowid order.
QStringList dump(Store::CacheDatabase &db)
{
    QStringList out;
    for (const char *table :
        {"users", "customers", "customers_fts", "conversations", "messages", "calls", "meta"}) {
        QSqlQuery query
            = db.exec(QStringLiteral("SELECT * FROM %1 ORDER BY rowid").arg(QLatin1String(table)));
        while (query.next()) {
            QStringList row{QLatin1String(table)};
            for (int i = 0; i < query.record().count(); ++i) {
                const QVariant value = query.value(i);
                row << (value.isNull()
                        ? QStringLiteral("NULL")
                        : QLatin1String(value.typeName()) + QLatin1Char(':') + value.toString());
            }
            out << row.join(QLatin1Char('|'));
        }
    }
    return out;
}

} // namespace

class CacheTimelineTextTest : public QObject
{
    Q_OBJECT

private:
    QJsonObject timeline(CacheFixture &cache, const QJsonArray &items)
    {
        return {{QStringLiteral("customer"), cache.customer(1, QStringLiteral("Zoë")).toJson()},
            {QStringLiteral("conversations"),
                QJsonArray{cache.conversation(1, 1, ChannelKind::Email, 3, {}, 0).toJson(),
                    cache.conversation(2, 1, ChannelKind::Sms, 3, {}, 0).toJson()}},
            {QStringLiteral("items"), items}, {QStringLiteral("truncated"), false}};
    }

    // Stores the text through the reader in one cache and through the parsed answer in another,
    // and compares every row.
    void compareWithParsed(const QByteArray &text)
    {
        CacheFixture viaText, viaTree;
        QString textError, treeError;
        bool textOk = false, treeOk = false;
        viaText.write([&](Store::CacheWriter &w, Store::ChangeSet &c) {
            textOk = w.applyTimelineText(text, c, &textError);
        });
        viaTree.write([&](Store::CacheWriter &w, Store::ChangeSet &c) {
            treeOk = w.applyTimeline(QJsonDocument::fromJson(text).object(), c, &treeError, text);
        });
        QCOMPARE(textOk, treeOk);
        QCOMPARE(textError, treeError);
        QCOMPARE(dump(viaText.readDb()), dump(viaTree.readDb()));
    }

private Q_SLOTS:
    void plainMessagesAreReadAsTheCodecReadsThem_data()
    {
        QTest::addColumn<QByteArray>("text");
        CacheFixture cache;
        Message full = cache.message(7, 1, 1, MessageKind::Reply,
            QStringLiteral("Quote \" backslash \\ tab \t newline \n é 漢字 ")
                + QString::fromUcs4(U"😀"),
            3);
        full.authorUserId = 4;
        full.authorName = QStringLiteral("Ann");
        full.bodyHtml = QStringLiteral("<p>x</p>");
        full.delivery = DeliveryState::Failed;
        full.deliveryError = QStringLiteral("");
        full.channelMetadata = {{QStringLiteral("b"), QJsonArray{1, 2.5}}};
        full.clientId = QStringLiteral("c-7");
        QTest::newRow("codec, every field") << compact(full.toJson());
        Message whisper = full;
        whisper.kind = MessageKind::Note;
        whisper.whisperTo = 5;
        QTest::newRow("codec, a whisper") << compact(whisper.toJson());
        QTest::newRow("whisper_to null") << QByteArray(
            "{\"id\":15,\"conversation_id\":1,\"customer_id\":1,\"channel\":\"email\","
            "\"kind\":\"note\",\"whisper_to\":null}");
        QTest::newRow("codec, no time")
            << compact(cache.message(8, 1, 1, MessageKind::Note, {}, 0).toJson());
        QTest::newRow("escapes") << QByteArray(
            "{\"id\":9,\"conversation_id\":1,\"customer_id\":1,\"channel\":\"email\","
            "\"kind\":\"inbound\",\"body\":\"\\u00e9\\/\\b\\f\\r\\ud83d\\ude00 lone \\ud800\","
            "\"author_name\":\"\",\"client_id\":null}");
        QTest::newRow("absent optional fields, unknown ones")
            << QByteArray("{\"kind\":\"note\",\"id\":10,\"customer_id\":2,\"conversation_id\":3,"
                          "\"channel\":\"sms\",\"future\":{\"a\":[1,{\"b\":null}]},\"x\":-1.5e3}");
        QTest::newRow("time with an offset") << QByteArray(
            "{\"id\":11,\"conversation_id\":1,\"customer_id\":1,\"channel\":\"email\","
            "\"kind\":\"inbound\",\"created_at\":\"2026-11-24T02:03:04.005+01:00\"}");
        QTest::newRow("time in the hub's form") << QByteArray(
            "{\"id\":12,\"conversation_id\":1,\"customer_id\":1,\"channel\":\"email\","
            "\"kind\":\"inbound\",\"created_at\":\"2024-02-29T23:59:59.999Z\"}");
        // Outside the hub's own form: read through WireTime, as the codec reads it.
        QTest::newRow("hour 24") << QByteArray(
            "{\"id\":13,\"conversation_id\":1,\"customer_id\":1,\"channel\":\"email\","
            "\"kind\":\"inbound\",\"created_at\":\"2026-11-24T24:00:00.000Z\"}");
        QTest::newRow("before 1970") << QByteArray(
            "{\"id\":14,\"conversation_id\":1,\"customer_id\":1,\"channel\":\"email\","
            "\"kind\":\"inbound\",\"created_at\":\"1969-07-20T20:17:40.000Z\"}");
    }
    void plainMessagesAreReadAsTheCodecReadsThem()
    {
        QFETCH(QByteArray, text);
        const auto plain = Store::TimelineReader::plainMessage(text);
        const auto codec = codecMessage(text);
        QVERIFY(codec);
        QVERIFY(plain);
        QCOMPARE(*plain, *codec);
        // == does not tell a null string from an empty one; the cache does (NULL and '').
        for (const auto field : {&Message::authorName, &Message::body, &Message::bodyHtml,
                 &Message::deliveryError, &Message::providerMessageId, &Message::clientId})
            QCOMPARE((*plain.*field).isNull(), (*codec.*field).isNull());
        QCOMPARE(plain->createdAt.toMSecsSinceEpoch(), codec->createdAt.toMSecsSinceEpoch());
    }

    void otherFormsAreLeftToTheCodec_data()
    {
        QTest::addColumn<QByteArray>("text");
        const QByteArray rest
            = "\"conversation_id\":1,\"customer_id\":1,\"channel\":\"email\",\"kind\":\"inbound\"";
        QTest::newRow("escaped key") << "{\"\\u0069d\":1," + rest + '}';
        QTest::newRow("repeated key") << "{\"id\":1,\"id\":2," + rest + '}';
        QTest::newRow("id as 1.0") << "{\"id\":1.0," + rest + '}';
        QTest::newRow("id as 1e0") << "{\"id\":1e0," + rest + '}';
        QTest::newRow("id 0") << "{\"id\":0," + rest + '}';
        QTest::newRow("id above 2^53") << "{\"id\":9007199254740992," + rest + '}';
        QTest::newRow("id as a string") << "{\"id\":\"1\"," + rest + '}';
        QTest::newRow("no id") << '{' + rest + '}';
        QTest::newRow("unknown kind")
            << QByteArray("{\"id\":1,\"conversation_id\":1,\"customer_id\":1,\"channel\":\"email\","
                          "\"kind\":\"Inbound\"}");
        QTest::newRow("time without offset")
            << "{\"id\":1,\"created_at\":\"2026-11-24T01:02:03\"," + rest + '}';
        QTest::newRow("metadata not an object")
            << "{\"id\":1,\"channel_metadata\":[]," + rest + '}';
        // The codec takes a whisper_to of 0 (no whisper) and refuses the rest; either way not
        // the hub's form.
        QTest::newRow("whisper_to 0") << "{\"id\":1,\"whisper_to\":0," + rest + '}';
        QTest::newRow("whisper_to as a string") << "{\"id\":1,\"whisper_to\":\"5\"," + rest + '}';
        QTest::newRow("whisper_to negative") << "{\"id\":1,\"whisper_to\":-5," + rest + '}';
        QTest::newRow("NUL escape") << "{\"id\":1,\"body\":\"a\\u0000b\"," + rest + '}';
        QTest::newRow("not an object") << QByteArray("[1]");
    }
    void otherFormsAreLeftToTheCodec()
    {
        QFETCH(QByteArray, text);
        QVERIFY(!Store::TimelineReader::plainMessage(text));
    }

    void timelineTextStoresWhatTheParsedAnswerStores()
    {
        CacheFixture cache;
        QJsonArray items;
        QList<Message> messages{
            cache.message(1, 1, 1, MessageKind::Inbound, QStringLiteral("one \"}]\" \\"), 1),
            cache.message(2, 1, 1, MessageKind::Reply, QStringLiteral("answer"), 2),
            cache.message(3, 2, 1, MessageKind::Inbound, QStringLiteral(""), 3),
            cache.message(4, 2, 1, MessageKind::Note, QStringLiteral("note é"), 4),
            cache.message(5, 2, 1, MessageKind::Inbound, QStringLiteral("after"), 5)};
        // A supervisor's whisper to agent 3: its column is written on both paths alike.
        messages[3].whisperTo = 3;
        for (const Message &message : messages)
            items.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("message")},
                {QStringLiteral("at"), message.toJson().value(QLatin1String("created_at"))},
                {QStringLiteral("message"), message.toJson()}});
        CallRecord call;
        call.id = 1;
        call.customerId = 1;
        call.offeredAt = CacheFixture::at(2);
        items.insert(2,
            QJsonObject{{QStringLiteral("type"), QStringLiteral("call")},
                {QStringLiteral("call"), call.toJson()}});
        items.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("future")}});
        const QJsonObject answer = timeline(cache, items);
        const QByteArray text = compact(answer);
        {
            Store::TimelineRecords records;
            QCOMPARE(Store::TimelineReader::read(text, records, nullptr),
                Store::TimelineReader::Outcome::Read);
            QCOMPARE(records.messages.size(), 5);
            QCOMPARE(records.messages.at(3).first.whisperTo, Id(3));
            QCOMPARE(records.messages.at(4).first.whisperTo, Id(0));
            QCOMPARE(records.calls.size(), 1);
        }
        compareWithParsed(text);
        // Indented text, and a message in a form only the codec reads, come out the same.
        compareWithParsed(QJsonDocument(answer).toJson(QJsonDocument::Indented));
        QByteArray oddMessage = text;
        oddMessage.replace("\"id\":3,", "\"id\":3.0,");
        QVERIFY(oddMessage != text);
        compareWithParsed(oddMessage);
        // A record the codec refuses stores nothing, with the same words.
        QByteArray refused = text;
        refused.replace("\"id\":4,", "\"id\":\"x\",");
        QVERIFY(refused != text);
        compareWithParsed(refused);
        Store::TimelineRecords records;
        QString error;
        QCOMPARE(Store::TimelineReader::read(refused, records, &error),
            Store::TimelineReader::Outcome::Refused);
        QVERIFY(error.contains(QLatin1String("id")));
        QVERIFY(!records.customer);
        // Text outside the plain form is parsed whole, as before.
        QByteArray repeated = text;
        repeated.replace("{\"conversations\":", "{\"items\":[],\"conversations\":");
        QVERIFY(repeated != text);
        QCOMPARE(Store::TimelineReader::read(repeated, records, nullptr),
            Store::TimelineReader::Outcome::NotPlain);
        compareWithParsed(repeated);
    }

    void messageRowsAreWhatTheQtDriverWrites()
    {
        // Messages are inserted through SQLite's C API (MessageInsert); each column must hold
        // what binding the same values through QSqlQuery stores.
        CacheFixture cache;
        const QList<QString> bodies{QString(), QStringLiteral(""), QStringLiteral("é 漢字"),
            QStringLiteral("lone ") + QChar(0xd800)};
        cache.write([&](Store::CacheWriter &w, Store::ChangeSet &c) {
            for (qsizetype i = 0; i < bodies.size(); ++i) {
                Message m = cache.message(i + 1, 1, 1, MessageKind::Note, {}, int(i));
                m.body = bodies.at(i);
                if (i == 0)
                    m.createdAt = {};
                w.insertMessage(m, c, false);
            }
        });
        Store::CacheDatabase &db = cache.writeDb();
        db.exec(QStringLiteral("CREATE TEMP TABLE expected (id INTEGER, body TEXT, created_at)"));
        for (qsizetype i = 0; i < bodies.size(); ++i)
            db.exec(QStringLiteral("INSERT INTO expected VALUES (?, ?, ?)"),
                {i + 1, bodies.at(i),
                    i == 0 ? QVariant(QMetaType::fromType<qint64>())
                           : QVariant(CacheFixture::at(int(i)).toMSecsSinceEpoch())});
        QSqlQuery same = db.exec(
            QStringLiteral("SELECT count(*) FROM messages m JOIN expected e ON e.id = m.id WHERE "
                           "m.body IS e.body AND typeof(m.body) = typeof(e.body) AND "
                           "m.created_at IS e.created_at AND m.kind = 'note'"));
        QVERIFY(same.next());
        // The first has no body and no time: the schema's NOT NULL refuses it, and INSERT OR
        // IGNORE ignores it, on either path.
        QCOMPARE(same.value(0).toInt(), int(bodies.size()) - 1);
        same.finish();
        QSqlQuery count = db.exec(QStringLiteral("SELECT count(*) FROM messages"));
        QVERIFY(count.next());
        QCOMPARE(count.value(0).toInt(), int(bodies.size()) - 1);
    }

    // Whole: only text that is JSON. Structure alone (the first sync's answers, whose elements
    // are read and checked again): the same slices wherever the whole text is JSON, the
    // elements of text whose insides are not, and nothing where the structure is broken.
    void scannerPassesOnlyJson_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("elements"); // -1: refused
        QTest::addColumn<int>("byStructure"); // -1: refused
        QTest::newRow("nested values") << QByteArray(
            "{\"a\":{\"b\":[1,-2.5e+3,0,true,null,\"\\u00e9\\\"\",{}]},\"items\":[{},[]]}")
                                       << 2 << 2;
        QTest::newRow("whitespace")
            << QByteArray(" {\n\t\"items\" : [ 1 , \"x\" ] }\r\n") << 2 << 2;
        QTest::newRow("no items") << QByteArray("{\"other\":[]}") << 0 << 0;
        // Quotes and brackets inside strings, escaped quotes after runs of backslashes.
        QTest::newRow("escapes") << QByteArray(
            "{\"items\":[\"a\\\\\",\"b\\\\\\\"]\",{\"k\":\"}],[\\\"\"},[[\"x\"],{}],-1.5e3,null],"
            "\"missing\":[]}") << 6
                                 << 6;
        QTest::newRow("multi-byte text")
            << QByteArray("{\"items\":[\"Müll \xe6\x97\xa5\",{\"é\":1}]}") << 2 << 2;
        QTest::newRow("trailing comma") << QByteArray("{\"items\":[1,]}") << -1 << -1;
        QTest::newRow("raw control character") << QByteArray("{\"items\":[\"a\x01\"]}") << -1 << 1;
        QTest::newRow("unknown escape") << QByteArray("{\"items\":[\"\\q\"]}") << -1 << 1;
        QTest::newRow("short unicode escape") << QByteArray("{\"items\":[\"\\u00g0\"]}") << -1 << 1;
        QTest::newRow("invalid UTF-8") << QByteArray("{\"items\":[\"\xff\"]}") << -1 << 1;
        QTest::newRow("encoded surrogate")
            << QByteArray("{\"items\":[\"\xed\xa0\x80\"]}") << -1 << 1;
        QTest::newRow("leading zero") << QByteArray("{\"items\":[01]}") << -1 << 1;
        QTest::newRow("bare fraction") << QByteArray("{\"items\":[1.]}") << -1 << 1;
        QTest::newRow("bad literal") << QByteArray("{\"items\":[tru]}") << -1 << 1;
        QTest::newRow("text after the object") << QByteArray("{\"items\":[]} x") << -1 << -1;
        QTest::newRow("unclosed") << QByteArray("{\"items\":[\"a\"") << -1 << -1;
        QTest::newRow("unclosed string") << QByteArray("{\"items\":[\"a\\\"]}") << -1 << -1;
        QTest::newRow("unclosed container") << QByteArray("{\"items\":[{\"a\":[1]}") << -1 << -1;
        QTest::newRow("closer for a value") << QByteArray("{\"items\":[1,}]}") << -1 << -1;
        QTest::newRow("repeated key") << QByteArray("{\"items\":[],\"items\":[]}") << -1 << -1;
        QTest::newRow("not an object") << QByteArray("[\"items\"]") << -1 << -1;
    }
    void scannerPassesOnlyJson()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, elements);
        QFETCH(int, byStructure);
        using Store::RecordText;
        const auto found = RecordText::arrayElements(text, "items");
        QCOMPARE(found.has_value(), elements >= 0);
        if (found) {
            QCOMPARE(found->size(), elements);
            QJsonParseError error;
            QJsonDocument::fromJson(text, &error);
            QCOMPARE(error.error, QJsonParseError::NoError);
        }
        const auto split = RecordText::arrayElements(text, "items", RecordText::Check::Structure);
        QCOMPARE(split.has_value(), byStructure >= 0);
        if (split)
            QCOMPARE(split->size(), byStructure);
        if (found && split)
            QCOMPARE(*split, *found);
    }
};

QTEST_GUILESS_MAIN(CacheTimelineTextTest)
#include "tst_cache_timeline_text.moc"
