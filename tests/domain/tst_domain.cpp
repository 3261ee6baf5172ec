// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/CallRecord.h"
#include "domain/Conversation.h"
#include "domain/Customer.h"
#include "domain/Enums.h"
#include "domain/Event.h"
#include "domain/JsonReader.h"
#include "domain/Message.h"
#include "domain/User.h"
#include "domain/WireTime.h"

#include <QRegularExpression>
#include <QTest>
#include <QTimeZone>
#include <limits>

using namespace Switchboard;
using namespace Switchboard::Domain;

//! The value types and their wire codecs, shared by the desktop and the hub: a mistake here
//! shows up on both ends at once.
class TestDomain : public QObject
{
    Q_OBJECT

private:
    static QDateTime utc(int year, int month, int day, int h, int m, int s, int ms = 0)
    {
        return QDateTime(QDate(year, month, day), QTime(h, m, s, ms), QTimeZone::utc());
    }

    //! Checks an enum's wire names against the expected list, in declaration order.
    template <typename E> static void checkWireNames(const QStringList &names)
    {
        QCOMPARE(allWireNames<E>(), names);
        for (int i = 0; i < names.size(); ++i) {
            const E value = static_cast<E>(i);
            const QString &name = names.at(i);
            QCOMPARE(toWire(value), name);
            const std::optional<E> parsed = fromWire<E>(name);
            QVERIFY2(parsed, qPrintable(name));
            QCOMPARE(*parsed, value);
            // Wire names are case-sensitive: a client sending "Email" has a bug to fix.
            QVERIFY2(!fromWire<E>(name.toUpper()), qPrintable(name.toUpper()));
            const QString capitalised = name.at(0).toUpper() + name.mid(1);
            QVERIFY2(!fromWire<E>(capitalised), qPrintable(capitalised));
            QVERIFY(!fromWire<E>(QString(QLatin1Char(' ') + name)));
            QVERIFY(!fromWire<E>(QString(name + QLatin1Char(' '))));
        }
        QVERIFY(!fromWire<E>(QString()));
        QVERIFY(!fromWire<E>(QStringLiteral("unknown")));
        QVERIFY(!fromWire<E>(QStringLiteral("fax")));
    }

    static Customer sampleCustomer()
    {
        Customer c;
        c.id = 42;
        c.name = QStringLiteral("Ann Example");
        c.language = QStringLiteral("pt-BR");
        c.tags = {QStringLiteral("vip"), QStringLiteral("b2b")};
        c.notes = QStringLiteral("Prefers calls after 5pm");
        c.identities = {{7, IdentityKind::Email, QStringLiteral("ann@example.net")},
            {8, IdentityKind::Phone, QStringLiteral("+4930123456")},
            {9, IdentityKind::X, QStringLiteral("@ann")}};
        c.createdAt = utc(2026, 1, 2, 3, 4, 5, 678);
        c.updatedAt = utc(2026, 2, 3, 4, 5, 6, 789);
        return c;
    }
    static Conversation sampleConversation(bool assigned)
    {
        Conversation c;
        c.id = 100;
        c.customerId = 42;
        c.channel = ChannelKind::InstagramComment;
        c.status = ConversationStatus::Pending;
        if (assigned) {
            c.assigneeId = 5;
            c.slaDueAt = utc(2026, 3, 1, 12, 0, 0, 1);
        }
        c.priority = Priority::Urgent;
        c.tags = {QStringLiteral("refund")};
        c.subject = QStringLiteral("Where is my parcel?");
        c.externalThreadId = QStringLiteral("ig-post-1789");
        c.createdAt = utc(2026, 3, 1, 10, 0, 0, 0);
        c.updatedAt = utc(2026, 3, 1, 11, 0, 0, 500);
        c.lastMessageAt = utc(2026, 3, 1, 10, 59, 59, 999);
        c.lastMessageId = 9000;
        return c;
    }
    static Message sampleMessage()
    {
        Message m;
        m.id = 9000;
        m.conversationId = 100;
        m.customerId = 42;
        m.channel = ChannelKind::Email;
        m.kind = MessageKind::Reply;
        m.authorUserId = 5;
        m.authorName = QStringLiteral("Agent Smith");
        m.body = QStringLiteral("Your parcel left the depot.\nTrack it here.");
        m.bodyHtml = QStringLiteral("<p>Your parcel left the depot.</p>");
        m.createdAt = utc(2026, 3, 1, 10, 59, 59, 999);
        m.delivery = DeliveryState::Failed;
        m.deliveryError = QStringLiteral("550 mailbox unavailable");
        m.providerMessageId = QStringLiteral("<abc@mail.example.net>");
        m.channelMetadata = {{QStringLiteral("in_reply_to"), QStringLiteral("<x@y>")},
            {QStringLiteral("attachments"), QJsonArray{QStringLiteral("label.pdf")}}};
        m.clientId = QStringLiteral("desktop-7:42");
        return m;
    }
    static CallRecord sampleCall()
    {
        CallRecord c;
        c.id = 77;
        c.customerId = 42;
        c.conversationId = 101;
        c.direction = CallDirection::Outbound;
        c.fromNumber = QStringLiteral("+4930999");
        c.toNumber = QStringLiteral("+4930123456");
        c.agentId = 5;
        c.offeredAt = utc(2026, 3, 2, 9, 0, 0, 0);
        c.answeredAt = utc(2026, 3, 2, 9, 0, 7, 250);
        c.endedAt = utc(2026, 3, 2, 9, 4, 7, 250);
        c.durationSeconds = 240;
        c.disposition = QStringLiteral("callback");
        c.wrapUpNotes = QStringLiteral("Call back on Monday");
        c.recordingUrl = QStringLiteral("https://recordings.example.net/77.wav");
        c.providerCallId = QStringLiteral("CA123");
        return c;
    }
    static User sampleUser()
    {
        User u;
        u.id = 5;
        u.username = QStringLiteral("smith");
        u.name = QStringLiteral("Agent Smith");
        u.role = Role::Supervisor;
        u.skills = {QStringLiteral("billing"), QStringLiteral("german")};
        u.languages = {QStringLiteral("de"), QStringLiteral("en")};
        u.capacity = {{ChannelKind::Email, 5}, {ChannelKind::Voice, 1}, {ChannelKind::XPost, 0}};
        u.presence = {PresenceState::AfterCallWork, QStringLiteral("notes for 77"),
            utc(2026, 3, 2, 9, 4, 8, 1)};
        u.active = false;
        return u;
    }
    static Event sampleEvent()
    {
        Event e;
        e.seq = 123456;
        e.type = EventType::CallUpdated;
        e.at = utc(2026, 3, 2, 9, 5, 0, 42);
        e.data = sampleCall().toJson();
        return e;
    }

