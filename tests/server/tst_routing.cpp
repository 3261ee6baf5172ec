// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Routing of waiting work: who gets a conversation as it comes in (skills, language, capacity,
// breaks, the customer's previous agent, the agent free longest), and the decision in the audit
// log.
#include "ApiClient.h"
#include "TestHub.h"
#include "core/Hub.h"
#include "routing/AgentChooser.h"
#include "service/InboundService.h"
#include "service/PeopleService.h"
#include "storage/AuditRepository.h"
#include "storage/ConversationRepository.h"
#include "storage/Database.h"
#include "storage/Storage.h"

#include <QSqlQuery>
#include <QTest>

using namespace Switchboard;
using namespace Switchboard::Test;
using namespace Switchboard::Domain;
using Hub::AgentChooser;
using Hub::RoutingInput;

namespace {

User agent(Id id, QStringList skills, QStringList languages, PresenceState state, int minutesAgo)
{
    User u;
    u.id = id;
    u.username = QStringLiteral("agent%1").arg(id);
    u.role = Role::Agent;
    u.skills = skills;
    u.languages = languages;
    u.capacity = {{ChannelKind::WhatsApp, 2}, {ChannelKind::Email, 5}};
    u.presence.state = state;
    u.presence.since = QDateTime::currentDateTimeUtc().addSecs(-60 * minutesAgo);
    return u;
}

RoutingInput waiting(const QString &topic, const QString &language)
{
    RoutingInput in;
    in.conversation.id = 100;
    in.conversation.channel = ChannelKind::WhatsApp;
    Analysis a;
    a.topic = topic;
    a.language = language;
    in.conversation.analysis = a;
    // 1: billing, de, free 30 min; 2: billing, en, free 60 min; 3: support, en, free 90 min;
    // 4: billing, en, on a break for hours.
    in.users = {agent(1, {QStringLiteral("billing")}, {QStringLiteral("de")},
                    PresenceState::Available, 30),
        agent(2, {QStringLiteral("billing")}, {QStringLiteral("en")}, PresenceState::Available, 60),
        agent(3, {QStringLiteral("technical_support")}, {QStringLiteral("en")},
            PresenceState::Available, 90),
        agent(4, {QStringLiteral("billing")}, {QStringLiteral("en")}, PresenceState::Break, 300)};
    return in;
}

} // namespace

class TestRouting : public QObject
{
    Q_OBJECT

    //! A WhatsApp message from this number, its own thread, received by the hub's inbound
    //! service as a webhook delivery would be.
    static Hub::InboundResult receiveWhatsApp(TestHub &hub, const QString &from,
        const QString &providerId, const QString &text, const QDateTime &sentAt = {})
    {
        Hub::InboundMessage in;
        in.channel = ChannelKind::WhatsApp;
        in.sender = Identity{0, IdentityKind::WhatsApp, from};
        in.threadId = from;
        in.providerMessageId = providerId;
        in.body = text;
        in.sentAt = sentAt;
        return hub.hub().inbound().receive(in);
    }

    //! The admin gives the agent this many WhatsApp conversations at once, and the agent
    //! becomes available; true when the hub accepted both.
    static bool takesWhatsApp(
        ApiClient &api, const QString &admin, const QString &agent, Id agentId, int capacity)
    {
        return api.request("PATCH", QStringLiteral("/api/v1/users/%1").arg(agentId),
                      {{QStringLiteral("capacity"),
                           QJsonObject{{QStringLiteral("whatsapp"), capacity}}},
                          {QStringLiteral("client_id"), newClientId()}},
                      admin)
                   .status
            == 200
            && api.request("PUT", QStringLiteral("/api/v1/me/presence"),
                      {{QStringLiteral("state"), QStringLiteral("available")},
                          {QStringLiteral("client_id"), newClientId()}},
                      agent)
                   .status
            == 200;
    }

private Q_SLOTS:
    void skillAndLanguageThenTheAgentFreeLongest()
    {
        auto d = AgentChooser::choose(waiting(QStringLiteral("billing"), QStringLiteral("en")));
        QCOMPARE(d.agentId, std::optional<Id>(2)); // 4 is on a break, 1 speaks German, 3 no skill
        QCOMPARE(d.rule, QStringLiteral("idle_longest"));
        QCOMPARE(d.skills, QStringList{QStringLiteral("billing")});
        QCOMPARE(d.language, QStringLiteral("en"));
        QCOMPARE(d.candidates, 1);
        QCOMPARE(d.passedOver.value(QStringLiteral("not_available")), 1);
        QCOMPARE(d.passedOver.value(QStringLiteral("no_skill")), 1);
        QCOMPARE(d.passedOver.value(QStringLiteral("no_language")), 1);

        d = AgentChooser::choose(waiting(QStringLiteral("billing"), QStringLiteral("de")));
        QCOMPARE(d.agentId, std::optional<Id>(1));
        // No topic: any available agent who speaks the language, free longest.
        d = AgentChooser::choose(waiting(QString(), QStringLiteral("en")));
        QCOMPARE(d.agentId, std::optional<Id>(3));
        QVERIFY(d.skills.isEmpty());
    }

