// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiClient.h"
#include "TestHub.h"
#include "domain/AuditEntry.h"
#include "domain/Event.h"
#include "service/InboundService.h"
#include "storage/AuditRepository.h"
#include "storage/CallRepository.h"
#include "storage/ConversationRepository.h"
#include "storage/EventLog.h"
#include "storage/MessageRepository.h"
#include "storage/Storage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Switchboard;
using namespace Switchboard::Test;

//! The reply policy on the hub: the check endpoint, 422 on blocked replies, overrides and their
//! audit log, the admin's configuration, masked notes and moving a customer to a private channel.
class TestReplyPolicy : public QObject
{
    Q_OBJECT

private:
    static inline const QString Card = QStringLiteral("4111 1111 1111 1111");

    //! A customer writes on a channel; returns the conversation (assigned to agent1 when asked).
    Domain::Conversation customerWrites(Domain::ChannelKind channel, Domain::IdentityKind kind,
        const QString &identity, bool assignToAgent1 = true)
    {
        Hub::InboundMessage m;
        m.channel = channel;
        m.sender = {0, kind, identity};
        m.senderName = QStringLiteral("Robin Example");
        m.threadId = QStringLiteral("thread-%1").arg(++m_threads);
        m.subject = QStringLiteral("My bill");
        m.body = QStringLiteral("Why is my bill so high?");
        const auto in = m_hub->hub().inbound().receive(m);
        if (assignToAgent1) {
            const ApiReply r = m_api->post(
                QStringLiteral("/api/v1/conversations/%1/assign").arg(in.conversation.id),
                {{QStringLiteral("assignee_id"), m_agent1Id},
                    {QStringLiteral("client_id"), newClientId()}},
                m_supervisor);
            if (r.status != 200)
                qWarning() << "assign failed" << r.body;
        }
        return *m_hub->hub().storage().conversations().byId(in.conversation.id);
    }
    Domain::Conversation publicPost()
    {
        return customerWrites(Domain::ChannelKind::XPost, Domain::IdentityKind::X,
            QStringLiteral("@robin%1").arg(m_threads + 1));
    }
    ApiReply reply(const Domain::Conversation &c, const QString &text, const QString &token,
        const QJsonObject &extra = {})
    {
        QJsonObject body{{QStringLiteral("kind"), QStringLiteral("reply")},
            {QStringLiteral("body"), text}, {QStringLiteral("after"), c.lastMessageId},
            {QStringLiteral("client_id"), newClientId()}};
        for (auto it = extra.begin(); it != extra.end(); ++it)
            body.insert(it.key(), it.value());
        return m_api->post(
            QStringLiteral("/api/v1/conversations/%1/messages").arg(c.id), body, token);
    }
    static QJsonObject overrideWith(const QString &reason)
    {
        return {{QStringLiteral("override"), QJsonObject{{QStringLiteral("reason"), reason}}}};
    }
    ApiReply check(const QJsonObject &body, const QString &token = {})
    {
        return m_api->post(
            QStringLiteral("/api/v1/replies/check"), body, token.isEmpty() ? m_agent1 : token);
    }
    ApiReply putPolicy(const QJsonObject &policy, const QString &token)
    {
        QJsonObject body = policy;
        body.insert(QStringLiteral("client_id"), newClientId());
        return m_api->request("PUT", QStringLiteral("/api/v1/policy"), body, token);
    }
    qsizetype messageCount(qint64 conversation)
    {
        return m_hub->hub().storage().messages().inConversation(conversation, 0, 10000).size();
    }
    qint64 head() { return m_hub->hub().storage().events().head(); }
    QList<Domain::AuditEntry> audit() { return m_hub->hub().storage().audit().list(0, 1000); }
    static QStringList kinds(const QJsonArray &findings)
    {
        QStringList out;
        for (const QJsonValue &f : findings)
            out.append(f.toObject().value(QLatin1String("kind")).toString());
        return out;
    }

