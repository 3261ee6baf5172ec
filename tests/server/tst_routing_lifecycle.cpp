// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The routing lifecycle: waiting work goes to agents as they become free (by priority, never to
// an agent on a break), calls ring one agent at a time and move on when declined or unanswered,
// and an agent gone offline has their open work requeued after a grace period.
#include "ApiClient.h"
#include "StreamClient.h"
#include "TestHub.h"
#include "core/Hub.h"
#include "service/InboundService.h"
#include "storage/AuditRepository.h"
#include "storage/CallRepository.h"
#include "storage/ConversationRepository.h"
#include "storage/Storage.h"

#include <QTest>
#include <memory>

using namespace Switchboard;
using namespace Switchboard::Test;
using namespace Switchboard::Domain;

namespace {

//! A hub with short routing timers, and the requests the tests make of it.
struct Floor
{
    explicit Floor(int ringMs = 300, int graceMs = 300)
        : ring(std::make_shared<int>(ringMs))
        , hub([&] {
            TestHub::Options o;
            // Read at each start, so a restart can change it.
            o.configure = [ring = ring, graceMs](Hub::HubConfig &config) {
                config.ringTimeoutMilliseconds = *ring;
                config.requeueGraceMilliseconds = graceMs;
            };
            return o;
        }())
        , api(hub.url())
    {
        admin = api.login(QStringLiteral("admin"), TestHub::password());
        for (const char *name : {"agent1", "agent2"})
            tokens.insert(QLatin1String(name), api.login(QLatin1String(name), TestHub::password()));
    }

    Id id(const QString &user) { return hub.user(user).id; }
    void capacity(const QString &user, const QJsonObject &capacity)
    {
        QCOMPARE(api.request("PATCH", QStringLiteral("/api/v1/users/%1").arg(id(user)),
                        {{QStringLiteral("capacity"), capacity},
                            {QStringLiteral("client_id"), newClientId()}},
                        admin)
                     .status,
            200);
    }
    void presence(const QString &user, const QString &state)
    {
        QCOMPARE(
            api.request("PUT", QStringLiteral("/api/v1/me/presence"),
                   {{QStringLiteral("state"), state}, {QStringLiteral("client_id"), newClientId()}},
                   tokens.value(user))
                .status,
            200);
    }
    //! A message from a new customer, or from customer (the n of an earlier receive) again.
    Id receive(const QString &text, int customer = 0)
    {
        ++n;
        Hub::InboundMessage in;
        in.channel = ChannelKind::WhatsApp;
        in.sender = Identity{
            0, IdentityKind::WhatsApp, QStringLiteral("4477009100%1").arg(customer ? customer : n)};
        in.threadId = in.sender.value;
        in.providerMessageId = QStringLiteral("wamid.l%1").arg(n);
        in.body = text;
        return hub.hub().inbound().receive(in).conversation.id;
    }
    void resolve(Id conversation, const QString &user)
    {
        QCOMPARE(api.request("POST",
                        QStringLiteral("/api/v1/conversations/%1/status").arg(conversation),
                        {{QStringLiteral("status"), QStringLiteral("resolved")},
                            {QStringLiteral("client_id"), newClientId()}},
                        tokens.value(user))
                     .status,
            200);
    }
    std::optional<Id> assignee(Id conversation)
    {
        return hub.hub().storage().conversations().byId(conversation)->assigneeId;
    }
    QList<AuditEntry> audit(QLatin1String action)
    {
        return hub.hub().storage().audit().list(0, 100, QString(action));
    }

    std::shared_ptr<int> ring;
    TestHub hub;
    ApiClient api;
    QString admin;
    QHash<QString, QString> tokens;
    int n = 0;
};

const QString Agent1 = QStringLiteral("agent1");
const QString Agent2 = QStringLiteral("agent2");

} // namespace