    void aSkillOrLanguageNobodyHasDoesNotStrandTheWork()
    {
        // Nobody speaks Portuguese and nobody has "collections": the others still qualify.
        const auto d
            = AgentChooser::choose(waiting(QStringLiteral("collections"), QStringLiteral("pt")));
        QCOMPARE(d.agentId, std::optional<Id>(3));
        QVERIFY(d.skills.isEmpty() && d.language.isEmpty());
    }

    void capacityPerChannelIsRespected()
    {
        RoutingInput in = waiting(QStringLiteral("billing"), QStringLiteral("en"));
        in.load.insert(2, 2); // agent 2 already has two WhatsApp conversations
        auto d = AgentChooser::choose(in);
        QVERIFY(!d.agentId);
        QCOMPARE(d.rule, QStringLiteral("no_agent"));
        QCOMPARE(d.passedOver.value(QStringLiteral("at_capacity")), 1);
        // Capacity is per channel: an email still has room.
        in.conversation.channel = ChannelKind::Email;
        QCOMPARE(AgentChooser::choose(in).agentId, std::optional<Id>(2));
        // No capacity for a channel means the agent does not take it.
        in.conversation.channel = ChannelKind::XPost;
        QVERIFY(!AgentChooser::choose(in).agentId);
    }

    void aReturningCustomerGoesBackToTheirAgent()
    {
        RoutingInput in = waiting(QString(), QStringLiteral("en"));
        in.previousAgent = 2;
        auto d = AgentChooser::choose(in);
        QCOMPARE(d.agentId, std::optional<Id>(2));
        QCOMPARE(d.rule, QStringLiteral("previous_agent"));
        // Not when that agent is on a break: then the usual rule.
        in.previousAgent = 4;
        d = AgentChooser::choose(in);
        QCOMPARE(d.agentId, std::optional<Id>(3));
        QCOMPARE(d.rule, QStringLiteral("idle_longest"));
    }

    void aHubRoutesWhatComesInAndRecordsWhy()
    {
        TestHub hub;
        ApiClient api(hub.url());
        const QString admin = api.login(QStringLiteral("admin"), TestHub::password());
        const QString agent1 = api.login(QStringLiteral("agent1"), TestHub::password());
        const Id agent1Id = hub.user(QStringLiteral("agent1")).id;
        const auto receive = [&](const QString &from, const QString &id, const QString &text) {
            return receiveWhatsApp(hub, from, id, text);
        };
        // Nobody takes WhatsApp yet: the work waits, and the decision says why.
        auto first = receive(QStringLiteral("447700900001"), QStringLiteral("wamid.1"),
            QStringLiteral("Why was I charged twice this month?"));
        QVERIFY(!first.conversation.assigneeId);
        auto audit = hub.hub().storage().audit().list(0, 10, QString(AuditAction::RoutingQueued));
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit.first().conversationId, std::optional<Id>(first.conversation.id));
        QVERIFY(audit.first().details.value(QLatin1String("passed_over")).toObject().contains(
            QLatin1String("not_available")));

        // agent1 takes WhatsApp and becomes available: the waiting work goes to them, and so
        // does the next newcomer.
        QVERIFY(takesWhatsApp(api, admin, agent1, agent1Id, 2));
        QTRY_COMPARE(hub.hub().storage().conversations().byId(first.conversation.id)->assigneeId,
            std::optional<Id>(agent1Id));
        auto second = receive(QStringLiteral("447700900002"), QStringLiteral("wamid.2"),
            QStringLiteral("My router keeps dropping"));
        QCOMPARE(second.conversation.assigneeId, std::optional<Id>(agent1Id));
        audit = hub.hub().storage().audit().list(0, 10, QString(AuditAction::RoutingAssigned));
        QCOMPARE(audit.size(), 2);
        QCOMPARE(audit.first().details.value(QLatin1String("rule")).toString(),
            QStringLiteral("longest_waiting"));
        QCOMPARE(audit.last().userName, QStringLiteral("routing"));
        QCOMPARE(audit.last().details.value(QLatin1String("agent_id")).toInteger(), agent1Id);
        QCOMPARE(audit.last().details.value(QLatin1String("rule")).toString(),
            QStringLiteral("idle_longest"));
        // The agent's desktop hears of it: the conversation reaches them assigned.
        const ApiReply mine = api.get(
            QStringLiteral("/api/v1/conversations?assignee=me&status=open"), agent1);
        QCOMPARE(mine.items().size(), 2);

