// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiClient.h"
#include "TestHub.h"
#include "service/InboundService.h"
#include "storage/EventLog.h"
#include "storage/MessageRepository.h"
#include "storage/Storage.h"

#include <QTest>

using namespace Switchboard;
using namespace Switchboard::Test;

class TestConversations : public QObject
{
    Q_OBJECT

private:
    Hub::InboundResult customerWrites(const QString &text, const QString &thread,
        const QString &email = QStringLiteral("ann@example.net"))
    {
        Hub::InboundMessage m;
        m.channel = Domain::ChannelKind::Email;
        m.sender = {0, Domain::IdentityKind::Email, email};
        m.senderName = QStringLiteral("Ann Example");
        m.threadId = thread;
        m.subject = QStringLiteral("Broken router");
        m.body = text;
        return m_hub->hub().inbound().receive(m);
    }
    ApiReply post(qint64 conversation, const QJsonObject &body, const QString &token)
    {
        return m_api->post(
            QStringLiteral("/api/v1/conversations/%1/messages").arg(conversation), body, token);
    }
    static QJsonObject reply(
        const QString &text, QJsonValue after, const QString &clientId = newClientId())
    {
        return {{QStringLiteral("kind"), QStringLiteral("reply")}, {QStringLiteral("body"), text},
            {QStringLiteral("after"), after}, {QStringLiteral("client_id"), clientId}};
    }
    static QJsonObject note(const QString &text)
    {
        return {{QStringLiteral("kind"), QStringLiteral("note")}, {QStringLiteral("body"), text},
            {QStringLiteral("client_id"), newClientId()}};
    }
    qsizetype messageCount(qint64 conversation)
    {
        return m_hub->hub().storage().messages().inConversation(conversation, 0, 10000).size();
    }
    ApiReply assign(qint64 conversation, QJsonValue assignee, const QString &token)
    {
        return m_api->post(QStringLiteral("/api/v1/conversations/%1/assign").arg(conversation),
            {{QStringLiteral("assignee_id"), assignee},
                {QStringLiteral("client_id"), newClientId()}},
            token);
    }

    std::unique_ptr<TestHub> m_hub;
    std::unique_ptr<ApiClient> m_api;
    QString m_agent1;
    QString m_agent2;
    QString m_supervisor;

private Q_SLOTS:
    void initTestCase()
    {
        m_hub = std::make_unique<TestHub>();
        m_api = std::make_unique<ApiClient>(m_hub->url());
        m_agent1 = m_api->login(QStringLiteral("agent1"), TestHub::password());
        m_agent2 = m_api->login(QStringLiteral("agent2"), TestHub::password());
        m_supervisor = m_api->login(QStringLiteral("supervisor"), TestHub::password());
        QVERIFY(!m_agent1.isEmpty() && !m_agent2.isEmpty() && !m_supervisor.isEmpty());
    }