class TestRoutingLifecycle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aFreeAgentTakesWaitingWorkByPriorityButNotOnABreak()
    {
        Floor f;
        f.capacity(Agent1, {{QStringLiteral("whatsapp"), 2}});
        const Id calm = f.receive(QStringLiteral("Hello, a question about my plan"));
        const Id later = f.receive(QStringLiteral("Hi, another question about my plan"));
        const Id angry = f.receive(
            QStringLiteral("This is terrible, awful service, I am furious and disappointed"));
        for (Id c : {calm, later, angry})
            QVERIFY(!f.assignee(c));
        // Available: the most urgent first, then the one waiting longest, up to capacity.
        f.presence(Agent1, QStringLiteral("available"));
        QTRY_COMPARE(f.assignee(angry), std::optional<Id>(f.id(Agent1)));
        QTRY_COMPARE(f.assignee(calm), std::optional<Id>(f.id(Agent1)));
        QVERIFY(!f.assignee(later));
        const auto assigned = f.audit(AuditAction::RoutingAssigned);
        QCOMPARE(assigned.size(), 2);
        QCOMPARE(assigned.first().conversationId, std::optional<Id>(angry));
        QCOMPARE(assigned.first().details.value(QLatin1String("rule")).toString(),
            QStringLiteral("longest_waiting"));

        // On a break, finishing work frees room but brings nothing new.
        f.presence(Agent1, QStringLiteral("break"));
        f.resolve(angry, Agent1);
        QTest::qWait(100);
        QVERIFY(!f.assignee(later));
        // Back: the room is filled.
        f.presence(Agent1, QStringLiteral("available"));
        QTRY_COMPARE(f.assignee(later), std::optional<Id>(f.id(Agent1)));

        // Handing work back puts it in the queue, where the other free agent takes it.
        f.capacity(Agent2, {{QStringLiteral("whatsapp"), 1}});
        f.presence(Agent2, QStringLiteral("available"));
        QCOMPARE(f.api
                     .request("POST", QStringLiteral("/api/v1/conversations/%1/assign").arg(calm),
                         {{QStringLiteral("assignee_id"), QJsonValue()},
                             {QStringLiteral("client_id"), newClientId()}},
                         f.tokens.value(Agent1))
                     .status,
            200);
        QTRY_VERIFY(f.assignee(calm).has_value());
    }

    void workOfAnAgentWhoLeavesIsRequeuedAfterTheGracePeriod()
    {
        Floor f;
        f.capacity(Agent1, {{QStringLiteral("whatsapp"), 3}});
        f.presence(Agent1, QStringLiteral("available"));
        const Id first = f.receive(QStringLiteral("Hello there"));
        QCOMPARE(f.assignee(first), std::optional<Id>(f.id(Agent1)));
        // The desktop's last stream closes: after the grace period the work goes back.
        {
            StreamClient stream(f.hub.url(), f.tokens.value(Agent1));
            QVERIFY(stream.waitForLive());
        }
        QTRY_VERIFY(!f.assignee(first));
        const auto requeued = f.audit(AuditAction::RoutingRequeued);
        QCOMPARE(requeued.size(), 1);
        QCOMPARE(
            requeued.first().details.value(QLatin1String("agent_id")).toInteger(), f.id(Agent1));
        QCOMPARE(requeued.first().details.value(QLatin1String("conversation_ids")).toArray(),
            QJsonArray{first});
        // Connected again, the agent gets work again; presence offline requeues it as well.
        StreamClient back(f.hub.url(), f.tokens.value(Agent1));
        QVERIFY(back.waitForLive());
        QTRY_COMPARE(f.assignee(first), std::optional<Id>(f.id(Agent1)));
        f.presence(Agent1, QStringLiteral("offline"));
        QTRY_VERIFY(!f.assignee(first));
    }

    void requeuedWorkWaitsForAnotherAgentRatherThanGoingBackToTheOneWhoLeft()
    {
        Floor f;
        f.capacity(Agent1, {{QStringLiteral("whatsapp"), 3}});
        f.capacity(Agent2, {{QStringLiteral("whatsapp"), 1}});
        f.presence(Agent2, QStringLiteral("available"));
        const Id busy = f.receive(QStringLiteral("Hello, about my order"));
        QCOMPARE(f.assignee(busy), std::optional<Id>(f.id(Agent2)));
        f.presence(Agent1, QStringLiteral("available"));
        const Id first = f.receive(QStringLiteral("Hello there"));
        const int firstCustomer = f.n;
        QCOMPARE(f.assignee(first), std::optional<Id>(f.id(Agent1)));
        // agent1's desktop goes away (presence still available) and the grace period passes.
        {
            StreamClient stream(f.hub.url(), f.tokens.value(Agent1));
            QVERIFY(stream.waitForLive());
        }
        QTRY_VERIFY(!f.assignee(first));
        QCOMPARE(f.audit(AuditAction::RoutingRequeued).size(), 1);
        // agent2 is full: the customer writing again, or a new one, leaves the work waiting
        // rather than giving it back to agent1, who has room but no desktop open.
        QCOMPARE(f.receive(QStringLiteral("Is anyone there?"), firstCustomer), first);
        const Id next = f.receive(QStringLiteral("Hi, a new question"));
        QTest::qWait(100);
        QVERIFY(!f.assignee(first));
        QVERIFY(!f.assignee(next));
        const auto queued = f.audit(AuditAction::RoutingQueued);
        QCOMPARE(queued.first().conversationId, std::optional<Id>(next));
        const QJsonObject passed
            = queued.first().details.value(QLatin1String("passed_over")).toObject();
        QCOMPARE(passed.value(QLatin1String("disconnected")).toInt(), 1);
        QCOMPARE(passed.value(QLatin1String("at_capacity")).toInt(), 1);
        // agent2 frees up: the requeued work, waiting longest, goes to them.
        f.resolve(busy, Agent2);
        QTRY_COMPARE(f.assignee(first), std::optional<Id>(f.id(Agent2)));
        QVERIFY(!f.assignee(next));
    }

    void comingBackWithinTheGracePeriodKeepsTheWork()
    {
        Floor f(300, 1000);
        f.capacity(Agent1, {{QStringLiteral("whatsapp"), 3}});
        f.presence(Agent1, QStringLiteral("available"));
        const Id first = f.receive(QStringLiteral("Hello there"));
        QCOMPARE(f.assignee(first), std::optional<Id>(f.id(Agent1)));
        auto stream = std::make_unique<StreamClient>(f.hub.url(), f.tokens.value(Agent1));
        QVERIFY(stream->waitForLive());
        stream.reset();
        // Reconnected at once (a network blip), and the presence back as well.
        StreamClient again(f.hub.url(), f.tokens.value(Agent1));
        QVERIFY(again.waitForLive());
        f.presence(Agent1, QStringLiteral("offline"));
        f.presence(Agent1, QStringLiteral("available"));
        QTest::qWait(2000);
        QCOMPARE(f.assignee(first), std::optional<Id>(f.id(Agent1)));
        QVERIFY(f.audit(AuditAction::RoutingRequeued).isEmpty());
    }

    void aCallRingsOnWhenUnansweredOrDeclined()
    {
        Floor f;
        for (const QString &agent : {Agent1, Agent2}) {
            f.capacity(agent, {{QStringLiteral("voice"), 1}});
            f.presence(agent, QStringLiteral("available"));
        }
        CallRecord offered;
        offered.direction = CallDirection::Inbound;
        offered.fromNumber = QStringLiteral("+447700900555");
        offered.offeredAt = QDateTime::currentDateTimeUtc();
        offered.providerCallId = QStringLiteral("CA-lifecycle-1");
        offered.agentId = f.id(Agent1);
        const Id callId = f.hub.hub()
                              .inbound()
                              .recordCall(offered,
                                  Identity{0, IdentityKind::Phone, offered.fromNumber}, QString())
                              .id;
        const auto agentOf = [&] { return f.hub.hub().storage().calls().byId(callId)->agentId; };
        // agent1 lets it ring out: agent2's turn.
        QTRY_COMPARE(agentOf(), std::optional<Id>(f.id(Agent2)));
        auto reoffered = f.audit(AuditAction::RoutingReoffered);
        QCOMPARE(reoffered.size(), 1);
        QCOMPARE(reoffered.first().details.value(QLatin1String("reason")).toString(),
            QStringLiteral("no_answer"));
        QCOMPARE(reoffered.first().details.value(QLatin1String("from_agent_id")).toInteger(),
            f.id(Agent1));
        // The call's conversation follows it.
        const Id conversation = *f.hub.hub().storage().calls().byId(callId)->conversationId;
        QCOMPARE(f.assignee(conversation), std::optional<Id>(f.id(Agent2)));
        // agent2 declines; agent1 had it already: it waits in the queue.
        QCOMPARE(f.api
                     .request("POST", QStringLiteral("/api/v1/calls/%1/decline").arg(callId),
                         {{QStringLiteral("client_id"), newClientId()}}, f.tokens.value(Agent2))
                     .status,
            200);
        QTRY_COMPARE(f.audit(AuditAction::RoutingReoffered).size(), 2);
        reoffered = f.audit(AuditAction::RoutingReoffered);
        QCOMPARE(reoffered.last().details.value(QLatin1String("reason")).toString(),
            QStringLiteral("declined"));
        QCOMPARE(reoffered.last().details.value(QLatin1String("agent_id")), QJsonValue());
        QCOMPARE(reoffered.last()
                     .details.value(QLatin1String("passed_over"))
                     .toObject()
                     .value(QLatin1String("offered_before"))
                     .toInt(),
            2);
        QVERIFY(!agentOf());
        // Someone becomes available: it rings for them.
        f.presence(Agent1, QStringLiteral("busy"));
        f.presence(Agent1, QStringLiteral("available"));
        QTRY_COMPARE(agentOf(), std::optional<Id>(f.id(Agent2)));
        // Answered: no more ringing on.
        QCOMPARE(f.api
                     .request("POST", QStringLiteral("/api/v1/calls/%1/answer").arg(callId),
                         {{QStringLiteral("client_id"), newClientId()}}, f.tokens.value(Agent2))
                     .status,
            200);
        QTest::qWait(700);
        QCOMPARE(agentOf(), std::optional<Id>(f.id(Agent2)));
        QCOMPARE(f.audit(AuditAction::RoutingReoffered).size(), 2);
    }

    void anOfferOutstandingAtStartRingsAgainAndMovesOn()
    {
        Floor f(600000);
        for (const QString &agent : {Agent1, Agent2}) {
            f.capacity(agent, {{QStringLiteral("voice"), 1}});
            f.presence(agent, QStringLiteral("available"));
        }
        CallRecord offered;
        offered.direction = CallDirection::Inbound;
        offered.fromNumber = QStringLiteral("+447700900556");
        offered.offeredAt = QDateTime::currentDateTimeUtc();
        offered.providerCallId = QStringLiteral("CA-lifecycle-2");
        offered.agentId = f.id(Agent1);
        const Id callId = f.hub.hub()
                              .inbound()
                              .recordCall(offered,
                                  Identity{0, IdentityKind::Phone, offered.fromNumber}, QString())
                              .id;
        // The hub restarts (with a short ring timeout now): the offer made before rings its
        // agent again, then moves on.
        *f.ring = 300;
        f.hub.restart();
        QTRY_COMPARE(
            f.hub.hub().storage().calls().byId(callId)->agentId, std::optional<Id>(f.id(Agent2)));
        QCOMPARE(f.audit(AuditAction::RoutingReoffered).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestRoutingLifecycle)
#include "tst_routing_lifecycle.moc"