    std::unique_ptr<TestHub> m_hub;
    std::unique_ptr<ApiClient> m_api;
    QString m_agent1;
    QString m_supervisor;
    QString m_admin;
    qint64 m_agent1Id = 0;
    qint64 m_supervisorId = 0;
    int m_threads = 0;

private Q_SLOTS:
    void initTestCase()
    {
        m_hub = std::make_unique<TestHub>();
        m_api = std::make_unique<ApiClient>(m_hub->url());
        m_agent1 = m_api->login(QStringLiteral("agent1"), TestHub::password());
        m_supervisor = m_api->login(QStringLiteral("supervisor"), TestHub::password());
        m_admin = m_api->login(QStringLiteral("admin"), TestHub::password());
        QVERIFY(!m_agent1.isEmpty() && !m_supervisor.isEmpty() && !m_admin.isEmpty());
        m_agent1Id = m_hub->user(QStringLiteral("agent1")).id;
        m_supervisorId = m_hub->user(QStringLiteral("supervisor")).id;
    }

    void checkByChannel()
    {
        const QString text
            = QStringLiteral("Your card %1 is blocked, call +44 20 7946 0958").arg(Card);
        const qint64 seq = head();
        const ApiReply r = check({{QStringLiteral("channel"), QStringLiteral("x_post")},
            {QStringLiteral("text"), text}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QLatin1String("visibility")).toString(), QStringLiteral("public"));
        QCOMPARE(r.json.value(QLatin1String("verdict")).toString(), QStringLiteral("block"));
        const QJsonArray findings = r.json.value(QLatin1String("findings")).toArray();
        QCOMPARE(
            kinds(findings), QStringList({QStringLiteral("card_number"), QStringLiteral("phone")}));
        const QJsonObject card = findings.at(0).toObject();
        QCOMPARE(card.value(QLatin1String("severity")).toString(), QStringLiteral("block"));
        QCOMPARE(card.value(QLatin1String("start")).toInt(), text.indexOf(Card));
        QCOMPARE(card.value(QLatin1String("end")).toInt(), text.indexOf(Card) + Card.size());
        QVERIFY(!card.value(QLatin1String("message")).toString().isEmpty());
        const QJsonObject phone = findings.at(1).toObject();
        QCOMPARE(phone.value(QLatin1String("severity")).toString(), QStringLiteral("warn"));
        QCOMPARE(head(), seq); // a check stores nothing
    }

    void checkByConversationUsesItsChannel()
    {
        const auto email = customerWrites(Domain::ChannelKind::Email, Domain::IdentityKind::Email,
            QStringLiteral("robin@example.net"));
        const QString dob = QStringLiteral("We have your date of birth as 14/03/1985.");
        ApiReply r
            = check({{QStringLiteral("conversation_id"), email.id}, {QStringLiteral("text"), dob}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QLatin1String("visibility")).toString(), QStringLiteral("private"));
        QCOMPARE(r.json.value(QLatin1String("verdict")).toString(), QStringLiteral("allow"));
        // The same words in public are blocked.
        r = check({{QStringLiteral("channel"), QStringLiteral("facebook_comment")},
            {QStringLiteral("text"), dob}});
        QCOMPARE(r.json.value(QLatin1String("verdict")).toString(), QStringLiteral("block"));
        QCOMPARE(kinds(r.json.value(QLatin1String("findings")).toArray()),
            QStringList{QStringLiteral("date_of_birth")});
    }