        // At capacity (two WhatsApp conversations): the next one waits.
        auto third = receive(QStringLiteral("447700900003"), QStringLiteral("wamid.3"),
            QStringLiteral("Hello?"));
        QVERIFY(!third.conversation.assigneeId);
        // A second message on waiting work decides nothing new and records nothing.
        const qint64 entries = hub.hub().storage().audit().list(0, 100).size();
        receive(QStringLiteral("447700900003"), QStringLiteral("wamid.4"), QStringLiteral("Hello??"));
        QCOMPARE(hub.hub().storage().audit().list(0, 100).size(), entries);
    }

    void aNewConversationIsWrittenOnceAndItsWorkStartsWhenRouted()
    {
        TestHub hub;
        ApiClient api(hub.url());
        const QString admin = api.login(QStringLiteral("admin"), TestHub::password());
        const QString agent1 = api.login(QStringLiteral("agent1"), TestHub::password());
        const Id agent1Id = hub.user(QStringLiteral("agent1")).id;
        Hub::Database &db = hub.hub().storage().database();
        // Every write of a conversation's row, as the hub's own connection makes it.
        db.exec(QStringLiteral("CREATE TEMP TABLE row_writes (conversation INTEGER, kind TEXT)"));
        for (const char *kind : {"INSERT", "UPDATE"}) {
            db.exec(QStringLiteral("CREATE TEMP TRIGGER count_%1 AFTER %1 ON main.conversations "
                                   "BEGIN INSERT INTO row_writes VALUES (NEW.id, '%1'); END")
                        .arg(QLatin1String(kind)));
        }
        const auto writes = [&](Id conversation) {
            QStringList kinds;
            QSqlQuery &q = db.exec(
                QStringLiteral("SELECT kind FROM row_writes WHERE conversation = ? ORDER BY rowid"),
                {conversation});
            while (q.next())
                kinds << q.value(0).toString();
            q.finish();
            return kinds;
        };
        // Sent ten minutes before it reaches the hub (a provider's retry, a slow mailbox).
        const QDateTime sentAt = QDateTime::currentDateTimeUtc().addSecs(-600);
        const auto receive = [&](const QString &from, const QString &id) {
            return receiveWhatsApp(
                hub, from, id, QStringLiteral("Why was I charged twice this month?"), sentAt);
        };

        // Nobody takes WhatsApp: the new conversation waits, written once, whole.
        const auto queued = receive(QStringLiteral("447700900011"), QStringLiteral("wamid.11"));
        QVERIFY(!queued.conversation.assigneeId);
        QCOMPARE(writes(queued.conversation.id), QStringList{QStringLiteral("INSERT")});
        const auto held = hub.hub().storage().conversations().byId(queued.conversation.id);
        QVERIFY(held);
        QCOMPARE(held->lastMessageId, queued.message.id);
        QCOMPARE(held->lastMessageAt, sentAt);
        QVERIFY(held->analysis);
        QCOMPARE(held->analysis->messageId, queued.message.id);
        QCOMPARE(held->analysis->topic, queued.conversation.analysis->topic);
        QCOMPARE(held->queueId, queued.conversation.queueId);
        QCOMPARE(held->status, ConversationStatus::Open);
        QCOMPARE(queued.message.conversationId, queued.conversation.id);
        QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM conversation_work WHERE "
                                          "conversation_id = ?"),
                       {queued.conversation.id})
                     .toInt(),
            0);

        // agent1 takes WhatsApp: the next newcomer is routed to them as it arrives, and the
        // work on it starts then, not when the customer wrote.
        QVERIFY(takesWhatsApp(api, admin, agent1, agent1Id, 3));
        QTRY_COMPARE(hub.hub().storage().conversations().byId(queued.conversation.id)->assigneeId,
            std::optional<Id>(agent1Id));
        const auto routed = receive(QStringLiteral("447700900012"), QStringLiteral("wamid.12"));
        QCOMPARE(routed.conversation.assigneeId, std::optional<Id>(agent1Id));
        QCOMPARE(writes(routed.conversation.id),
            (QStringList{QStringLiteral("INSERT"), QStringLiteral("UPDATE")}));
        const qint64 started
            = db.scalar(QStringLiteral("SELECT started_at FROM conversation_work WHERE "
                                       "conversation_id = ?"),
                    {routed.conversation.id})
                  .toLongLong();
        QCOMPARE(started, routed.conversation.updatedAt.toMSecsSinceEpoch());
        QVERIFY(started >= sentAt.addSecs(590).toMSecsSinceEpoch());
        QCOMPARE(hub.hub().storage().conversations().byId(routed.conversation.id)->lastMessageId,
            routed.message.id);
    }
};

QTEST_GUILESS_MAIN(TestRouting)
#include "tst_routing.moc"
