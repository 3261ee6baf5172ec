// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Queues: the admin defines them (validated, audited, announced), the analysis of incoming work
// puts a conversation in the first that matches, and routing requires the queue's skills.
#include "ApiClient.h"
#include "TestHub.h"
#include "core/Hub.h"
#include "domain/Event.h"
#include "service/InboundService.h"
#include "storage/AuditRepository.h"
#include "storage/ConversationRepository.h"
#include "storage/EventLog.h"
#include "storage/Storage.h"

#include <QJsonDocument>
#include <QTest>

using namespace Switchboard;
using namespace Switchboard::Test;
using namespace Switchboard::Domain;

namespace {

QJsonObject withClientId(QJsonObject body)
{
    body.insert(QStringLiteral("client_id"), newClientId());
    return body;
}

QJsonObject billingDe()
{
    return QJsonDocument::fromJson(R"({"name": "Billing DE", "position": 0,
        "topics": ["billing"], "languages": ["de"], "channels": ["email", "whatsapp"],
        "skills": ["billing"], "sla_seconds": {"whatsapp": 30, "email": 14400}})")
        .object();
}

QJsonObject general()
{
    return {{QStringLiteral("name"), QStringLiteral("General")}, {QStringLiteral("position"), 5},
        {QStringLiteral("sla_seconds"), QJsonObject{{QStringLiteral("whatsapp"), 3600}}}};
}

} // namespace

