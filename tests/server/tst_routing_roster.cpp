// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// What routing keeps in memory: the roster (users, presence, each agent's open work per channel)
// and the waiting work grouped by what it requires, both derived from events. On a real hub: a
// changed profile, a resolved conversation or a deactivated account counts on the next pass, an
// agent who qualifies for nothing gets nothing while the waiting work keeps its order, and the
// state is read again correctly after a restart. Inside a group of requests committed together,
// new work is routed with what the group's earlier requests did counted, and what a request
// undone by its savepoint (or a group rolled back) did leaves no trace in memory.
#include "ApiClient.h"
#include "TestHub.h"
#include "core/Hub.h"
#include "routing/AgentRoster.h"
#include "routing/WaitingIndex.h"
#include "service/InboundService.h"
#include "service/PeopleService.h"
#include "service/RoutingService.h"
#include "storage/AuditRepository.h"
#include "storage/ConversationRepository.h"
#include "storage/Database.h"
#include "storage/Storage.h"
#include "storage/UserRepository.h"

#include <QJsonArray>
#include <QTest>
#include <functional>

using namespace Switchboard;
using namespace Switchboard::Test;
using namespace Switchboard::Domain;
using namespace Qt::StringLiterals;

namespace {

User agent(Id id, const QStringList &skills, bool active = true)
{
    User u;
    u.id = id;
    u.name = u"Agent %1"_s.arg(id);
    u.role = Role::Agent;
    u.active = active;
    u.skills = skills;
    u.languages = {u"en"_s};
    u.capacity = {{ChannelKind::WhatsApp, 2}};
    return u;
}

Conversation conversation(Id id, std::optional<Id> assignee,
    ConversationStatus status = ConversationStatus::Open, ChannelKind channel = ChannelKind::WhatsApp)
{
    Conversation c;
    c.id = id;
    c.channel = channel;
    c.status = status;
    c.assigneeId = assignee;
    c.createdAt = QDateTime::fromMSecsSinceEpoch(1'800'000'000'000 + id * 1000, Qt::UTC);
    return c;
}

QList<Id> idsOf(const Hub::WaitingIndex::Group &group)
{
    QList<Id> out;
    for (const Hub::WaitingIndex::Entry &e : group.entries)
        out.append(e.id);
    return out;
}

QJsonObject withClientId(QJsonObject body)
{
    body.insert(u"client_id"_s, newClientId());
    return body;
}

//! A hub with agent1 and agent2, and the requests the tests make of it.
struct Floor
{
    Floor()
        : api(hub.url())
    {
        admin = api.login(u"admin"_s, TestHub::password());
        for (const QString &name : {u"agent1"_s, u"agent2"_s})
            tokens.insert(name, api.login(name, TestHub::password()));
    }

