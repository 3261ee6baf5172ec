// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/TimelineText.h"
#include "domain/WireTime.h"
#include "storage/CallRepository.h"
#include "storage/ConversationRepository.h"
#include "storage/CustomerRepository.h"
#include "storage/MessageRepository.h"
#include "storage/MessageText.h"
#include "storage/Schema.h"
#include "storage/SqliteStorage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <algorithm>

using namespace Switchboard;
using namespace Switchboard::Hub;
using namespace Switchboard::Domain;

Q_DECLARE_METATYPE(Switchboard::Domain::Conversation)

// The timeline answers are written as text from the rows (MessageText, TimelineText) instead of
// through Message and QJsonObject; the desktop keeps each message's text as it arrives, so it must
// be exactly what the codecs wrote before.
class TestTimelineText : public QObject
{
    Q_OBJECT

private:
    static QByteArray compact(const QJsonObject &object)
    {
        return QJsonDocument(object).toJson(QJsonDocument::Compact);
    }

    struct Fixture
    {
        QTemporaryDir dir;
        std::unique_ptr<SqliteStorage> storage;
        Customer customer;
        Conversation conversation;

        Fixture()
        {
            storage = std::make_unique<SqliteStorage>(dir.filePath(QStringLiteral("hub.sqlite")));
            QString error;
            if (!storage->open(&error))
                qFatal("cannot open the hub's storage: %s", qPrintable(error));
            customer.name = QStringLiteral("Zoë \"Quotes\" Müller");
            customer = storage->customers().insert(customer);
            conversation.customerId = customer.id;
            conversation = storage->conversations().insert(conversation);
        }
        Message message(const QString &body, const QDateTime &at)
        {
            Message m;
            m.conversationId = conversation.id;
            m.customerId = customer.id;
            m.kind = MessageKind::Inbound;
            m.body = body;
            m.createdAt = at;
            return storage->messages().insert(m);
        }
    };