class TestQueues : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void adminsDefineQueuesSupervisorsReadThem()
    {
        TestHub hub;
        ApiClient api(hub.url());
        const QString admin = api.login(QStringLiteral("admin"), TestHub::password());
        const QString supervisor = api.login(QStringLiteral("supervisor"), TestHub::password());
        const QString agent = api.login(QStringLiteral("agent1"), TestHub::password());
        const QString path = QStringLiteral("/api/v1/queues");

        QCOMPARE(api.get(path, supervisor).status, 200);
        QCOMPARE(api.get(path, supervisor).items().size(), 0);
        QCOMPARE(api.get(path, agent).status, 403);
        QCOMPARE(api.post(path, withClientId(billingDe()), agent).status, 403);
        QCOMPARE(api.post(path, withClientId(billingDe()), supervisor).status, 403);

        const Seq before = hub.hub().storage().events().head();
        const ApiReply created = api.post(path, withClientId(billingDe()), admin);
        QCOMPARE(created.status, 201);
        QJsonObject expected = billingDe();
        const Id id = created.json.value(QLatin1String("id")).toInteger();
        QVERIFY(id > 0);
        expected.insert(QStringLiteral("id"), id);
        QCOMPARE(created.json, expected);
        // Announced to everyone, audited with the queue.
        const auto events = hub.hub().storage().events().since(before, 10);
        QCOMPARE(events.first().event.type, QString(EventType::QueueUpdated));
        QCOMPARE(events.first().event.data, expected);
        QVERIFY(events.first().audience.everyone);
        auto audit = hub.hub().storage().audit().list(0, 10, QString(AuditAction::QueueCreated));
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit.first().details.value(QLatin1String("queue")).toObject(), expected);

        // A repeated client_id creates nothing more.
        const QJsonObject once = withClientId(general());
        const ApiReply first = api.post(path, once, admin);
        QCOMPARE(first.status, 201);
        QCOMPARE(api.post(path, once, admin).json, first.json);
        QCOMPARE(api.get(path, supervisor).items().size(), 2);
        // Without a position, a queue comes last.
        QJsonObject third{{QStringLiteral("name"), QStringLiteral("Overflow")}};
        QCOMPARE(api.post(path, withClientId(third), admin).json.value(QLatin1String("position")),
            QJsonValue(6));

        // Changes: all of it replaced; the name must stay unique.
        QJsonObject changed = billingDe();
        changed.insert(QStringLiteral("skills"),
            QJsonArray{QStringLiteral("billing"), QStringLiteral("german")});
        const QString one = QStringLiteral("/api/v1/queues/%1").arg(id);
        QCOMPARE(api.request("PUT", one, withClientId(changed), supervisor).status, 403);
        ApiReply put = api.request("PUT", one, withClientId(changed), admin);
        QCOMPARE(put.status, 200);
        QCOMPARE(put.json.value(QLatin1String("skills")).toArray().size(), 2);
        changed.insert(QStringLiteral("name"), QStringLiteral("General"));
        put = api.request("PUT", one, withClientId(changed), admin);
        QCOMPARE(put.status, 409);
        QCOMPARE(put.errorCode(), QStringLiteral("queue_name_taken"));
        QCOMPARE(put.errorField(), QStringLiteral("name"));
        QCOMPARE(
            api.request("PUT", QStringLiteral("/api/v1/queues/999"), withClientId(general()), admin)
                .status,
            404);
        QCOMPARE(api.get(path, supervisor).items().at(0).toObject().value(QLatin1String("name")),
            QJsonValue(QStringLiteral("Billing DE")));

        // Removed: announced by id, audited, gone.
        QCOMPARE(api.request("DELETE", one, withClientId({}), supervisor).status, 403);
        const ApiReply removed = api.request("DELETE", one, withClientId({}), admin);
        QCOMPARE(removed.status, 200);
        QCOMPARE(removed.json, (QJsonObject{{QStringLiteral("id"), id}}));
        QCOMPARE(
            hub.hub().storage().audit().list(0, 10, QString(AuditAction::QueueDeleted)).size(), 1);
        QCOMPARE(api.get(path, supervisor).items().size(), 2);
        QCOMPARE(api.request("DELETE", one, withClientId({}), admin).status, 404);
    }

    void badQueuesAreRefusedAndChangeNothing_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("code");
        QTest::newRow("no name") << "name" << QJsonValue() << "invalid_field";
        QTest::newRow("blank name")
            << "name" << QJsonValue(QStringLiteral("  ")) << "invalid_field";
        QTest::newRow("long name")
            << "name" << QJsonValue(QString(101, QLatin1Char('q'))) << "invalid_field";
        QTest::newRow("taken name")
            << "name" << QJsonValue(QStringLiteral("General")) << "queue_name_taken";
        QTest::newRow("unknown channel")
            << "channels" << QJsonValue(QJsonArray{QStringLiteral("pigeon")}) << "invalid_field";
        QTest::newRow("topics not strings")
            << "topics" << QJsonValue(QJsonArray{1, 2}) << "invalid_field";
        QTest::newRow("sla zero") << "sla_seconds"
                                  << QJsonValue(QJsonObject{{QStringLiteral("email"), 0}})
                                  << "invalid_field";
        QTest::newRow("sla fraction")
            << "sla_seconds" << QJsonValue(QJsonObject{{QStringLiteral("email"), 1.5}})
            << "invalid_field";
        QTest::newRow("sla over 30 days")
            << "sla_seconds"
            << QJsonValue(QJsonObject{{QStringLiteral("email"), 30 * 24 * 3600 + 1}})
            << "invalid_field";
        QTest::newRow("sla unknown channel")
            << "sla_seconds" << QJsonValue(QJsonObject{{QStringLiteral("fax"), 60}})
            << "invalid_field";
        QTest::newRow("sla not an object")
            << "sla_seconds" << QJsonValue(QStringLiteral("fast")) << "invalid_field";
        QTest::newRow("unknown field")
            << "colour" << QJsonValue(QStringLiteral("red")) << "invalid_field";
    }

    void badQueuesAreRefusedAndChangeNothing()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QString, code);
        TestHub hub;
        ApiClient api(hub.url());
        const QString admin = api.login(QStringLiteral("admin"), TestHub::password());
        const QString path = QStringLiteral("/api/v1/queues");
        QCOMPARE(api.post(path, withClientId(general()), admin).status, 201);
        const Seq head = hub.hub().storage().events().head();

        QJsonObject body = billingDe();
        if (value.isNull())
            body.remove(field);
        else
            body.insert(field, value);
        ApiReply r = api.post(path, withClientId(body), admin);
        QCOMPARE(r.status, code == QLatin1String("queue_name_taken") ? 409 : 400);
        QCOMPARE(r.errorCode(), code);
        QCOMPARE(r.errorField(), field);
        // The same through PUT on the existing queue.
        const Id id
            = api.get(path, admin).items().at(0).toObject().value(QLatin1String("id")).toInteger();
        if (code != QLatin1String("queue_name_taken")) {
            r = api.request(
                "PUT", QStringLiteral("%1/%2").arg(path).arg(id), withClientId(body), admin);
            QCOMPARE(r.status, 400);
            QCOMPARE(r.errorField(), field);
        }
        QCOMPARE(hub.hub().storage().events().head(), head);
        QCOMPARE(api.get(path, admin).items().size(), 1);
        QCOMPARE(api.get(path, admin).items().at(0).toObject(), [&] {
            QJsonObject g = general();
            g.insert(QStringLiteral("id"), id);
            g.insert(QStringLiteral("topics"), QJsonArray());
            g.insert(QStringLiteral("languages"), QJsonArray());
            g.insert(QStringLiteral("channels"), QJsonArray());
            g.insert(QStringLiteral("skills"), QJsonArray());
            return g;
        }());
    }

    void theAnalysisPutsWorkInTheFirstMatchingQueue()
    {
        TestHub hub;
        ApiClient api(hub.url());
        const QString admin = api.login(QStringLiteral("admin"), TestHub::password());
        const QString agent1 = api.login(QStringLiteral("agent1"), TestHub::password());
        const Id agent1Id = hub.user(QStringLiteral("agent1")).id;
        const QJsonObject rules{{QStringLiteral("rules"),
            QJsonArray{QJsonObject{{QStringLiteral("topic"), QStringLiteral("billing")},
                {QStringLiteral("keywords"),
                    QJsonArray{QStringLiteral("invoice"), QStringLiteral("Rechnung")}}}}}};
        QCOMPARE(
            api.request("PUT", QStringLiteral("/api/v1/topic-rules"), withClientId(rules), admin)
                .status,
            200);
        const Id billing
            = api.post(QStringLiteral("/api/v1/queues"), withClientId(billingDe()), admin)
                  .json.value(QLatin1String("id"))
                  .toInteger();
        const Id fallback
            = api.post(QStringLiteral("/api/v1/queues"), withClientId(general()), admin)
                  .json.value(QLatin1String("id"))
                  .toInteger();
        // agent1 takes WhatsApp, is available and speaks German, but has no "billing" skill.
        QCOMPARE(api.request("PATCH", QStringLiteral("/api/v1/users/%1").arg(agent1Id),
                        withClientId({{QStringLiteral("capacity"),
                                          QJsonObject{{QStringLiteral("whatsapp"), 3}}},
                            {QStringLiteral("languages"),
                                QJsonArray{QStringLiteral("de"), QStringLiteral("en")}},
                            {QStringLiteral("skills"), QJsonArray{QStringLiteral("sales")}}}),
                        admin)
                     .status,
            200);
        QCOMPARE(
            api.request("PUT", QStringLiteral("/api/v1/me/presence"),
                   withClientId({{QStringLiteral("state"), QStringLiteral("available")}}), agent1)
                .status,
            200);
        int n = 0;
        const auto receive = [&](const QString &text) {
            ++n;
            Hub::InboundMessage in;
            in.channel = ChannelKind::WhatsApp;
            in.sender = Identity{0, IdentityKind::WhatsApp, QStringLiteral("4917600000%1").arg(n)};
            in.threadId = in.sender.value;
            in.providerMessageId = QStringLiteral("wamid.q%1").arg(n);
            in.body = text;
            return hub.hub().inbound().receive(in).conversation;
        };
        // German billing work: the billing queue, whose skill no one available has, so it waits
        // although agent1 would otherwise take it; the decision names the queue and the skill.
        const Conversation german = receive(
            QStringLiteral("Ich habe eine Frage zu meiner Rechnung, die ist nicht richtig"));
        QCOMPARE(german.queueId, std::optional<Id>(billing));
        QVERIFY(!german.assigneeId);
        const auto queued
            = hub.hub().storage().audit().list(0, 10, QString(AuditAction::RoutingQueued));
        QCOMPARE(queued.size(), 1);
        QCOMPARE(queued.first().details.value(QLatin1String("queue_id")).toInteger(), billing);
        QCOMPARE(queued.first().details.value(QLatin1String("skills")).toArray(),
            QJsonArray{QStringLiteral("billing")});
        QCOMPARE(queued.first()
                     .details.value(QLatin1String("passed_over"))
                     .toObject()
                     .value(QLatin1String("no_skill"))
                     .toInt(),
            1);
        // English billing work matches no language of the billing queue: the general one, which
        // asks for no skill, so agent1 takes it.
        const Conversation english
            = receive(QStringLiteral("Question about my invoice from last month please"));
        QCOMPARE(english.queueId, std::optional<Id>(fallback));
        QCOMPARE(english.assigneeId, std::optional<Id>(agent1Id));
        const auto assigned
            = hub.hub().storage().audit().list(0, 10, QString(AuditAction::RoutingAssigned));
        QCOMPARE(assigned.last().details.value(QLatin1String("queue_id")).toInteger(), fallback);
        // The conversation's JSON carries its queue.
        const ApiReply read
            = api.get(QStringLiteral("/api/v1/conversations/%1").arg(german.id), agent1);
        QCOMPARE(read.json.value(QLatin1String("queue_id")).toInteger(), billing);

        // Removing a queue leaves its conversations in none, and says so.
        QCOMPARE(api.request("DELETE", QStringLiteral("/api/v1/queues/%1").arg(billing),
                        withClientId({}), admin)
                     .status,
            200);
        QVERIFY(!hub.hub().storage().conversations().byId(german.id)->queueId);
        QCOMPARE(api.get(QStringLiteral("/api/v1/conversations/%1").arg(german.id), agent1)
                     .json.value(QLatin1String("queue_id")),
            QJsonValue());
        // With no queue matching, none.
        QCOMPARE(api.request("DELETE", QStringLiteral("/api/v1/queues/%1").arg(fallback),
                        withClientId({}), admin)
                     .status,
            200);
        QVERIFY(!receive(QStringLiteral("Hello there")).queueId);
    }
};

QTEST_GUILESS_MAIN(TestQueues)
#include "tst_queues.moc"