    Id id(const QString &user) { return hub.user(user).id; }
    //! Work mentioning a plan is about billing, and the billing queue asks for that skill.
    void billingQueue()
    {
        const QJsonObject rules{{u"rules"_s,
            QJsonArray{QJsonObject{{u"topic"_s, u"billing"_s},
                {u"keywords"_s, QJsonArray{u"plan"_s, u"invoice"_s}}}}}};
        QCOMPARE(
            api.request("PUT", u"/api/v1/topic-rules"_s, withClientId(rules), admin).status, 200);
        const QJsonObject queue{{u"name"_s, u"Billing"_s}, {u"position"_s, 0},
            {u"topics"_s, QJsonArray{u"billing"_s}}, {u"skills"_s, QJsonArray{u"billing"_s}},
            {u"sla_seconds"_s, QJsonObject{{u"whatsapp"_s, 3600}}}};
        QCOMPARE(api.post(u"/api/v1/queues"_s, withClientId(queue), admin).status, 201);
    }
    void change(const QString &user, const QJsonObject &changes)
    {
        QCOMPARE(api.request("PATCH", u"/api/v1/users/%1"_s.arg(id(user)), withClientId(changes),
                        admin)
                     .status,
            200);
    }
    void presence(const QString &user, const QString &state)
    {
        QCOMPARE(api.request("PUT", u"/api/v1/me/presence"_s,
                        withClientId({{u"state"_s, state}}), tokens.value(user))
                     .status,
            200);
    }
    Id receive(const QString &text)
    {
        ++n;
        Hub::InboundMessage in;
        in.channel = ChannelKind::WhatsApp;
        in.sender = Identity{0, IdentityKind::WhatsApp, u"4477009200%1"_s.arg(n)};
        in.threadId = in.sender.value;
        in.providerMessageId = u"wamid.r%1"_s.arg(n);
        in.body = text;
        return hub.hub().inbound().receive(in).conversation.id;
    }
    void resolve(Id conversation, const QString &user)
    {
        QCOMPARE(api.request("POST", u"/api/v1/conversations/%1/status"_s.arg(conversation),
                        withClientId({{u"status"_s, u"resolved"_s}}), tokens.value(user))
                     .status,
            200);
    }
    std::optional<Id> assignee(Id conversation)
    {
        return hub.hub().storage().conversations().byId(conversation)->assigneeId;
    }
    //! The conversations routing.assigned names, oldest entry first.
    QList<Id> assignedInOrder()
    {
        QList<Id> out;
        for (const AuditEntry &e :
            hub.hub().storage().audit().list(0, 100, QString(AuditAction::RoutingAssigned)))
            out.append(e.conversationId.value_or(0));
        return out;
    }

    //! Runs work as the request batch runs a request inside a group: under a savepoint of its
    //! own, in a transaction of its own that commits, or rolls back when kept is false.
    void request(bool kept, const std::function<void()> &work)
    {
        Hub::Database &db = hub.hub().storage().database();
        db.beginSavepoint();
        {
            Hub::Transaction inner(db);
            work();
            if (kept)
                inner.commit();
        }
        QCOMPARE(db.endSavepoint(), kept);
    }
    const Hub::AgentRoster &roster() { return hub.hub().routing().roster(); }

    TestHub hub;
    ApiClient api;
    QString admin;
    QHash<QString, QString> tokens;
    int n = 0;
};

const QString Agent1 = u"agent1"_s;
const QString Agent2 = u"agent2"_s;
const QString Calm = u"Hello, a question about my plan"_s;
const QString Later = u"Hi, another question about my plan"_s;
const QString Angry = u"This plan is terrible, awful service, I am furious and disappointed"_s;

} // namespace