    // What GET /customers/{id}/timeline answered when it was built from codecs' objects.
    static QJsonObject codecTimeline(Storage &storage, const Customer &customer)
    {
        const QList<Message> messages
            = storage.messages().ofCustomer(customer.id, TimelineText::Limit + 1);
        const QList<CallRecord> calls
            = storage.calls().ofCustomer(customer.id, TimelineText::Limit + 1);
        QList<std::pair<QDateTime, QJsonObject>> items;
        for (const Message &m : messages)
            items.append({m.createdAt,
                {{QStringLiteral("type"), QStringLiteral("message")},
                    {QStringLiteral("at"), m.toJson().value(QLatin1String("created_at"))},
                    {QStringLiteral("message"), m.toJson()}}});
        for (const CallRecord &c : calls)
            items.append({c.offeredAt,
                {{QStringLiteral("type"), QStringLiteral("call")},
                    {QStringLiteral("at"), c.toJson().value(QLatin1String("offered_at"))},
                    {QStringLiteral("call"), c.toJson()}}});
        std::stable_sort(items.begin(), items.end(),
            [](const auto &a, const auto &b) { return a.first < b.first; });
        const bool truncated = items.size() > TimelineText::Limit;
        if (truncated)
            items = items.mid(items.size() - TimelineText::Limit);
        QJsonArray list;
        for (const auto &item : items)
            list.append(item.second);
        ConversationFilter filter;
        filter.customerId = customer.id;
        filter.limit = 500;
        QJsonArray conversations;
        for (const Conversation &c : storage.conversations().list(filter))
            conversations.append(c.toJson());
        return {{QStringLiteral("customer"), customer.toJson()},
            {QStringLiteral("conversations"), conversations}, {QStringLiteral("items"), list},
            {QStringLiteral("truncated"), truncated}};
    }

private Q_SLOTS:
    void messagesAreWrittenAsTheCodecWritesThem()
    {
        Fixture f;
        const QDateTime at = QDateTime(QDate(2026, 11, 24), QTime(1, 2, 3, 4), QTimeZone::utc());
        // Every character class the JSON writer treats differently.
        const QString tricky = QStringLiteral("quote \" backslash \\ slash / tab \t newline \n "
                                              "cr \r bs \b ff \f ctl \x01\x1f del \x7f é ü 漢字 ")
            + QString::fromUcs4(U"😀 \u2028 \ufeff end");
        Message full = f.message(tricky, at);
        full.kind = MessageKind::Reply;
        full.authorUserId = 7;
        full.authorName = QStringLiteral("Agent \"Seven\"");
        full.bodyHtml = QStringLiteral("<p>é</p>");
        full.channel = ChannelKind::WhatsApp;
        full.delivery = DeliveryState::Failed;
        full.deliveryError = QStringLiteral("line\nbreak");
        full.providerMessageId = QStringLiteral("wamid.1");
        full.channelMetadata = {{QStringLiteral("z"), 1},
            {QStringLiteral("a"), QJsonArray{1, 2.5, QStringLiteral("s"), QJsonValue(), true}}};
        full.clientId = QStringLiteral("c-1");
        f.storage->messages().updateDelivery(full);
        f.storage->messages().updateFromChannel(full);
        auto &db = f.storage->database();
        db.exec(QStringLiteral("UPDATE %1 SET %2 = ?, %3 = ?, %4 = ?, %5 = ?, %6 = ? WHERE %7 = ?")
                    .arg(Schema::Messages::table, Schema::Messages::authorUserId,
                        Schema::Messages::authorName, Schema::Messages::bodyHtml,
                        Schema::Messages::channel, Schema::Messages::kind, Schema::Messages::id),
            {7, full.authorName, full.bodyHtml, toWire(full.channel), toWire(full.kind), full.id});
        // No time, a time before 1970, the last millisecond of 9999, a lone surrogate (stored by
        // SQLite as bytes that are not UTF-8), an enum name the codec does not know.
        f.message(QStringLiteral("no time"), {});
        f.message(QStringLiteral("old"),
            QDateTime(QDate(1969, 7, 20), QTime(20, 17, 40, 5), QTimeZone::utc()));
        f.message(QStringLiteral("late"),
            QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59, 999), QTimeZone::utc()));
        f.message(QStringLiteral("lone ") + QChar(0xd800) + QStringLiteral(" surrogate"), at);
        const Message odd = f.message(QStringLiteral("odd enums"), at.addDays(-400));
        db.exec(QStringLiteral("UPDATE %1 SET %2 = 'bogus', %3 = 'Inbound', %4 = 'x', %5 = '[1]' "
                               "WHERE %6 = ?")
                    .arg(Schema::Messages::table, Schema::Messages::channel, Schema::Messages::kind,
                        Schema::Messages::delivery, Schema::Messages::channelMetadata,
                        Schema::Messages::id),
            {odd.id});

        const QList<Message> expected = f.storage->messages().ofCustomer(f.customer.id, 100);
        const QList<MessageText::Row> rows = MessageText(db).ofCustomer(f.customer.id, 100);
        QCOMPARE(rows.size(), expected.size());
        QCOMPARE(rows.size(), 6);
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const QJsonObject json = expected.at(i).toJson();
            QCOMPARE(rows.at(i).id, expected.at(i).id);
            QCOMPARE(rows.at(i).json, compact(json));
            QCOMPARE(rows.at(i).createdAtMs, WireTime::toMs(expected.at(i).createdAt));
            QCOMPARE(rows.at(i).createdAt,
                QJsonDocument(QJsonArray{json.value(QLatin1String("created_at"))})
                    .toJson(QJsonDocument::Compact)
                    .chopped(1)
                    .mid(1));
        }
        // The limit keeps the newest, oldest first, as the repository does.
        const QList<MessageText::Row> newest = MessageText(db).ofCustomer(f.customer.id, 2);
        QCOMPARE(newest.size(), 2);
        QCOMPARE(newest.at(0).id, expected.at(4).id);
        QCOMPARE(newest.at(1).id, expected.at(5).id);
    }

    void whispersAreWrittenAsTheCodecWritesThemAndOnlyForTheirReaders()
    {
        Fixture f;
        const QDateTime at = QDateTime(QDate(2026, 11, 24), QTime(9, 0), QTimeZone::utc());
        f.message(QStringLiteral("for everyone"), at);
        Message whisper;
        whisper.conversationId = f.conversation.id;
        whisper.customerId = f.customer.id;
        whisper.kind = MessageKind::Note;
        whisper.authorUserId = 2;
        whisper.body = QStringLiteral("only for 7");
        whisper.createdAt = at.addSecs(1);
        whisper.whisperTo = 7;
        whisper = f.storage->messages().insert(whisper);

        auto &db = f.storage->database();
        for (const MessageRepository::Reader &reader : {MessageRepository::Reader(),
                 MessageRepository::Reader(7), MessageRepository::Reader(8)}) {
            const QList<Message> expected
                = f.storage->messages().ofCustomer(f.customer.id, 100, reader);
            const QList<MessageText::Row> rows
                = MessageText(db).ofCustomer(f.customer.id, 100, reader);
            QCOMPARE(rows.size(), reader == 8 ? 1 : 2);
            QCOMPARE(rows.size(), expected.size());
            for (qsizetype i = 0; i < rows.size(); ++i)
                QCOMPARE(rows.at(i).json, compact(expected.at(i).toJson()));
        }
        const QByteArray text = MessageText(db).ofCustomer(f.customer.id, 100).last().json;
        QVERIFY(text.endsWith(",\"whisper_to\":7}"));
        QCOMPARE(Message::fromJson(QJsonDocument::fromJson(text).object())->whisperTo, 7);
    }

    void conversationsAreWrittenAsTheCodecWritesThem_data()
    {
        QTest::addColumn<Conversation>("conversation");
        const QDateTime at(QDate(2026, 11, 24), QTime(9, 30, 5, 7), QTimeZone::utc());
        Conversation plain;
        plain.id = 12;
        plain.customerId = 34;
        QTest::newRow("defaults") << plain;
        Conversation full = plain;
        full.channel = ChannelKind::FacebookComment;
        full.status = ConversationStatus::Pending;
        full.assigneeId = 5;
        full.priority = Priority::Urgent;
        full.slaDueAt = at.addDays(1);
        full.tags = {QStringLiteral("billing"), QStringLiteral("Zoë \"vip\" \\ \t")};
        full.subject = QStringLiteral("Quote \" backslash \\ newline \n bell \a é 漢字 ")
            + QString::fromUcs4(U"😀");
        full.externalThreadId = QStringLiteral("<a@b.example>");
        full.createdAt = at;
        full.updatedAt = at.addSecs(61);
        full.lastMessageAt = at.addMSecs(999);
        full.lastMessageId = 987654321;
        full.originConversationId = 7;
        full.queueId = 3;
        QTest::newRow("every field") << full;
        Conversation times = plain;
        times.createdAt = QDateTime::fromMSecsSinceEpoch(0, QTimeZone::utc());
        times.updatedAt = QDateTime(QDate(1969, 7, 20), QTime(20, 17, 40, 5), QTimeZone::utc());
        times.slaDueAt = QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59, 999), QTimeZone::utc());
        times.lastMessageAt = at.toTimeZone(QTimeZone(3600));
        QTest::newRow("the epoch, before 1970, the last millisecond of 9999, an offset") << times;
        Conversation surrogate = plain;
        surrogate.subject = QString(QChar(0xd800)) + QStringLiteral("lone");
        QTest::newRow("a lone surrogate") << surrogate;
        Conversation analysed = full;
        Analysis analysis;
        analysis.language = QStringLiteral("de");
        analysis.topic = QStringLiteral("billing");
        analysed.analysis = analysis;
        QTest::newRow("with an analysis") << analysed;
    }

    void conversationsAreWrittenAsTheCodecWritesThem()
    {
        QFETCH(Conversation, conversation);
        QCOMPARE(TimelineText::conversation(conversation), compact(conversation.toJson()));
    }

    void timelineIsWhatTheCodecsWrote()
    {
        Fixture f;
        const QDateTime at = QDateTime(QDate(2026, 1, 1), QTime(0, 0), QTimeZone::utc());
        f.message(QStringLiteral("first"), at);
        // A call at the same time as a message comes after it; one without a time first.
        CallRecord call;
        call.customerId = f.customer.id;
        call.fromNumber = QStringLiteral("+4930123");
        call.offeredAt = at;
        f.storage->calls().insert(call);
        call.offeredAt = at.addSecs(-60);
        f.storage->calls().insert(call);
        f.message(QStringLiteral("second"), at.addSecs(1));
        f.message(QStringLiteral("untimed"), {});
        Conversation other;
        other.customerId = f.customer.id;
        other.channel = ChannelKind::Voice;
        f.storage->conversations().insert(other);

        const QByteArray text = TimelineText(*f.storage).of(f.customer);
        QCOMPARE(text, compact(codecTimeline(*f.storage, f.customer)));
        QCOMPARE(
            QJsonDocument::fromJson(text).object().value(QLatin1String("items")).toArray().size(),
            5);
    }

    void timelineKeepsTheNewestThousandItems()
    {
        Fixture f;
        const QDateTime at = QDateTime(QDate(2026, 1, 1), QTime(0, 0), QTimeZone::utc());
        f.storage->database().begin();
        for (int i = 0; i < TimelineText::Limit; ++i)
            f.message(QStringLiteral("message %1").arg(i), at.addSecs(i));
        CallRecord call;
        call.customerId = f.customer.id;
        call.offeredAt = at.addSecs(TimelineText::Limit / 2);
        f.storage->calls().insert(call);
        f.storage->database().commit();

        const QByteArray text = TimelineText(*f.storage).of(f.customer);
        const QJsonObject timeline = QJsonDocument::fromJson(text).object();
        QVERIFY(timeline.value(QLatin1String("truncated")).toBool());
        QCOMPARE(timeline.value(QLatin1String("items")).toArray().size(), TimelineText::Limit);
        QCOMPARE(text, compact(codecTimeline(*f.storage, f.customer)));
    }
};

QTEST_GUILESS_MAIN(TestTimelineText)
#include "tst_timeline_text.moc"