    void listsWithFilters()
    {
        const auto waiting = customerWrites(
            QStringLiteral("Hello?"), QStringLiteral("list-1"), QStringLiteral("list@example.net"));
        const auto mine = customerWrites(
            QStringLiteral("Mine"), QStringLiteral("list-2"), QStringLiteral("list@example.net"));
        QCOMPARE(
            assign(mine.conversation.id, m_hub->user(QStringLiteral("agent1")).id, m_agent1).status,
            200);

        ApiReply r = m_api->get(
            QStringLiteral("/api/v1/conversations?assignee=unassigned&channel=email&status=open"),
            m_agent1);
        QCOMPARE(r.status, 200);
        QList<qint64> ids;
        for (const QJsonValue &v : r.items())
            ids.append(v[QLatin1String("id")].toInteger());
        QVERIFY(ids.contains(waiting.conversation.id));
        QVERIFY(!ids.contains(mine.conversation.id));

        r = m_api->get(QStringLiteral("/api/v1/conversations?assignee=me"), m_agent1);
        QCOMPARE(r.status, 200);
        ids.clear();
        for (const QJsonValue &v : r.items()) {
            ids.append(v[QLatin1String("id")].toInteger());
            QCOMPARE(v[QLatin1String("assignee_id")].toInteger(),
                m_hub->user(QStringLiteral("agent1")).id);
        }
        QVERIFY(ids.contains(mine.conversation.id));

        r = m_api->get(
            QStringLiteral("/api/v1/conversations?customer_id=%1&limit=1").arg(waiting.customer.id),
            m_agent1);
        QCOMPARE(r.items().size(), 1);
        QCOMPARE(r.json.value(QLatin1String("next_after")).toInteger(), waiting.conversation.id);
        r = m_api->get(QStringLiteral("/api/v1/conversations?customer_id=%1&limit=1&after=%2")
                           .arg(waiting.customer.id)
                           .arg(waiting.conversation.id),
            m_agent1);
        QCOMPARE(r.items().size(), 1);
        QCOMPARE(r.items().at(0)[QLatin1String("id")].toInteger(), mine.conversation.id);

        const QString future
            = QDateTime::currentDateTimeUtc().addDays(1).toString(Qt::ISODateWithMs);
        r = m_api->get(QStringLiteral("/api/v1/conversations?updated_since=%1")
                           .arg(QString::fromLatin1(QUrl::toPercentEncoding(future))),
            m_agent1);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.items().size(), 0);
    }

    void listRejectsBadParameters_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("field");
        QTest::newRow("status") << "status=closed"
                                << "status";
        QTest::newRow("channel") << "channel=fax"
                                 << "channel";
        QTest::newRow("assignee") << "assignee=someone"
                                  << "assignee";
        QTest::newRow("limit zero") << "limit=0"
                                    << "limit";
        QTest::newRow("limit huge") << "limit=501"
                                    << "limit";
        QTest::newRow("after text") << "after=abc"
                                    << "after";
        QTest::newRow("since no offset") << "updated_since=2026-01-01T10:00:00"
                                         << "updated_since";
    }
    void listRejectsBadParameters()
    {
        QFETCH(QString, query);
        QFETCH(QString, field);
        const ApiReply r = m_api->get(QStringLiteral("/api/v1/conversations?") + query, m_agent1);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), QStringLiteral("invalid_parameter"));
        QCOMPARE(r.errorField(), field);
    }

    void getsConversationAndMessages()
    {
        const auto in = customerWrites(QStringLiteral("My bill is wrong"), QStringLiteral("get-1"));
        ApiReply r = m_api->get(
            QStringLiteral("/api/v1/conversations/%1").arg(in.conversation.id), m_agent2);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QLatin1String("channel")).toString(), QStringLiteral("email"));
        QCOMPARE(r.json.value(QLatin1String("visibility")).toString(), QStringLiteral("private"));
        r = m_api->get(
            QStringLiteral("/api/v1/conversations/%1/messages").arg(in.conversation.id), m_agent2);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.items().size(), 1);
        QCOMPARE(
            r.items().at(0)[QLatin1String("body")].toString(), QStringLiteral("My bill is wrong"));
        QCOMPARE(r.items().at(0)[QLatin1String("kind")].toString(), QStringLiteral("inbound"));
        QCOMPARE(m_api->get(QStringLiteral("/api/v1/conversations/999999"), m_agent1).status, 404);
        QCOMPARE(m_api->get(QStringLiteral("/api/v1/conversations/999999/messages"), m_agent1)
                     .errorCode(),
            QStringLiteral("not_found"));
        QCOMPARE(m_api->get(QStringLiteral("/api/v1/conversations/abc"), m_agent1).status, 404);
    }

    void replyIsQueuedAndClaimsWaitingConversation()
    {
        const auto in = customerWrites(QStringLiteral("Still broken"), QStringLiteral("reply-1"));
        const qint64 pending = m_hub->hub().storage().messages().pendingDeliveries();
        const ApiReply r = post(
            in.conversation.id, reply(QStringLiteral("We are on it"), in.message.id), m_agent1);
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json.value(QLatin1String("kind")).toString(), QStringLiteral("reply"));
        QCOMPARE(r.json.value(QLatin1String("delivery")).toString(), QStringLiteral("queued"));
        QCOMPARE(r.json.value(QLatin1String("author_name")).toString(), QStringLiteral("Agent1"));
        QCOMPARE(m_hub->hub().storage().messages().pendingDeliveries(), pending + 1);
        const ApiReply c = m_api->get(
            QStringLiteral("/api/v1/conversations/%1").arg(in.conversation.id), m_agent1);
        QCOMPARE(c.json.value(QLatin1String("assignee_id")).toInteger(),
            m_hub->user(QStringLiteral("agent1")).id);
        QCOMPARE(c.json.value(QLatin1String("last_message_id")).toInteger(),
            r.json.value(QLatin1String("id")).toInteger());
    }

    void noteNeverEntersTheDeliveryQueue()
    {
        const auto in
            = customerWrites(QStringLiteral("Card ending 4242?"), QStringLiteral("note-1"));
        const qint64 pending = m_hub->hub().storage().messages().pendingDeliveries();
        // A stale "after" does not matter for a note: it goes to colleagues, not the customer.
        const ApiReply r = post(in.conversation.id,
            note(QStringLiteral("Customer sounds upset; offer credit")), m_agent1);
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json.value(QLatin1String("kind")).toString(), QStringLiteral("note"));
        QCOMPARE(r.json.value(QLatin1String("delivery")).toString(), QStringLiteral("none"));
        QCOMPARE(m_hub->hub().storage().messages().pendingDeliveries(), pending);
        const auto stored
            = m_hub->hub().storage().messages().byId(r.json.value(QLatin1String("id")).toInteger());
        QVERIFY(stored);
        QVERIFY(!m_hub->hub().storage().messages().queueDelivery(*stored));
        QCOMPARE(m_hub->hub().storage().messages().pendingDeliveries(), pending);
    }

    void sameClientIdStoresOnce()
    {
        const auto in = customerWrites(QStringLiteral("Hello"), QStringLiteral("idem-1"));
        const QJsonObject body
            = reply(QStringLiteral("Hi Ann"), in.message.id, QStringLiteral("desktop-7:42"));
        const ApiReply first = post(in.conversation.id, body, m_agent1);
        QCOMPARE(first.status, 201);
        QVERIFY(first.header("Idempotent-Replay").isEmpty());
        const qint64 head = m_hub->hub().storage().events().head();
        const ApiReply second = post(in.conversation.id, body, m_agent1);
        QCOMPARE(second.status, 201);
        QCOMPARE(second.header("Idempotent-Replay"), QByteArray("true"));
        QCOMPARE(second.json, first.json);
        QCOMPARE(messageCount(in.conversation.id), 2);
        QCOMPARE(m_hub->hub().storage().events().head(), head);
        // The same id from another user is that user's own, unrelated write.
        QCOMPARE(post(in.conversation.id, note(QStringLiteral("x")), m_supervisor).status, 201);
    }

    void clientIdCannotBeReusedForAnotherTarget()
    {
        const auto a = customerWrites(QStringLiteral("A"), QStringLiteral("reuse-a"));
        const auto b = customerWrites(QStringLiteral("B"), QStringLiteral("reuse-b"));
        QCOMPARE(
            post(a.conversation.id,
                reply(QStringLiteral("one"), a.message.id, QStringLiteral("reused-1")), m_agent1)
                .status,
            201);
        const ApiReply r = post(b.conversation.id,
            reply(QStringLiteral("two"), b.message.id, QStringLiteral("reused-1")), m_agent1);
        QCOMPARE(r.status, 422);
        QCOMPARE(r.errorCode(), QStringLiteral("client_id_reused"));
        QCOMPARE(messageCount(b.conversation.id), 1);
    }

    void writesNeedAValidClientId_data()
    {
        QTest::addColumn<QJsonValue>("clientId");
        QTest::newRow("missing") << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("number") << QJsonValue(12);
        QTest::newRow("empty") << QJsonValue(QString());
        QTest::newRow("spaces") << QJsonValue(QStringLiteral("a b"));
        QTest::newRow("too long") << QJsonValue(QString(101, QLatin1Char('x')));
    }
    void writesNeedAValidClientId()
    {
        QFETCH(QJsonValue, clientId);
        const auto in = customerWrites(
            QStringLiteral("Hi"), QStringLiteral("cid-") + QLatin1String(QTest::currentDataTag()));
        QJsonObject body = reply(QStringLiteral("x"), in.message.id);
        body.remove(QStringLiteral("client_id"));
        if (!clientId.isUndefined())
            body.insert(QStringLiteral("client_id"), clientId);
        const ApiReply r = post(in.conversation.id, body, m_agent1);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorField(), QStringLiteral("client_id"));
        QCOMPARE(messageCount(in.conversation.id), 1);
    }

    void replyAfterNewCustomerMessageConflicts()
    {
        const auto first
            = customerWrites(QStringLiteral("Internet down"), QStringLiteral("clash-1"));
        const ApiReply mine = post(
            first.conversation.id, reply(QStringLiteral("Restart it"), first.message.id), m_agent1);
        QCOMPARE(mine.status, 201);
        const qint64 mineId = mine.json.value(QLatin1String("id")).toInteger();
        // The agent's own reply is not news to them: answering after the first message still works
        // as long as nobody else wrote.
        QCOMPARE(post(first.conversation.id,
                     reply(QStringLiteral("Also unplug it"), first.message.id), m_agent1)
                     .status,
            201);
        const auto later
            = customerWrites(QStringLiteral("Never mind, it works now"), QStringLiteral("clash-1"));
        QCOMPARE(later.conversation.id, first.conversation.id);

        const qsizetype before = messageCount(first.conversation.id);
        const qint64 head = m_hub->hub().storage().events().head();
        const ApiReply conflict = post(
            first.conversation.id, reply(QStringLiteral("Did that help?"), mineId), m_agent1);
        QCOMPARE(conflict.status, 409);
        QCOMPARE(conflict.errorCode(), QStringLiteral("conflict"));
        const QJsonArray missed = conflict.json.value(QLatin1String("missed")).toArray();
        QCOMPARE(missed.size(), 1);
        QCOMPARE(missed.at(0)[QLatin1String("id")].toInteger(), later.message.id);
        QCOMPARE(missed.at(0)[QLatin1String("body")].toString(),
            QStringLiteral("Never mind, it works now"));
        QCOMPARE(messageCount(first.conversation.id), before);
        QCOMPARE(m_hub->hub().storage().events().head(), head);

        // Having read it, the agent answers after the newest message, with the same client id.
        QJsonObject again = reply(QStringLiteral("Glad it works!"), later.message.id);
        QCOMPARE(post(first.conversation.id, again, m_agent1).status, 201);
    }

    void afterMustBeAMessageOfThisConversation()
    {
        const auto in = customerWrites(QStringLiteral("Help"), QStringLiteral("foreign-1"));
        const auto other = customerWrites(QStringLiteral("Other"), QStringLiteral("foreign-2"));
        const auto newest
            = customerWrites(QStringLiteral("Hello again"), QStringLiteral("foreign-1"));
        for (const QJsonValue &after : {QJsonValue(other.message.id),
                 QJsonValue(qint64(9007199254740991)), QJsonValue(987654321)}) {
            const ApiReply r
                = post(in.conversation.id, reply(QStringLiteral("x"), after), m_agent1);
            QCOMPARE(r.status, 400);
            QCOMPARE(r.errorField(), QStringLiteral("after"));
        }
        QCOMPARE(messageCount(in.conversation.id), 2);
        QCOMPARE(post(in.conversation.id, reply(QStringLiteral("x"), newest.message.id), m_agent1)
                     .status,
            201);
    }

    void colleagueNoteConflictsWithReply()
    {
        const auto in = customerWrites(QStringLiteral("Refund please"), QStringLiteral("clash-2"));
        QCOMPARE(
            assign(in.conversation.id, m_hub->user(QStringLiteral("agent1")).id, m_agent1).status,
            200);
        const ApiReply n = post(
            in.conversation.id, note(QStringLiteral("Do not refund: fraud check")), m_supervisor);
        QCOMPARE(n.status, 201);
        const ApiReply conflict = post(
            in.conversation.id, reply(QStringLiteral("Refund done"), in.message.id), m_agent1);
        QCOMPARE(conflict.status, 409);
        QCOMPARE(conflict.json.value(QLatin1String("missed"))
                     .toArray()
                     .at(0)[QLatin1String("kind")]
                     .toString(),
            QStringLiteral("note"));
    }

    void replyMustStateAfter()
    {
        const auto in = customerWrites(QStringLiteral("?"), QStringLiteral("after-1"));
        QJsonObject body = reply(QStringLiteral("x"), 0);
        body.remove(QStringLiteral("after"));
        ApiReply r = post(in.conversation.id, body, m_agent1);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorField(), QStringLiteral("after"));
        // null means "I saw nothing": the customer's message is then missed.
        r = post(in.conversation.id, reply(QStringLiteral("x"), QJsonValue()), m_agent1);
        QCOMPARE(r.status, 409);
        r = post(in.conversation.id, reply(QStringLiteral("x"), QStringLiteral("12")), m_agent1);
        QCOMPARE(r.status, 400);
    }

    void rejectsBadMessageBodies_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QString>("field");
        QTest::newRow("kind inbound")
            << QJsonObject{{QStringLiteral("kind"), QStringLiteral("inbound")},
                   {QStringLiteral("body"), QStringLiteral("x")}}
            << "kind";
        QTest::newRow("kind unknown")
            << QJsonObject{{QStringLiteral("kind"), QStringLiteral("tweet")},
                   {QStringLiteral("body"), QStringLiteral("x")}}
            << "kind";
        QTest::newRow("body missing")
            << QJsonObject{{QStringLiteral("kind"), QStringLiteral("note")}} << "body";
        QTest::newRow("body blank") << QJsonObject{{QStringLiteral("kind"), QStringLiteral("note")},
            {QStringLiteral("body"), QStringLiteral("  ")}}
                                    << "body";
        QTest::newRow("body number")
            << QJsonObject{{QStringLiteral("kind"), QStringLiteral("note")},
                   {QStringLiteral("body"), 5}}
            << "body";
        QTest::newRow("body too long")
            << QJsonObject{{QStringLiteral("kind"), QStringLiteral("note")},
                   {QStringLiteral("body"), QString(100001, QLatin1Char('a'))}}
            << "body";
    }
    void rejectsBadMessageBodies()
    {
        QFETCH(QJsonObject, body);
        QFETCH(QString, field);
        const auto in = customerWrites(QStringLiteral("?"),
            QStringLiteral("bad-body-") + QLatin1String(QTest::currentDataTag()));
        body.insert(QStringLiteral("client_id"), newClientId());
        const ApiReply r = post(in.conversation.id, body, m_supervisor);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorField(), field);
        QCOMPARE(messageCount(in.conversation.id), 1);
        QCOMPARE(post(999999, note(QStringLiteral("x")), m_supervisor).status, 404);
    }

    void agentsActOnlyOnTheirOwn()
    {
        const auto in = customerWrites(QStringLiteral("For agent2"), QStringLiteral("own-1"));
        QCOMPARE(assign(in.conversation.id, m_hub->user(QStringLiteral("agent2")).id, m_supervisor)
                     .status,
            200);
        ApiReply r = post(
            in.conversation.id, reply(QStringLiteral("I'll take it"), in.message.id), m_agent1);
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errorCode(), QStringLiteral("forbidden"));
        QCOMPARE(post(in.conversation.id, note(QStringLiteral("n")), m_agent1).status, 403);
        QCOMPARE(
            m_api
                ->post(QStringLiteral("/api/v1/conversations/%1/status").arg(in.conversation.id),
                    {{QStringLiteral("status"), QStringLiteral("resolved")},
                        {QStringLiteral("client_id"), newClientId()}},
                    m_agent1)
                .status,
            403);
        QCOMPARE(
            assign(in.conversation.id, m_hub->user(QStringLiteral("agent1")).id, m_agent1).status,
            403);
        QCOMPARE(messageCount(in.conversation.id), 1);
        // Reading is allowed: the customer's history belongs to every agent.
        QCOMPARE(
            m_api
                ->get(QStringLiteral("/api/v1/conversations/%1/messages").arg(in.conversation.id),
                    m_agent1)
                .status,
            200);
        QCOMPARE(post(in.conversation.id, reply(QStringLiteral("Supervisor here"), in.message.id),
                     m_supervisor)
                     .status,
            201);
        QCOMPARE(
            post(in.conversation.id, reply(QStringLiteral("Agent2 here"), in.message.id), m_agent2)
                .status,
            409);
    }

    void policyCanLetAgentsActOnColleaguesWork()
    {
        TestHub::Options options;
        options.policy.agentsActOnOthers = true;
        options.policy.agentsActOnUnassigned = false;
        TestHub open(options);
        ApiClient api(open.url());
        const QString agent1 = api.login(QStringLiteral("agent1"), TestHub::password());
        Hub::InboundMessage m;
        m.sender = {0, Domain::IdentityKind::Email, QStringLiteral("bob@example.net")};
        m.body = QStringLiteral("hi");
        const auto in = open.hub().inbound().receive(m);
        // Unassigned: not allowed on this hub.
        QCOMPARE(
            api.post(QStringLiteral("/api/v1/conversations/%1/messages").arg(in.conversation.id),
                   reply(QStringLiteral("x"), in.message.id), agent1)
                .status,
            403);
        const QString supervisor = api.login(QStringLiteral("supervisor"), TestHub::password());
        QCOMPARE(api.post(QStringLiteral("/api/v1/conversations/%1/assign").arg(in.conversation.id),
                        {{QStringLiteral("assignee_id"), open.user(QStringLiteral("agent2")).id},
                            {QStringLiteral("client_id"), newClientId()}},
                        supervisor)
                     .status,
            200);
        QCOMPARE(
            api.post(QStringLiteral("/api/v1/conversations/%1/messages").arg(in.conversation.id),
                   reply(QStringLiteral("x"), in.message.id), agent1)
                .status,
            201);
    }

    void assignmentRules()
    {
        const auto in = customerWrites(QStringLiteral("Queue me"), QStringLiteral("assign-1"));
        const qint64 agent1 = m_hub->user(QStringLiteral("agent1")).id;
        const qint64 agent2 = m_hub->user(QStringLiteral("agent2")).id;
        ApiReply r = assign(in.conversation.id, agent2, m_agent1);
        QCOMPARE(r.status, 403);
        r = assign(in.conversation.id, agent1, m_agent1);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QLatin1String("assignee_id")).toInteger(), agent1);
        r = assign(in.conversation.id, agent2, m_agent1);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QLatin1String("assignee_id")).toInteger(), agent2);
        r = assign(in.conversation.id, 999999, m_supervisor);
        QCOMPARE(r.status, 404);
        r = assign(in.conversation.id, QJsonValue(), m_supervisor);
        QCOMPARE(r.status, 200);
        QVERIFY(r.json.value(QLatin1String("assignee_id")).isNull());
        r = m_api->post(QStringLiteral("/api/v1/conversations/%1/assign").arg(in.conversation.id),
            {{QStringLiteral("client_id"), newClientId()}}, m_supervisor);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorField(), QStringLiteral("assignee_id"));
        QCOMPARE(assign(999999, agent1, m_supervisor).status, 404);
    }

    void statusChanges()
    {
        const auto in
            = customerWrites(QStringLiteral("Thanks, solved"), QStringLiteral("status-1"));
        const auto set = [&](const QJsonValue &status, const QString &token) {
            return m_api->post(
                QStringLiteral("/api/v1/conversations/%1/status").arg(in.conversation.id),
                {{QStringLiteral("status"), status}, {QStringLiteral("client_id"), newClientId()}},
                token);
        };
        ApiReply r = set(QStringLiteral("resolved"), m_agent1);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QLatin1String("status")).toString(), QStringLiteral("resolved"));
        QCOMPARE(set(QStringLiteral("closed"), m_agent1).status, 400);
        QCOMPARE(set(3, m_agent1).status, 400);
        // A customer writing again reopens it.
        const auto again
            = customerWrites(QStringLiteral("Actually not"), QStringLiteral("status-1"));
        QVERIFY(again.conversation.id != in.conversation.id
            || again.conversation.status == Domain::ConversationStatus::Open);
    }
};

QTEST_GUILESS_MAIN(TestConversations)
#include "tst_conversations.moc"