class TestRoutingRoster : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theRosterCountsEachOpenConversationWhereItWasLastSeen()
    {
        Hub::AgentRoster roster;
        roster.reset({agent(2, {u"billing"_s}), agent(1, {})},
            {conversation(10, 1), conversation(11, 1, ConversationStatus::Pending),
                conversation(12, 2, ConversationStatus::Resolved), conversation(13, std::nullopt)});
        QCOMPARE(roster.users().size(), 2);
        QCOMPARE(roster.users().first().id, Id(1));
        QCOMPARE(roster.load(1, ChannelKind::WhatsApp), 2);
        QCOMPARE(roster.load(2, ChannelKind::WhatsApp), 0);
        QCOMPARE(roster.load(1, ChannelKind::Email), 0);
        // The same state again changes nothing; moved to agent 2, it counts there only.
        roster.applyConversation(conversation(10, 1));
        QCOMPARE(roster.load(1, ChannelKind::WhatsApp), 2);
        roster.applyConversation(conversation(10, 2));
        QCOMPARE(roster.load(1, ChannelKind::WhatsApp), 1);
        QCOMPARE(roster.load(2, ChannelKind::WhatsApp), 1);
        // Resolved or handed back: no longer counted; reopened: counted again.
        roster.applyConversation(conversation(11, 1, ConversationStatus::Resolved));
        roster.applyConversation(conversation(10, std::nullopt));
        QCOMPARE(roster.load(1, ChannelKind::WhatsApp), 0);
        QCOMPARE(roster.load(2, ChannelKind::WhatsApp), 0);
        QVERIFY(roster.loadOn(ChannelKind::WhatsApp).isEmpty());
        roster.applyConversation(conversation(12, 2, ConversationStatus::Open));
        QCOMPARE(roster.loadOn(ChannelKind::WhatsApp), (QHash<Id, int>{{2, 1}}));
    }

    void theRosterFollowsUsersAndTheirPresence()
    {
        Hub::AgentRoster roster;
        roster.reset({agent(1, {u"billing"_s})}, {});
        QVERIFY(roster.team().skills.contains(u"billing"_s));
        const QDateTime since = QDateTime::currentDateTimeUtc();
        QVERIFY(roster.applyPresence(1, {PresenceState::Available, QString(), since}));
        QCOMPARE(roster.user(1)->presence.state, PresenceState::Available);
        QCOMPARE(roster.user(1)->presence.since, since);
        QVERIFY(!roster.applyPresence(7, {PresenceState::Available, QString(), since}));
        QVERIFY(!roster.user(7));
        // A new user, and a changed one: the team's coverage follows (a deactivated agent's
        // skills no longer count).
        roster.applyUser(agent(3, {u"sales"_s}));
        QCOMPARE(roster.users().last().id, Id(3));
        QVERIFY(roster.team().skills.contains(u"sales"_s));
        roster.applyUser(agent(1, {u"billing"_s}, false));
        QCOMPARE(roster.users().size(), 2);
        QVERIFY(!roster.user(1)->active);
        QVERIFY(!roster.team().skills.contains(u"billing"_s));
    }

    void waitingWorkIsGroupedByWhatItRequiresInPriorityThenAgeOrder()
    {
        Hub::WaitingIndex waiting;
        Conversation urgent = conversation(5, std::nullopt);
        urgent.priority = Priority::Urgent;
        Conversation queued = conversation(2, std::nullopt);
        queued.queueId = 4;
        waiting.reset({conversation(3, std::nullopt), urgent, conversation(1, std::nullopt), queued,
            conversation(6, 9), conversation(7, std::nullopt, ConversationStatus::Pending),
            conversation(8, std::nullopt, ConversationStatus::Open, ChannelKind::Voice)});
        QCOMPARE(waiting.size(), 4);
        QCOMPARE(waiting.groups().size(), std::size_t(2));
        const Hub::WaitingIndex::Group &plain = waiting.groups().begin()->second;
        QVERIFY(!plain.queueId);
        QCOMPARE(idsOf(plain), (QList<Id>{5, 1, 3}));
        QCOMPARE(waiting.groups().rbegin()->second.queueId, std::optional<Id>(4));
        // A new topic moves it to a group of its own; assigned, it leaves; the last one out of
        // a group takes the group with it.
        Conversation analysed = conversation(1, std::nullopt);
        analysed.analysis = Analysis{};
        analysed.analysis->topic = u"billing"_s;
        waiting.apply(analysed);
        QCOMPARE(waiting.groups().size(), std::size_t(3));
        QCOMPARE(idsOf(waiting.groups().begin()->second), (QList<Id>{5, 3}));
        waiting.apply(conversation(5, 1));
        waiting.apply(conversation(3, std::nullopt, ConversationStatus::Resolved));
        queued.assigneeId = 2;
        waiting.apply(queued);
        QCOMPARE(waiting.size(), 1);
        QCOMPARE(waiting.groups().size(), std::size_t(1));
        QCOMPARE(waiting.groups().begin()->second.sample().analysis->topic, u"billing"_s);
    }

    void aChangedProfileOrDeactivationCountsOnTheNextPass()
    {
        Floor f;
        f.billingQueue();
        f.change(Agent1, {{u"capacity"_s, QJsonObject{{u"whatsapp"_s, 2}}},
                             {u"skills"_s, QJsonArray{u"sales"_s}}});
        f.presence(Agent1, u"available"_s);
        // The billing queue asks for a skill agent1 lacks: it waits.
        const Id billing = f.receive(u"A question about my invoice please"_s);
        QTest::qWait(100);
        QVERIFY(!f.assignee(billing));
        // Given the skill, agent1 takes it on the pass after the change.
        f.change(Agent1, {{u"skills"_s, QJsonArray{u"sales"_s, u"billing"_s}}});
        QTRY_COMPARE(f.assignee(billing), std::optional<Id>(f.id(Agent1)));

        // Deactivated (still available, with room), agent1 is given nothing waiting.
        f.change(Agent1, {{u"active"_s, false}});
        f.change(Agent2, {{u"capacity"_s, QJsonObject{{u"whatsapp"_s, 0}}}});
        const Id next = f.receive(u"Hello, something else"_s);
        f.change(Agent1, {{u"capacity"_s, QJsonObject{{u"whatsapp"_s, 3}}}});
        QTest::qWait(100);
        QVERIFY(!f.assignee(next));
        // Active again: the next pass gives it to them.
        f.change(Agent1, {{u"active"_s, true}});
        QTRY_COMPARE(f.assignee(next), std::optional<Id>(f.id(Agent1)));
    }

    void anAgentWhoQualifiesForNothingGetsNothingAndTheOrderHolds()
    {
        Floor f;
        f.billingQueue();
        f.change(Agent1, {{u"capacity"_s, QJsonObject{{u"whatsapp"_s, 1}}},
                             {u"skills"_s, QJsonArray{u"billing"_s}}});
        // agent2 lacks the billing skill: the billing queue's work is not for them, whatever
        // their room.
        f.change(Agent2, {{u"capacity"_s, QJsonObject{{u"whatsapp"_s, 5}}},
                             {u"skills"_s, QJsonArray{u"sales"_s}}});
        f.presence(Agent2, u"available"_s);
        const Id first = f.receive(Calm);
        const Id second = f.receive(Later);
        const Id urgent = f.receive(Angry);
        QTest::qWait(100);
        for (const Id c : {first, second, urgent})
            QVERIFY(!f.assignee(c));
        // agent1 comes: the most urgent, then as room frees up the one waiting longest.
        f.presence(Agent1, u"available"_s);
        QTRY_COMPARE(f.assignee(urgent), std::optional<Id>(f.id(Agent1)));
        QVERIFY(!f.assignee(first));
        f.resolve(urgent, Agent1);
        QTRY_COMPARE(f.assignee(first), std::optional<Id>(f.id(Agent1)));
        QVERIFY(!f.assignee(second));
        f.resolve(first, Agent1);
        QTRY_COMPARE(f.assignee(second), std::optional<Id>(f.id(Agent1)));
        QCOMPARE(f.assignedInOrder(), (QList<Id>{urgent, first, second}));
    }

    void aGroupCountsItsOwnAssignmentsAndForgetsThoseUndone()
    {
        Floor f;
        f.change(Agent1, {{u"capacity"_s, QJsonObject{{u"whatsapp"_s, 2}}}});
        f.presence(Agent1, u"available"_s);
        const Id agent1 = f.id(Agent1);
        Id first = 0;
        Id third = 0;
        Id fourth = 0;
        {
            Hub::Transaction group(f.hub.hub().storage().database());
            f.request(true, [&] { first = f.receive(Calm); });
            QCOMPARE(f.roster().load(agent1, ChannelKind::WhatsApp), 1);
            // Undone: the item, and the agent's room it took, are back as they were.
            f.request(false, [&] { f.receive(Later); });
            QCOMPARE(f.roster().load(agent1, ChannelKind::WhatsApp), 1);
            f.request(true, [&] { third = f.receive(u"Hello, a third question"_s); });
            // Nothing of the group is committed yet, and still agent1 is full.
            f.request(true, [&] { fourth = f.receive(u"Hello, a fourth question"_s); });
            QCOMPARE(f.roster().load(agent1, ChannelKind::WhatsApp), 2);
            group.commit();
        }
        QCOMPARE(f.assignee(first), std::optional<Id>(agent1));
        QCOMPARE(f.assignee(third), std::optional<Id>(agent1));
        QVERIFY(!f.assignee(fourth));
        QCOMPARE(f.assignedInOrder(), (QList<Id>{first, third}));
        QCOMPARE(f.roster().load(agent1, ChannelKind::WhatsApp), 2);
    }

    void presenceAndUsersUndoneInAGroupLeaveNoTrace()
    {
        Floor f;
        f.change(Agent1, {{u"capacity"_s, QJsonObject{{u"whatsapp"_s, 3}}}});
        f.presence(Agent1, u"available"_s);
        const User agent1 = f.hub.user(Agent1);
        Hub::PeopleService &people = f.hub.hub().people();
        const auto takeABreak = [&] {
            QVERIFY(people.setPresence(agent1, agent1.id, PresenceState::Break, u"lunch"_s).ok());
        };
        Id taken = 0;
        Id waiting = 0;
        Id newcomer = 0;
        {
            Hub::Transaction group(f.hub.hub().storage().database());
            // A break undone: agent1 is still available to the next request.
            f.request(false, takeABreak);
            QCOMPARE(f.roster().user(agent1.id)->presence.state, PresenceState::Available);
            f.request(true, [&] { taken = f.receive(Calm); });
            // A break kept, though not committed yet: new work waits.
            f.request(true, takeABreak);
            f.request(true, [&] { waiting = f.receive(Later); });
            QCOMPARE(f.roster().user(agent1.id)->presence.state, PresenceState::Break);
            f.request(true, [&] {
                Hub::NewUser user;
                user.username = u"agent9"_s;
                user.password = TestHub::password();
                user.profile.name = u"Agent Nine"_s;
                user.profile.role = Role::Agent;
                const auto created = people.createUser(user);
                QVERIFY(created.ok());
                newcomer = created.value().id;
            });
            QVERIFY(f.roster().user(newcomer));
            QCOMPARE(f.roster().load(agent1.id, ChannelKind::WhatsApp), 1);
            // The whole group rolls back.
        }
        QCOMPARE(f.roster().user(agent1.id)->presence.state, PresenceState::Available);
        QCOMPARE(f.roster().load(agent1.id, ChannelKind::WhatsApp), 0);
        QVERIFY(!f.roster().user(newcomer));
        QCOMPARE(f.roster().users().size(), f.hub.hub().storage().users().all().size());
        QVERIFY(taken != 0 && waiting != 0);
        // The next item finds agent1 available, with all their room.
        const Id next = f.receive(Calm);
        QCOMPARE(f.assignee(next), std::optional<Id>(agent1.id));
    }

    void theStateIsReadAgainAfterARestart()
    {
        Floor f;
        f.change(Agent1, {{u"capacity"_s, QJsonObject{{u"whatsapp"_s, 1}}}});
        f.presence(Agent1, u"available"_s);
        const Id taken = f.receive(Calm);
        QCOMPARE(f.assignee(taken), std::optional<Id>(f.id(Agent1)));
        const Id older = f.receive(Later);
        const Id newer = f.receive(u"Hello, one more question"_s);
        f.hub.restart();
        // After the restart agent1 is still full: nothing more for them.
        QTest::qWait(200);
        QCOMPARE(f.assignee(taken), std::optional<Id>(f.id(Agent1)));
        QVERIFY(!f.assignee(older));
        QVERIFY(!f.assignee(newer));
        // Their conversation resolved, the one waiting longest comes next, and only that one.
        f.resolve(taken, Agent1);
        QTRY_COMPARE(f.assignee(older), std::optional<Id>(f.id(Agent1)));
        QTest::qWait(100);
        QVERIFY(!f.assignee(newer));
        // More room: the rest, as the restarted hub's own events are followed as well.
        f.change(Agent1, {{u"capacity"_s, QJsonObject{{u"whatsapp"_s, 2}}}});
        QTRY_COMPARE(f.assignee(newer), std::optional<Id>(f.id(Agent1)));
    }
};

QTEST_GUILESS_MAIN(TestRoutingRoster)
#include "tst_routing_roster.moc"