    //! The sample record of a type, as JSON.
    static QJsonObject sampleJson(const QString &type)
    {
        if (type == QLatin1String("customer"))
            return sampleCustomer().toJson();
        if (type == QLatin1String("conversation"))
            return sampleConversation(true).toJson();
        if (type == QLatin1String("message"))
            return sampleMessage().toJson();
        if (type == QLatin1String("call"))
            return sampleCall().toJson();
        if (type == QLatin1String("user"))
            return sampleUser().toJson();
        return sampleEvent().toJson();
    }
    //! Parses json as the named type; true when it was accepted.
    static bool parses(const QString &type, const QJsonObject &json, QString *error)
    {
        if (type == QLatin1String("customer"))
            return Customer::fromJson(json, error).has_value();
        if (type == QLatin1String("conversation"))
            return Conversation::fromJson(json, error).has_value();
        if (type == QLatin1String("message"))
            return Message::fromJson(json, error).has_value();
        if (type == QLatin1String("call"))
            return CallRecord::fromJson(json, error).has_value();
        if (type == QLatin1String("user"))
            return User::fromJson(json, error).has_value();
        return Event::fromJson(json, error).has_value();
    }

private Q_SLOTS:
    void wireNamesRoundTrip_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QStringList>("names");
        QTest::newRow("ChannelKind")
            << "ChannelKind"
            << QStringList{QStringLiteral("voice"), QStringLiteral("email"), QStringLiteral("sms"),
                   QStringLiteral("whatsapp"), QStringLiteral("messenger"),
                   QStringLiteral("instagram_dm"), QStringLiteral("x_dm"),
                   QStringLiteral("facebook_comment"), QStringLiteral("instagram_comment"),
                   QStringLiteral("x_post")};
        QTest::newRow("Visibility")
            << "Visibility" << QStringList{QStringLiteral("private"), QStringLiteral("public")};
        QTest::newRow("ConversationStatus")
            << "ConversationStatus"
            << QStringList{
                   QStringLiteral("open"), QStringLiteral("pending"), QStringLiteral("resolved")};
        QTest::newRow("Priority") << "Priority"
                                  << QStringList{QStringLiteral("low"), QStringLiteral("normal"),
                                         QStringLiteral("high"), QStringLiteral("urgent")};
        QTest::newRow("MessageKind") << "MessageKind"
                                     << QStringList{QStringLiteral("inbound"),
                                            QStringLiteral("reply"), QStringLiteral("note")};
        QTest::newRow("DeliveryState")
            << "DeliveryState"
            << QStringList{QStringLiteral("none"), QStringLiteral("queued"), QStringLiteral("sent"),
                   QStringLiteral("delivered"), QStringLiteral("read"), QStringLiteral("failed")};
        QTest::newRow("Role") << "Role"
                              << QStringList{QStringLiteral("agent"), QStringLiteral("supervisor"),
                                     QStringLiteral("admin")};
        QTest::newRow("PresenceState")
            << "PresenceState"
            << QStringList{QStringLiteral("available"), QStringLiteral("busy"),
                   QStringLiteral("break"), QStringLiteral("lunch"), QStringLiteral("training"),
                   QStringLiteral("after_call_work"), QStringLiteral("offline")};
        QTest::newRow("CallDirection")
            << "CallDirection"
            << QStringList{QStringLiteral("inbound"), QStringLiteral("outbound")};
        QTest::newRow("IdentityKind")
            << "IdentityKind"
            << QStringList{QStringLiteral("email"), QStringLiteral("phone"), QStringLiteral("x"),
                   QStringLiteral("facebook"), QStringLiteral("instagram"),
                   QStringLiteral("whatsapp")};
    }
    void wireNamesRoundTrip()
    {
        QFETCH(QString, type);
        QFETCH(QStringList, names);
        if (type == QLatin1String("ChannelKind"))
            checkWireNames<ChannelKind>(names);
        else if (type == QLatin1String("Visibility"))
            checkWireNames<Visibility>(names);
        else if (type == QLatin1String("ConversationStatus"))
            checkWireNames<ConversationStatus>(names);
        else if (type == QLatin1String("Priority"))
            checkWireNames<Priority>(names);
        else if (type == QLatin1String("MessageKind"))
            checkWireNames<MessageKind>(names);
        else if (type == QLatin1String("DeliveryState"))
            checkWireNames<DeliveryState>(names);
        else if (type == QLatin1String("Role"))
            checkWireNames<Role>(names);
        else if (type == QLatin1String("PresenceState"))
            checkWireNames<PresenceState>(names);
        else if (type == QLatin1String("CallDirection"))
            checkWireNames<CallDirection>(names);
        else if (type == QLatin1String("IdentityKind"))
            checkWireNames<IdentityKind>(names);
        else
            QFAIL("unknown enum in test data");
    }

    void channelVisibility_data()
    {
        QTest::addColumn<QString>("channel");
        QTest::addColumn<QString>("visibility");
        QTest::newRow("voice") << "voice"
                               << "private";
        QTest::newRow("email") << "email"
                               << "private";
        QTest::newRow("sms") << "sms"
                             << "private";
        QTest::newRow("whatsapp") << "whatsapp"
                                  << "private";
        QTest::newRow("messenger") << "messenger"
                                   << "private";
        QTest::newRow("instagram_dm") << "instagram_dm"
                                      << "private";
        QTest::newRow("x_dm") << "x_dm"
                              << "private";
        QTest::newRow("facebook_comment") << "facebook_comment"
                                          << "public";
        QTest::newRow("instagram_comment") << "instagram_comment"
                                           << "public";
        QTest::newRow("x_post") << "x_post"
                                << "public";
    }
    void channelVisibility()
    {
        QFETCH(QString, channel);
        QFETCH(QString, visibility);
        const auto kind = fromWire<ChannelKind>(channel);
        QVERIFY(kind);
        QCOMPARE(toWire(visibilityOf(*kind)), visibility);
        Conversation c;
        c.channel = *kind;
        QCOMPARE(toWire(c.visibility()), visibility);
        QCOMPARE(c.toJson().value(QLatin1String("visibility")).toString(), visibility);
    }

    void everyChannelKindIsListed()
    {
        const QList<ChannelKind> all = allChannelKinds();
        QCOMPARE(all.size(), 10);
        for (int i = 0; i < all.size(); ++i)
            QCOMPARE(all.at(i), static_cast<ChannelKind>(i));
    }

    void rolesAreOrdered_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("minimum");
        QTest::addColumn<bool>("allowed");
        const QStringList roles{
            QStringLiteral("agent"), QStringLiteral("supervisor"), QStringLiteral("admin")};
        for (int r = 0; r < roles.size(); ++r) {
            for (int m = 0; m < roles.size(); ++m) {
                QTest::addRow("%s at least %s", qPrintable(roles.at(r)), qPrintable(roles.at(m)))
                    << roles.at(r) << roles.at(m) << (r >= m);
            }
        }
    }
    void rolesAreOrdered()
    {
        QFETCH(QString, role);
        QFETCH(QString, minimum);
        QFETCH(bool, allowed);
        QCOMPARE(roleAtLeast(*fromWire<Role>(role), *fromWire<Role>(minimum)), allowed);
    }

    void customerRoundTrip()
    {
        const Customer original = sampleCustomer();
        QString error;
        const auto parsed = Customer::fromJson(original.toJson(), &error);
        QVERIFY2(parsed, qPrintable(error));
        QCOMPARE(parsed->toJson(), original.toJson());
        QCOMPARE(parsed->identities.size(), 3);
        QVERIFY(*parsed == original);
    }

    void conversationRoundTrip_data()
    {
        QTest::addColumn<bool>("assigned");
        QTest::newRow("with assignee and sla") << true;
        QTest::newRow("waiting, no sla") << false;
    }
    void conversationRoundTrip()
    {
        QFETCH(bool, assigned);
        const Conversation original = sampleConversation(assigned);
        const QJsonObject json = original.toJson();
        QCOMPARE(json.value(QLatin1String("assignee_id")).isNull(), !assigned);
        QCOMPARE(json.value(QLatin1String("sla_due_at")).isNull(), !assigned);
        QString error;
        const auto parsed = Conversation::fromJson(json, &error);
        QVERIFY2(parsed, qPrintable(error));
        QCOMPARE(parsed->assigneeId.has_value(), assigned);
        QCOMPARE(parsed->slaDueAt.isValid(), assigned);
        QCOMPARE(parsed->toJson(), json);
        QVERIFY(*parsed == original);
    }

    void messageRoundTrip()
    {
        const Message original = sampleMessage();
        QString error;
        const auto parsed = Message::fromJson(original.toJson(), &error);
        QVERIFY2(parsed, qPrintable(error));
        QCOMPARE(parsed->toJson(), original.toJson());
        QVERIFY(*parsed == original);

        // What a customer wrote has no author.
        Message inbound = original;
        inbound.kind = MessageKind::Inbound;
        inbound.authorUserId.reset();
        inbound.delivery = DeliveryState::None;
        const auto parsedInbound = Message::fromJson(inbound.toJson(), &error);
        QVERIFY2(parsedInbound, qPrintable(error));
        QVERIFY(!parsedInbound->authorUserId);
        QVERIFY(*parsedInbound == inbound);
    }

    void callRecordRoundTrip()
    {
        const CallRecord original = sampleCall();
        QString error;
        const auto parsed = CallRecord::fromJson(original.toJson(), &error);
        QVERIFY2(parsed, qPrintable(error));
        QCOMPARE(parsed->toJson(), original.toJson());
        QVERIFY(*parsed == original);

        // A missed call: nobody answered, no conversation yet.
        CallRecord missed = original;
        missed.agentId.reset();
        missed.conversationId.reset();
        missed.answeredAt = QDateTime();
        const auto parsedMissed = CallRecord::fromJson(missed.toJson(), &error);
        QVERIFY2(parsedMissed, qPrintable(error));
        QVERIFY(*parsedMissed == missed);
    }

    void userRoundTrip()
    {
        const User original = sampleUser();
        const QJsonObject json = original.toJson();
        QCOMPARE(json.value(QLatin1String("capacity")).toObject(),
            (QJsonObject{{QStringLiteral("email"), 5}, {QStringLiteral("voice"), 1},
                {QStringLiteral("x_post"), 0}}));
        QCOMPARE(json[QLatin1String("presence")][QLatin1String("state")].toString(),
            QStringLiteral("after_call_work"));
        QString error;
        const auto parsed = User::fromJson(json, &error);
        QVERIFY2(parsed, qPrintable(error));
        QCOMPARE(parsed->toJson(), json);
        QCOMPARE(parsed->capacity.value(ChannelKind::Email), 5);
        QCOMPARE(parsed->presence, original.presence);
        QVERIFY(*parsed == original);
    }

    void eventRoundTrip()
    {
        const Event original = sampleEvent();
        QString error;
        const auto parsed = Event::fromJson(original.toJson(), &error);
        QVERIFY2(parsed, qPrintable(error));
        QCOMPARE(parsed->toJson(), original.toJson());
        QVERIFY(*parsed == original);
        const auto call = CallRecord::fromJson(parsed->data, &error);
        QVERIFY2(call, qPrintable(error));
        QVERIFY(*call == sampleCall());
    }

    void fromJsonNamesTheBadField_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("field");
        const QJsonValue missing(QJsonValue::Undefined);
        const QJsonValue noOffset(QStringLiteral("2026-03-01T10:00:00"));

        QTest::newRow("customer id missing") << "customer"
                                             << "id" << missing << "id";
        QTest::newRow("customer id text") << "customer"
                                          << "id" << QJsonValue(QStringLiteral("42")) << "id";
        QTest::newRow("customer id zero") << "customer"
                                          << "id" << QJsonValue(0) << "id";
        QTest::newRow("customer name number") << "customer"
                                              << "name" << QJsonValue(3) << "name";
        QTest::newRow("customer tags text")
            << "customer"
            << "tags" << QJsonValue(QStringLiteral("vip")) << "tags";
        QTest::newRow("customer created_at no offset") << "customer"
                                                       << "created_at" << noOffset << "created_at";
        QTest::newRow("customer identities object")
            << "customer"
            << "identities" << QJsonValue(QJsonObject()) << "identities";
        QTest::newRow("customer identity kind")
            << "customer"
            << "identities"
            << QJsonValue(QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("fax")},
                   {QStringLiteral("value"), QStringLiteral("+1")}}})
            << "kind";

        QTest::newRow("conversation id missing") << "conversation"
                                                 << "id" << missing << "id";
        QTest::newRow("conversation customer_id missing")
            << "conversation"
            << "customer_id" << missing << "customer_id";
        QTest::newRow("conversation channel unknown")
            << "conversation"
            << "channel" << QJsonValue(QStringLiteral("fax")) << "channel";
        QTest::newRow("conversation channel case")
            << "conversation"
            << "channel" << QJsonValue(QStringLiteral("Email")) << "channel";
        QTest::newRow("conversation status closed")
            << "conversation"
            << "status" << QJsonValue(QStringLiteral("closed")) << "status";
        QTest::newRow("conversation assignee text")
            << "conversation"
            << "assignee_id" << QJsonValue(QStringLiteral("5")) << "assignee_id";
        QTest::newRow("conversation assignee fraction")
            << "conversation"
            << "assignee_id" << QJsonValue(5.5) << "assignee_id";
        QTest::newRow("conversation priority")
            << "conversation"
            << "priority" << QJsonValue(QStringLiteral("asap")) << "priority";
        QTest::newRow("conversation sla no offset") << "conversation"
                                                    << "sla_due_at" << noOffset << "sla_due_at";
        QTest::newRow("conversation sla number")
            << "conversation"
            << "sla_due_at" << QJsonValue(1700000000) << "sla_due_at";

        QTest::newRow("message id missing") << "message"
                                            << "id" << missing << "id";
        QTest::newRow("message conversation_id missing")
            << "message"
            << "conversation_id" << missing << "conversation_id";
        QTest::newRow("message kind unknown")
            << "message"
            << "kind" << QJsonValue(QStringLiteral("tweet")) << "kind";
        QTest::newRow("message delivery unknown")
            << "message"
            << "delivery" << QJsonValue(QStringLiteral("lost")) << "delivery";
        QTest::newRow("message body number") << "message"
                                             << "body" << QJsonValue(1) << "body";
        QTest::newRow("message metadata text")
            << "message"
            << "channel_metadata" << QJsonValue(QStringLiteral("{}")) << "channel_metadata";
        QTest::newRow("message created_at garbage")
            << "message"
            << "created_at" << QJsonValue(QStringLiteral("yesterday")) << "created_at";

        QTest::newRow("call id missing") << "call"
                                         << "id" << missing << "id";
        QTest::newRow("call customer_id missing") << "call"
                                                  << "customer_id" << missing << "customer_id";
        QTest::newRow("call direction unknown")
            << "call"
            << "direction" << QJsonValue(QStringLiteral("incoming")) << "direction";
        QTest::newRow("call duration negative")
            << "call"
            << "duration_seconds" << QJsonValue(-1) << "duration_seconds";
        QTest::newRow("call ended_at no offset") << "call"
                                                 << "ended_at" << noOffset << "ended_at";

        QTest::newRow("user id missing") << "user"
                                         << "id" << missing << "id";
        QTest::newRow("user name missing") << "user"
                                           << "name" << missing << "name";
        QTest::newRow("user role unknown")
            << "user"
            << "role" << QJsonValue(QStringLiteral("owner")) << "role";
        QTest::newRow("user role case") << "user"
                                        << "role" << QJsonValue(QStringLiteral("Admin")) << "role";
        QTest::newRow("user active text")
            << "user"
            << "active" << QJsonValue(QStringLiteral("yes")) << "active";
        QTest::newRow("user skills mixed")
            << "user"
            << "skills" << QJsonValue(QJsonArray{QStringLiteral("a"), 1}) << "skills";
        QTest::newRow("user capacity channel")
            << "user"
            << "capacity" << QJsonValue(QJsonObject{{QStringLiteral("fax"), 1}}) << "capacity";
        QTest::newRow("user capacity negative")
            << "user"
            << "capacity" << QJsonValue(QJsonObject{{QStringLiteral("email"), -1}}) << "capacity";
        QTest::newRow("user presence state")
            << "user"
            << "presence"
            << QJsonValue(QJsonObject{{QStringLiteral("state"), QStringLiteral("asleep")}})
            << "presence";

        QTest::newRow("event seq missing") << "event"
                                           << "seq" << missing << "seq";
        QTest::newRow("event seq zero") << "event"
                                        << "seq" << QJsonValue(0) << "seq";
        QTest::newRow("event type empty") << "event"
                                          << "type" << QJsonValue(QString()) << "type";
        QTest::newRow("event at no offset") << "event"
                                            << "at" << noOffset << "at";
        QTest::newRow("event data array") << "event"
                                          << "data" << QJsonValue(QJsonArray()) << "data";
    }
    void fromJsonNamesTheBadField()
    {
        QFETCH(QString, type);
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, field);
        QJsonObject json = sampleJson(type);
        QString error;
        QVERIFY2(parses(type, json, &error), qPrintable(error));
        if (value.isUndefined())
            json.remove(key);
        else
            json.insert(key, value);
        error.clear();
        QVERIFY(!parses(type, json, &error));
        QVERIFY2(error.startsWith(field + QLatin1String(": ")), qPrintable(error));
        // Without an error pointer it still refuses (and does not crash).
        QVERIFY(!parses(type, json, nullptr));
    }

    void requiredStringRefusesBlank_data()
    {
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<bool>("allowEmpty");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("text") << QJsonValue(QStringLiteral("hello")) << false << true;
        QTest::newRow("empty") << QJsonValue(QString()) << false << false;
        QTest::newRow("spaces") << QJsonValue(QStringLiteral("   ")) << false << false;
        QTest::newRow("tab and newline") << QJsonValue(QStringLiteral("\t\n")) << false << false;
        QTest::newRow("empty allowed") << QJsonValue(QString()) << true << true;
        QTest::newRow("missing") << QJsonValue(QJsonValue::Undefined) << false << false;
        QTest::newRow("missing, empty allowed")
            << QJsonValue(QJsonValue::Undefined) << true << false;
        QTest::newRow("null") << QJsonValue(QJsonValue::Null) << false << false;
        QTest::newRow("number") << QJsonValue(12) << false << false;
        QTest::newRow("array") << QJsonValue(QJsonArray{QStringLiteral("x")}) << false << false;
    }
    void requiredStringRefusesBlank()
    {
        QFETCH(QJsonValue, value);
        QFETCH(bool, allowEmpty);
        QFETCH(bool, accepted);
        QJsonObject object{{QStringLiteral("other"), 1}};
        if (!value.isUndefined())
            object.insert(QStringLiteral("name"), value);
        JsonReader r(object);
        const QString read = r.requiredString(QLatin1String("name"), allowEmpty);
        QCOMPARE(r.ok(), accepted);
        if (accepted) {
            QCOMPARE(read, value.toString());
        } else {
            QCOMPARE(r.errorField(), QStringLiteral("name"));
            QVERIFY(r.error().startsWith(QLatin1String("name: ")));
        }
    }

    void optionalId_data()
    {
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<qint64>("expected"); // 0: nullopt
        QTest::newRow("absent") << QJsonValue(QJsonValue::Undefined) << true << qint64(0);
        QTest::newRow("null") << QJsonValue(QJsonValue::Null) << true << qint64(0);
        QTest::newRow("one") << QJsonValue(1) << true << qint64(1);
        QTest::newRow("2^53-1") << QJsonValue(9007199254740991.0) << true
                                << qint64(9007199254740991);
        QTest::newRow("2^53") << QJsonValue(9007199254740992.0) << false << qint64(0);
        QTest::newRow("zero") << QJsonValue(0) << false << qint64(0);
        QTest::newRow("negative") << QJsonValue(-4) << false << qint64(0);
        QTest::newRow("fraction") << QJsonValue(4.5) << false << qint64(0);
        QTest::newRow("text") << QJsonValue(QStringLiteral("4")) << false << qint64(0);
        QTest::newRow("bool") << QJsonValue(true) << false << qint64(0);
    }
    void optionalId()
    {
        QFETCH(QJsonValue, value);
        QFETCH(bool, accepted);
        QFETCH(qint64, expected);
        QJsonObject object;
        if (!value.isUndefined())
            object.insert(QStringLiteral("assignee_id"), value);
        JsonReader r(object);
        const std::optional<Id> id = r.optionalId(QLatin1String("assignee_id"));
        QCOMPARE(r.ok(), accepted);
        if (!accepted)
            QCOMPARE(r.errorField(), QStringLiteral("assignee_id"));
        QCOMPARE(id.has_value(), expected != 0);
        if (id)
            QCOMPARE(*id, expected);
    }

    void integersMustBeWholeAndSafe_data()
    {
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("zero") << QJsonValue(0) << true;
        QTest::newRow("negative") << QJsonValue(-12) << true;
        QTest::newRow("2^53-1") << QJsonValue(9007199254740991.0) << true;
        QTest::newRow("-(2^53-1)") << QJsonValue(-9007199254740991.0) << true;
        QTest::newRow("2^53") << QJsonValue(9007199254740992.0) << false;
        QTest::newRow("-(2^53)") << QJsonValue(-9007199254740992.0) << false;
        QTest::newRow("1e20") << QJsonValue(1e20) << false;
        QTest::newRow("fraction") << QJsonValue(1.5) << false;
        QTest::newRow("tiny fraction") << QJsonValue(3.0000001) << false;
        QTest::newRow("text") << QJsonValue(QStringLiteral("3")) << false;
        QTest::newRow("null") << QJsonValue(QJsonValue::Null) << false;
    }
    void integersMustBeWholeAndSafe()
    {
        QFETCH(QJsonValue, value);
        QFETCH(bool, accepted);
        JsonReader r(QJsonObject{{QStringLiteral("n"), value}});
        const qint64 n = r.requiredInteger(QLatin1String("n"), std::numeric_limits<qint64>::min(),
            std::numeric_limits<qint64>::max());
        QCOMPARE(r.ok(), accepted);
        if (accepted)
            QCOMPARE(n, qint64(value.toDouble()));
        else
            QCOMPARE(r.errorField(), QStringLiteral("n"));
    }

    void integerRange()
    {
        JsonReader inRange(QJsonObject{{QStringLiteral("limit"), 500}});
        QCOMPARE(inRange.requiredInteger(QLatin1String("limit"), 1, 500), qint64(500));
        QVERIFY(inRange.ok());
        JsonReader above(QJsonObject{{QStringLiteral("limit"), 501}});
        above.requiredInteger(QLatin1String("limit"), 1, 500);
        QVERIFY(!above.ok());
        QCOMPARE(above.errorField(), QStringLiteral("limit"));
        JsonReader absent(QJsonObject{});
        QCOMPARE(absent.optionalInteger(QLatin1String("limit"), 1, 500, 100), qint64(100));
        QVERIFY(absent.ok());
    }

    void stringList_data()
    {
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("strings") << QJsonValue(QJsonArray{QStringLiteral("a"), QStringLiteral("b")})
                                 << true << QStringList{QStringLiteral("a"), QStringLiteral("b")};
        QTest::newRow("empty") << QJsonValue(QJsonArray()) << true << QStringList();
        QTest::newRow("absent") << QJsonValue(QJsonValue::Undefined) << true << QStringList();
        QTest::newRow("number inside")
            << QJsonValue(QJsonArray{QStringLiteral("a"), 1}) << false << QStringList();
        QTest::newRow("null inside")
            << QJsonValue(QJsonArray{QJsonValue()}) << false << QStringList();
        QTest::newRow("array inside")
            << QJsonValue(QJsonArray{QJsonArray{QStringLiteral("a")}}) << false << QStringList();
        QTest::newRow("text") << QJsonValue(QStringLiteral("a")) << false << QStringList();
        QTest::newRow("object") << QJsonValue(QJsonObject()) << false << QStringList();
    }
    void stringList()
    {
        QFETCH(QJsonValue, value);
        QFETCH(bool, accepted);
        QFETCH(QStringList, expected);
        QJsonObject object;
        if (!value.isUndefined())
            object.insert(QStringLiteral("tags"), value);
        JsonReader r(object);
        const QStringList read = r.stringList(QLatin1String("tags"));
        QCOMPARE(r.ok(), accepted);
        if (accepted)
            QCOMPARE(read, expected);
        else
            QCOMPARE(r.errorField(), QStringLiteral("tags"));
    }

    void keepsTheFirstError()
    {
        JsonReader r(
            QJsonObject{{QStringLiteral("a"), 1}, {QStringLiteral("b"), QStringLiteral("x")}});
        r.requiredString(QLatin1String("a"));
        r.requiredInteger(QLatin1String("b"), 0, 10);
        QVERIFY(!r.ok());
        QCOMPARE(r.errorField(), QStringLiteral("a"));
    }

    void optionalTime_data()
    {
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<QDateTime>("expected");
        QTest::newRow("Z") << QJsonValue(QStringLiteral("2026-03-01T10:00:00Z")) << true
                           << utc(2026, 3, 1, 10, 0, 0);
        QTest::newRow("Z with ms") << QJsonValue(QStringLiteral("2026-03-01T10:00:00.123Z")) << true
                                   << utc(2026, 3, 1, 10, 0, 0, 123);
        QTest::newRow("+02:00") << QJsonValue(QStringLiteral("2026-03-01T10:00:00+02:00")) << true
                                << utc(2026, 3, 1, 8, 0, 0);
        QTest::newRow("+02:00 with ms")
            << QJsonValue(QStringLiteral("2026-03-01T10:00:00.250+02:00")) << true
            << utc(2026, 3, 1, 8, 0, 0, 250);
        QTest::newRow("-05:00") << QJsonValue(QStringLiteral("2026-03-01T22:30:00-05:00")) << true
                                << utc(2026, 3, 2, 3, 30, 0);
        QTest::newRow("+00:00") << QJsonValue(QStringLiteral("2026-03-01T10:00:00+00:00")) << true
                                << utc(2026, 3, 1, 10, 0, 0);
        QTest::newRow("absent") << QJsonValue(QJsonValue::Undefined) << true << QDateTime();
        QTest::newRow("null") << QJsonValue(QJsonValue::Null) << true << QDateTime();
        QTest::newRow("no offset")
            << QJsonValue(QStringLiteral("2026-03-01T10:00:00")) << false << QDateTime();
        QTest::newRow("no offset with ms")
            << QJsonValue(QStringLiteral("2026-03-01T10:00:00.500")) << false << QDateTime();
        QTest::newRow("date only")
            << QJsonValue(QStringLiteral("2026-03-01")) << false << QDateTime();
        QTest::newRow("garbage") << QJsonValue(QStringLiteral("yesterday")) << false << QDateTime();
        QTest::newRow("garbage with Z")
            << QJsonValue(QStringLiteral("soonZ")) << false << QDateTime();
        QTest::newRow("empty") << QJsonValue(QString()) << false << QDateTime();
        QTest::newRow("number") << QJsonValue(1772359200) << false << QDateTime();
    }
    void optionalTime()
    {
        QFETCH(QJsonValue, value);
        QFETCH(bool, accepted);
        QFETCH(QDateTime, expected);
        QJsonObject object;
        if (!value.isUndefined())
            object.insert(QStringLiteral("at"), value);
        JsonReader r(object);
        const QDateTime time = r.optionalTime(QLatin1String("at"));
        QCOMPARE(r.ok(), accepted);
        if (!accepted) {
            QCOMPARE(r.errorField(), QStringLiteral("at"));
            return;
        }
        QCOMPARE(time.isValid(), expected.isValid());
        if (!expected.isValid())
            return;
        QCOMPARE(time, expected);
        // Converted, not just equal as an instant: the wall-clock reading is UTC.
        QCOMPARE(time.offsetFromUtc(), 0);
        QCOMPARE(time.date(), expected.date());
        QCOMPARE(time.time(), expected.time());
    }

    void wireTimeFormat()
    {
        QCOMPARE(WireTime::toJson(utc(2026, 11, 23, 17, 34, 37, 123)).toString(),
            QStringLiteral("2026-11-23T17:34:37.123Z"));
        QCOMPARE(WireTime::toJson(utc(2026, 1, 2, 3, 4, 5)).toString(),
            QStringLiteral("2026-01-02T03:04:05.000Z"));
        const QDateTime berlin(QDate(2026, 11, 23), QTime(18, 34, 37, 5), QTimeZone(3600));
        QCOMPARE(WireTime::toJson(berlin).toString(), QStringLiteral("2026-11-23T17:34:37.005Z"));
        QVERIFY(WireTime::toJson(QDateTime()).isNull());
        static const QRegularExpression format(
            QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z$"));
        const QString now = WireTime::toJson(QDateTime::currentDateTime()).toString();
        QVERIFY2(format.match(now).hasMatch(), qPrintable(now));
        // What toJson writes, parse reads back exactly.
        QCOMPARE(WireTime::parse(now).value(), QDateTime::fromString(now, Qt::ISODateWithMs));
        QCOMPARE(WireTime::fromMs(WireTime::toMs(utc(2026, 1, 2, 3, 4, 5, 6))),
            utc(2026, 1, 2, 3, 4, 5, 6));
        QVERIFY(!WireTime::fromMs(0).isValid());
    }
};

QTEST_GUILESS_MAIN(TestDomain)
#include "tst_domain.moc"