    void checkRefusesBadInput_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("field");
        QTest::newRow("neither") << QByteArray(R"({"text": "hi"})") << 400 << "channel";
        QTest::newRow("both") << QByteArray(
            R"({"channel": "email", "conversation_id": 1, "text": "hi"})")
                              << 400 << "channel";
        QTest::newRow("unknown channel")
            << QByteArray(R"({"channel": "fax", "text": "hi"})") << 400 << "channel";
        QTest::newRow("no text") << QByteArray(R"({"channel": "email"})") << 400 << "text";
        QTest::newRow("text not a string")
            << QByteArray(R"({"channel": "email", "text": 42})") << 400 << "text";
        QTest::newRow("conversation not an id")
            << QByteArray(R"({"conversation_id": "one", "text": "hi"})") << 400
            << "conversation_id";
        QTest::newRow("unknown conversation")
            << QByteArray(R"({"conversation_id": 999999, "text": "hi"})") << 404 << "";
        QTest::newRow("too long") << (QByteArray("{\"channel\": \"email\", \"text\": \"")
            + QByteArray(100001, 'a') + QByteArray("\"}"))
                                  << 400 << "text";
        QTest::newRow("malformed") << QByteArray("{\"channel\": ") << 400 << "";
    }

    void checkRefusesBadInput()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, field);
        const ApiReply r = m_api->raw(
            "POST", QStringLiteral("/api/v1/replies/check"), body, "application/json", m_agent1);
        QCOMPARE(r.status, status);
        QCOMPARE(r.errorField(), field);
    }

    void blockedReplyIsRefusedAndNothingChanges()
    {
        const auto post = publicPost();
        const qsizetype before = messageCount(post.id);
        const qint64 seq = head();
        // A client that never called the check is refused all the same.
        const ApiReply r
            = reply(post, QStringLiteral("Thanks! Your card %1 is fine.").arg(Card), m_agent1);
        QCOMPARE(r.status, 422);
        QCOMPARE(r.errorCode(), QStringLiteral("policy_blocked"));
        QCOMPARE(r.errorField(), QStringLiteral("body"));
        QCOMPARE(r.json.value(QLatin1String("verdict")).toString(), QStringLiteral("block"));
        QCOMPARE(r.json.value(QLatin1String("visibility")).toString(), QStringLiteral("public"));
        QCOMPARE(kinds(r.json.value(QLatin1String("findings")).toArray()),
            QStringList{QStringLiteral("card_number")});
        QVERIFY(r.json.value(QLatin1String("error"))
                    .toObject()
                    .value(QLatin1String("message"))
                    .toString()
                    .contains(QLatin1String("payment card number")));
        QCOMPARE(messageCount(post.id), before);
        QCOMPARE(head(), seq);
    }

    void privateDetailsBlockedInPublicOnly()
    {
        const QString iban = QStringLiteral("Please pay to DE89 3704 0044 0532 0130 00.");
        QCOMPARE(reply(publicPost(), iban, m_agent1).status, 422);
        const auto email = customerWrites(Domain::ChannelKind::Email, Domain::IdentityKind::Email,
            QStringLiteral("iban@example.net"));
        QCOMPARE(reply(email, iban, m_agent1).status, 201);
        // A card number is blocked everywhere.
        const auto again = customerWrites(Domain::ChannelKind::Email, Domain::IdentityKind::Email,
            QStringLiteral("card@example.net"));
        QCOMPARE(reply(again, QStringLiteral("Card %1 noted").arg(Card), m_agent1).status, 422);
    }

    void warningsDoNotRefuse()
    {
        const ApiReply r
            = reply(publicPost(), QStringLiteral("Call me on +44 20 7946 0958"), m_agent1);
        QCOMPARE(r.status, 201);
    }

    void policyComesBeforeTheCollisionGuard()
    {
        const auto post = publicPost();
        // "after": null means every customer message counts as missed, which would be a 409.
        const ApiReply r = reply(post, QStringLiteral("Card %1").arg(Card), m_agent1,
            {{QStringLiteral("after"), QJsonValue()}});
        QCOMPARE(r.status, 422);
    }

    void agentsMayNotOverride()
    {
        const auto post = publicPost();
        const qsizetype entries = audit().size();
        const ApiReply r = reply(post, QStringLiteral("Card %1").arg(Card), m_agent1,
            overrideWith(QStringLiteral("The customer asked")));
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errorCode(), QStringLiteral("forbidden"));
        QCOMPARE(messageCount(post.id), 1);
        QCOMPARE(audit().size(), entries);
    }

    void overrideNeedsAReason_data()
    {
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("blank") << QJsonValue(
            QJsonObject{{QStringLiteral("reason"), QStringLiteral("  ")}});
        QTest::newRow("missing") << QJsonValue(QJsonObject{});
        QTest::newRow("not a string") << QJsonValue(QJsonObject{{QStringLiteral("reason"), 7}});
        QTest::newRow("not an object") << QJsonValue(QStringLiteral("because"));
        QTest::newRow("too long") << QJsonValue(
            QJsonObject{{QStringLiteral("reason"), QString(1001, QLatin1Char('r'))}});
    }

    void overrideNeedsAReason()
    {
        QFETCH(QJsonValue, value);
        const auto post = publicPost();
        const ApiReply r = reply(post, QStringLiteral("Card %1").arg(Card), m_supervisor,
            {{QStringLiteral("override"), value}});
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorField(), QStringLiteral("override.reason"));
        QCOMPARE(messageCount(post.id), 1);
    }

    void supervisorOverrideIsAudited()
    {
        const auto post = publicPost();
        const qint64 seq = head();
        const QString reason = QStringLiteral("Customer asked us to confirm the card on file");
        const ApiReply r = reply(post, QStringLiteral("Card %1 confirmed").arg(Card), m_supervisor,
            overrideWith(reason));
        QCOMPARE(r.status, 201);
        const qint64 messageId = r.json.value(QLatin1String("id")).toInteger();

        const auto entries = audit();
        QVERIFY(!entries.isEmpty());
        const Domain::AuditEntry entry = entries.last();
        QCOMPARE(entry.action, QString(Domain::AuditAction::ReplyPolicyOverride));
        QCOMPARE(entry.userId, m_supervisorId);
        QCOMPARE(entry.conversationId, std::optional<qint64>(post.id));
        QCOMPARE(entry.messageId, std::optional<qint64>(messageId));
        QCOMPARE(entry.reason, reason);
        QCOMPARE(
            entry.details.value(QLatin1String("channel")).toString(), QStringLiteral("x_post"));
        QCOMPARE(kinds(entry.details.value(QLatin1String("findings")).toArray()),
            QStringList{QStringLiteral("card_number")});
        // The log says what was overridden, never the number itself.
        QVERIFY(!QJsonDocument(entry.toJson()).toJson().contains("1111"));

        // The audit entry is announced to supervisors only, in the reply's transaction.
        bool announced = false;
        for (const Hub::StoredEvent &e : m_hub->hub().storage().events().since(seq, 100)) {
            if (e.event.type != Domain::EventType::AuditCreated)
                continue;
            announced = true;
            QCOMPARE(e.event.data, entry.toJson());
            QVERIFY(!e.audience.admits(m_agent1Id, Domain::Role::Agent));
            QVERIFY(e.audience.admits(m_supervisorId, Domain::Role::Supervisor));
        }
        QVERIFY(announced);

        // Supervisors read it over the API; agents may not.
        const ApiReply list = m_api->get(
            QStringLiteral("/api/v1/audit?action=reply_policy.override"), m_supervisor);
        QCOMPARE(list.status, 200);
        QCOMPARE(list.items().last().toObject(), entry.toJson());
        QCOMPARE(m_api->get(QStringLiteral("/api/v1/audit"), m_agent1).status, 403);
        QCOMPARE(m_api->get(QStringLiteral("/api/v1/audit?limit=0"), m_supervisor).status, 400);
    }

    void overrideOfAnAllowedReplyIsNotLogged()
    {
        // Counted after the post came in (routing records its own decision about it).
        const Domain::Conversation post = publicPost();
        const auto overrides = [this] {
            return m_hub->hub()
                .storage()
                .audit()
                .list(0, 1000, QString(Domain::AuditAction::ReplyPolicyOverride))
                .size();
        };
        const qsizetype entries = overrides();
        const qsizetype all = audit().size();
        const ApiReply r = reply(post, QStringLiteral("Thanks for your patience!"), m_supervisor,
            overrideWith(QStringLiteral("habit")));
        QCOMPARE(r.status, 201);
        QCOMPARE(overrides(), entries);
        QCOMPARE(audit().size(), all);
    }

    void overrideRoleIsConfigurable()
    {
        TestHub::Options options;
        options.policy.overrideRole = Domain::Role::Admin;
        TestHub hub(options);
        ApiClient api(hub.url());
        const QString supervisor = api.login(QStringLiteral("supervisor"), TestHub::password());
        const ApiReply policy = api.get(QStringLiteral("/api/v1/policy"), supervisor);
        QCOMPARE(
            policy.json.value(QLatin1String("override_role")).toString(), QStringLiteral("admin"));

        Hub::InboundMessage m;
        m.channel = Domain::ChannelKind::FacebookComment;
        m.sender = {0, Domain::IdentityKind::Facebook, QStringLiteral("fb-1")};
        m.threadId = QStringLiteral("post-1");
        m.body = QStringLiteral("Help");
        const auto in = hub.hub().inbound().receive(m);
        const ApiReply r
            = api.post(QStringLiteral("/api/v1/conversations/%1/messages").arg(in.conversation.id),
                {{QStringLiteral("kind"), QStringLiteral("reply")},
                    {QStringLiteral("body"), QStringLiteral("Card %1").arg(Card)},
                    {QStringLiteral("after"), in.message.id},
                    {QStringLiteral("override"),
                        QJsonObject{{QStringLiteral("reason"), QStringLiteral("asked")}}},
                    {QStringLiteral("client_id"), newClientId()}},
                supervisor);
        QCOMPARE(r.status, 403);
        QVERIFY(r.json.value(QLatin1String("error"))
                    .toObject()
                    .value(QLatin1String("message"))
                    .toString()
                    .contains(QLatin1String("admin role")));
    }

    void notesAndWrapUpsAreMasked()
    {
        const auto post = publicPost();
        ApiReply r = m_api->post(QStringLiteral("/api/v1/conversations/%1/messages").arg(post.id),
            {{QStringLiteral("kind"), QStringLiteral("note")},
                {QStringLiteral("body"),
                    QStringLiteral("Caller read out %1 on the phone").arg(Card)},
                {QStringLiteral("client_id"), newClientId()}},
            m_agent1);
        QCOMPARE(r.status, 201);
        const QString masked = QStringLiteral("Caller read out 4111 11** **** 1111 on the phone");
        QCOMPARE(r.json.value(QLatin1String("body")).toString(), masked);
        const qint64 id = r.json.value(QLatin1String("id")).toInteger();
        QCOMPARE(m_hub->hub().storage().messages().byId(id)->body, masked);

        // Customer notes.
        r = m_api->request("PATCH", QStringLiteral("/api/v1/customers/%1").arg(post.customerId),
            {{QStringLiteral("notes"), QStringLiteral("Pays with 5555-5555-5555-4444")},
                {QStringLiteral("client_id"), newClientId()}},
            m_agent1);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QLatin1String("notes")).toString(),
            QStringLiteral("Pays with 5555-55**-****-4444"));

        // Call wrap-up notes.
        Domain::CallRecord call;
        call.direction = Domain::CallDirection::Inbound;
        call.fromNumber = QStringLiteral("+447700900123");
        call.toNumber = QStringLiteral("+442079460000");
        call.agentId = m_agent1Id;
        call.offeredAt = QDateTime::currentDateTimeUtc();
        call.providerCallId = QStringLiteral("CA-mask");
        call = m_hub->hub().inbound().recordCall(
            call, {0, Domain::IdentityKind::Phone, call.fromNumber}, QStringLiteral("Caller"));
        for (const QString &action : {QStringLiteral("answer"), QStringLiteral("end")}) {
            QCOMPARE(m_api
                         ->post(QStringLiteral("/api/v1/calls/%1/%2").arg(call.id).arg(action),
                             {{QStringLiteral("client_id"), newClientId()}}, m_agent1)
                         .status,
                200);
        }
        r = m_api->post(QStringLiteral("/api/v1/calls/%1/wrapup").arg(call.id),
            {{QStringLiteral("disposition"), QStringLiteral("resolved")},
                {QStringLiteral("notes"), QStringLiteral("Took payment, card %1").arg(Card)},
                {QStringLiteral("client_id"), newClientId()}},
            m_agent1);
        QCOMPARE(r.status, 200);
        QCOMPARE(m_hub->hub().storage().calls().byId(call.id)->wrapUpNotes,
            QStringLiteral("Took payment, card 4111 11** **** 1111"));
    }

    void adminConfiguresThePolicy()
    {
        ApiReply r = m_api->get(QStringLiteral("/api/v1/policy"), m_agent1);
        QCOMPARE(r.status, 200);
        QCOMPARE(
            r.json.value(QLatin1String("override_role")).toString(), QStringLiteral("supervisor"));
        QVERIFY(r.json.value(QLatin1String("rules")).toArray().isEmpty());
        QVERIFY(r.json.value(QLatin1String("updated_at")).isNull());

        const QJsonObject policy{{QStringLiteral("brand"),
                                     QJsonObject{{QStringLiteral("emails"),
                                         QJsonArray{QStringLiteral("help@example.com")}}}},
            {QStringLiteral("rules"),
                QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("refunds")},
                    {QStringLiteral("name"), QStringLiteral("Refund promises")},
                    {QStringLiteral("type"), QStringLiteral("words")},
                    {QStringLiteral("words"), QJsonArray{QStringLiteral("full refund")}},
                    {QStringLiteral("severity"), QStringLiteral("block")},
                    {QStringLiteral("channels"), QJsonArray{QStringLiteral("x_post")}}}}}};
        QCOMPARE(putPolicy(policy, m_supervisor).status, 403);
        const qint64 seq = head();
        r = putPolicy(policy, m_admin);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QLatin1String("rules")).toArray().size(), 1);
        QVERIFY(!r.json.value(QLatin1String("updated_at")).isNull());
        const auto events = m_hub->hub().storage().events().since(seq, 10);
        QVERIFY(!events.isEmpty());
        QCOMPARE(events.first().event.type, QString(Domain::EventType::PolicyUpdated));
        QCOMPARE(events.first().event.data, r.json);
        QVERIFY(events.first().audience.everyone);
        QCOMPARE(audit().last().action, QString(Domain::AuditAction::ReplyPolicyUpdated));
        QCOMPARE(audit().last().userId, m_hub->user(QStringLiteral("admin")).id);

        // It applies at once: the rule on its channel only, the brand's address everywhere.
        const QString promise
            = QStringLiteral("You'll get a full refund, write to help@example.com");
        r = check({{QStringLiteral("channel"), QStringLiteral("x_post")},
            {QStringLiteral("text"), promise}});
        QCOMPARE(kinds(r.json.value(QLatin1String("findings")).toArray()),
            QStringList{QStringLiteral("custom:refunds")});
        QCOMPARE(reply(publicPost(), promise, m_agent1).status, 422);
        r = check({{QStringLiteral("channel"), QStringLiteral("facebook_comment")},
            {QStringLiteral("text"), promise}});
        QCOMPARE(r.json.value(QLatin1String("verdict")).toString(), QStringLiteral("allow"));

        // Survives a restart.
        m_hub->restart();
        m_api = std::make_unique<ApiClient>(m_hub->url());
        r = m_api->get(QStringLiteral("/api/v1/policy"), m_agent1);
        QCOMPARE(r.json.value(QLatin1String("rules")).toArray().size(), 1);
        r = check({{QStringLiteral("channel"), QStringLiteral("x_post")},
            {QStringLiteral("text"), promise}});
        QCOMPARE(r.json.value(QLatin1String("verdict")).toString(), QStringLiteral("block"));
    }

    void badPolicyChangesNothing_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        QTest::newRow("bad regex") << QByteArray(
            "{\"client_id\": \"bad-1\", \"brand\": {}, \"rules\": [{\"id\": \"r\", \"name\": "
            "\"R\", \"type\": \"regex\", \"pattern\": \"([a-\", \"severity\": \"block\"}]}")
                                   << "rules";
        QTest::newRow("unknown brand list")
            << QByteArray(R"({"client_id": "bad-2", "brand": {"faxes": ["1"]}, "rules": []})")
            << "brand";
        QTest::newRow("rules missing")
            << QByteArray(R"({"client_id": "bad-3", "brand": {}})") << "rules";
        QTest::newRow("unknown field") << QByteArray(
            R"({"client_id": "bad-4", "brand": {}, "rules": [], "override_role": "agent"})")
                                       << "override_role";
        QTest::newRow("duplicate ids") << QByteArray(
            R"({"client_id": "bad-5", "brand": {}, "rules": [
                {"id": "a", "type": "words", "words": ["x"], "severity": "warn"},
                {"id": "a", "type": "words", "words": ["y"], "severity": "warn"}]})")
                                       << "rules";
    }

    void badPolicyChangesNothing()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        const ApiReply before = m_api->get(QStringLiteral("/api/v1/policy"), m_agent1);
        const qint64 seq = head();
        const ApiReply r = m_api->raw(
            "PUT", QStringLiteral("/api/v1/policy"), body, "application/json", m_admin);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorField(), field);
        QCOMPARE(m_api->get(QStringLiteral("/api/v1/policy"), m_agent1).json, before.json);
        QCOMPARE(head(), seq);
    }

    void moveToPrivateStartsAConversation()
    {
        // A Facebook comment from someone known only by their Facebook id.
        const auto comment = customerWrites(Domain::ChannelKind::FacebookComment,
            Domain::IdentityKind::Facebook, QStringLiteral("fb-move-1"));
        const QString path
            = QStringLiteral("/api/v1/customers/%1/conversations").arg(comment.customerId);
        const auto start = [&](const QString &channel, const QString &text,
                               std::optional<qint64> origin, const QString &token) {
            QJsonObject body{{QStringLiteral("channel"), channel}, {QStringLiteral("body"), text},
                {QStringLiteral("client_id"), newClientId()}};
            if (origin)
                body.insert(QStringLiteral("origin_conversation_id"), *origin);
            return m_api->post(path, body, token);
        };
        const qint64 seq = head();
        ApiReply r = start(QStringLiteral("messenger"),
            QStringLiteral("Hi Robin, let's sort this out here."), comment.id, m_agent1);
        QCOMPARE(r.status, 201);
        const auto conversation = Domain::Conversation::fromJson(
            r.json.value(QLatin1String("conversation")).toObject());
        QVERIFY(conversation);
        QCOMPARE(conversation->channel, Domain::ChannelKind::Messenger);
        QCOMPARE(conversation->customerId, comment.customerId);
        QCOMPARE(conversation->assigneeId, std::optional<qint64>(m_agent1Id));
        QCOMPARE(conversation->originConversationId, std::optional<qint64>(comment.id));
        QCOMPARE(conversation->subject, comment.subject);
        QCOMPARE(conversation->status, Domain::ConversationStatus::Open);
        QCOMPARE(r.json.value(QLatin1String("message"))
                     .toObject()
                     .value(QLatin1String("conversation_id"))
                     .toInteger(),
            conversation->id);
        QStringList types;
        for (const auto &e : m_hub->hub().storage().events().since(seq, 10)) {
            // The delivery dispatcher notes, after the commit, that no Messenger connector is
            // configured here: the reply stays queued. That is its own bookkeeping, not the
            // request's (tst_delivery covers it).
            if (e.event.type == QLatin1String("message.updated")
                && e.event.data.value(QLatin1String("delivery")).toString()
                    == QLatin1String("queued"))
                continue;
            // The supervisor board's rows that changed follow (tst_supervisor covers them).
            if (e.event.type.startsWith(QLatin1String("board.")))
                continue;
            types.append(e.event.type);
        }
        QCOMPARE(types,
            QStringList({QStringLiteral("conversation.created"), QStringLiteral("message.created"),
                QStringLiteral("conversation.updated")}));

        // A second message goes to the same open conversation.
        r = start(
            QStringLiteral("messenger"), QStringLiteral("Are you there?"), comment.id, m_agent1);
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json.value(QLatin1String("conversation"))
                     .toObject()
                     .value(QLatin1String("id"))
                     .toInteger(),
            conversation->id);
        QCOMPARE(messageCount(conversation->id), 2);

        // Private details are fine there; card numbers never are.
        r = start(QStringLiteral("messenger"), QStringLiteral("Your date of birth is 14/03/1985?"),
            comment.id, m_agent1);
        QCOMPARE(r.status, 201);
        r = start(QStringLiteral("messenger"), QStringLiteral("Card %1?").arg(Card), comment.id,
            m_agent1);
        QCOMPARE(r.status, 422);
        QCOMPARE(r.errorCode(), QStringLiteral("policy_blocked"));
    }

    void moveToPrivateRefusesUnreachableChannels()
    {
        const auto comment = customerWrites(Domain::ChannelKind::FacebookComment,
            Domain::IdentityKind::Facebook, QStringLiteral("fb-move-2"));
        const auto other = customerWrites(Domain::ChannelKind::Email, Domain::IdentityKind::Email,
            QStringLiteral("other@example.net"));
        const qint64 seq = head();
        const auto start = [&](qint64 customer, const QJsonObject &fields) {
            QJsonObject body{{QStringLiteral("body"), QStringLiteral("Hello")},
                {QStringLiteral("client_id"), newClientId()}};
            for (auto it = fields.begin(); it != fields.end(); ++it)
                body.insert(it.key(), it.value());
            return m_api->post(
                QStringLiteral("/api/v1/customers/%1/conversations").arg(customer), body, m_agent1);
        };
        const qint64 id = comment.customerId;
        ApiReply r = start(id, {{QStringLiteral("channel"), QStringLiteral("whatsapp")}});
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorField(), QStringLiteral("channel"));
        QVERIFY(r.json.value(QLatin1String("error"))
                    .toObject()
                    .value(QLatin1String("message"))
                    .toString()
                    .contains(QLatin1String("no whatsapp identity")));
        // No email address is known; public channels and calls take no private message.
        QCOMPARE(start(id, {{QStringLiteral("channel"), QStringLiteral("email")}}).status, 400);
        QCOMPARE(start(id, {{QStringLiteral("channel"), QStringLiteral("x_post")}}).status, 400);
        QCOMPARE(start(id, {{QStringLiteral("channel"), QStringLiteral("voice")}}).status, 400);
        QCOMPARE(start(id, {{QStringLiteral("channel"), QStringLiteral("fax")}}).status, 400);
        r = start(id,
            {{QStringLiteral("channel"), QStringLiteral("messenger")},
                {QStringLiteral("origin_conversation_id"), other.id}});
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorField(), QStringLiteral("origin_conversation_id"));
        QCOMPARE(start(id,
                     {{QStringLiteral("channel"), QStringLiteral("messenger")},
                         {QStringLiteral("origin_conversation_id"), 999999}})
                     .status,
            404);
        QCOMPARE(start(999999, {{QStringLiteral("channel"), QStringLiteral("email")}}).status, 404);
        QCOMPARE(start(id,
                     {{QStringLiteral("channel"), QStringLiteral("messenger")},
                         {QStringLiteral("subject"), QString(201, QLatin1Char('s'))}})
                     .status,
            400);
        QCOMPARE(head(), seq);
    }
};

QTEST_GUILESS_MAIN(TestReplyPolicy)
#include "tst_reply_policy.moc"
