// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RoutingService.h"

#include "AccessPolicy.h"
#include "EventBus.h"
#include "EventRecorder.h"
#include "QueueService.h"
#include "domain/AuditEntry.h"
#include "domain/Event.h"
#include "domain/WireTime.h"
#include "routing/DisconnectedAgents.h"
#include "storage/CallRepository.h"
#include "storage/ConversationRepository.h"
#include "storage/Database.h"
#include "storage/Storage.h"
#include "storage/StorageError.h"
#include "storage/UserRepository.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <algorithm>

Q_LOGGING_CATEGORY(lcRouting, "switchboard.hub.routing.lifecycle")

namespace Switchboard::Hub {

using namespace Domain;

namespace {

const QString OnCall = QStringLiteral("on_call");

// A presence.changed event's user and presence.
std::pair<Id, Presence> presenceIn(const QJsonObject &data)
{
    const QJsonObject presence = data.value(QLatin1String("presence")).toObject();
    return {data.value(QLatin1String("user_id")).toInteger(),
        {fromWire<PresenceState>(presence.value(QLatin1String("state")).toString())
                .value_or(PresenceState::Offline),
            presence.value(QLatin1String("reason")).toString(),
            WireTime::parse(presence.value(QLatin1String("since")).toString())
                .value_or(QDateTime())}};
}

// What a conversation event's record counts as for its assignee, read without decoding the
// whole record (every new item records one).
std::optional<AgentRoster::Work> workIn(const QJsonObject &data)
{
    const QJsonValue assignee = data.value(QLatin1String("assignee_id"));
    const auto status
        = fromWire<ConversationStatus>(data.value(QLatin1String("status")).toString());
    const auto channel = fromWire<ChannelKind>(data.value(QLatin1String("channel")).toString());
    if (!assignee.isDouble() || !channel
        || (status != ConversationStatus::Open && status != ConversationStatus::Pending))
        return std::nullopt;
    return AgentRoster::Work{assignee.toInteger(), *channel};
}
const QString OfferedBefore = QStringLiteral("offered_before");

// Storage failures in timer work are logged; the next event or timer tries again.
template <typename Work> void guarded(const char *what, Work work)
{
    try {
        work();
    } catch (const StorageError &e) {
        qCWarning(lcRouting) << what << "failed:" << e.what();
    }
}

} // namespace

RoutingService::RoutingService(Storage &storage, EventRecorder &events, const AccessPolicy &access,
    const QueueService &queues, DisconnectedAgents &disconnected, Settings settings,
    QObject *parent)
    : QObject(parent)
    , m_storage(storage)
    , m_events(events)
    , m_access(access)
    , m_queues(queues)
    , m_settings(settings)
    , m_disconnected(disconnected)
{
    // Events come in bursts (one request records several): route once after the burst.
    m_dispatch.setSingleShot(true);
    m_dispatch.setInterval(0);
    connect(&m_dispatch, &QTimer::timeout, this,
        [this] { guarded("routing", [this] { dispatch(); }); });
    m_events.addObserver([this](const QString &type, const Audience &, const QJsonObject &data) {
        follow(type, data);
    });
}

RoutingService::~RoutingService() = default;

void RoutingService::start(EventBus &bus)
{
    const QList<Conversation> unfinished = m_storage.conversations().unfinished();
    m_roster.reset(m_storage.users().all(), unfinished);
    m_waiting.reset(unfinished);
    connect(&bus, &EventBus::published, this, &RoutingService::onEvent);
    for (const CallRecord &call : m_storage.calls().offered())
        trackCall(call);
    scheduleDispatch();
}

void RoutingService::onEvent(const StoredEvent &stored)
{
    const Event &event = stored.event;
    if (event.type == EventType::PresenceChanged) {
        const auto [userId, presence] = presenceIn(event.data);
        const PresenceState state = presence.state;
        if (state == PresenceState::Offline)
            startRequeue(userId);
        else
            cancelRequeue(userId);
        // A call that found no one left waits; whoever becomes free may take it, even an
        // agent it rang for before.
        if (state == PresenceState::Available) {
            for (auto &[id, offer] : m_offers) {
                if (!offer->agent)
                    offer->tried.clear();
            }
        }
    } else if (event.type == EventType::CallCreated || event.type == EventType::CallUpdated) {
        if (const auto call = CallRecord::fromJson(event.data))
            trackCall(*call);
    } else if (event.type == EventType::ConversationCreated
        || event.type == EventType::ConversationUpdated) {
        if (const auto conversation = Conversation::fromJson(event.data))
            m_waiting.apply(*conversation);
    } else if (event.type == EventType::UserCreated || event.type == EventType::UserUpdated) {
        // A new user is offline: nothing to route for them yet.
        if (event.type == EventType::UserCreated)
            return;
    } else if (event.type != EventType::QueueUpdated) {
        return;
    }
    scheduleDispatch();
}

void RoutingService::follow(const QString &type, const QJsonObject &data)
{
    Database &db = m_storage.database();
    if (type == EventType::ConversationCreated || type == EventType::ConversationUpdated) {
        const Id id = data.value(QLatin1String("id")).toInteger();
        const auto work = workIn(data);
        const auto before = m_roster.work(id);
        if (work.has_value() == before.has_value()
            && (!work || (work->agentId == before->agentId && work->channel == before->channel)))
            return;
        m_roster.setWork(id, work);
        db.onRollback([this, id, before] { m_roster.setWork(id, before); });
    } else if (type == EventType::PresenceChanged) {
        const auto [userId, presence] = presenceIn(data);
        const User *user = m_roster.user(userId);
        if (!user)
            return;
        db.onRollback(
            [this, id = userId, before = user->presence] { m_roster.applyPresence(id, before); });
        m_roster.applyPresence(userId, presence);
    } else if (type == EventType::UserCreated || type == EventType::UserUpdated) {
        const auto user = User::fromJson(data);
        if (!user)
            return;
        const User *before = m_roster.user(user->id);
        db.onRollback(
            [this, id = user->id, before = before ? std::optional<User>(*before) : std::nullopt] {
                if (before)
                    m_roster.applyUser(*before);
                else
                    m_roster.removeUser(id);
            });
        m_roster.applyUser(*user);
    }
}

void RoutingService::scheduleDispatch()
{
    if (!m_dispatch.isActive())
        m_dispatch.start();
}

RoutingService::Offer &RoutingService::offerOf(Id callId)
{
    auto &offer = m_offers[callId];
    if (!offer) {
        offer = std::make_unique<Offer>();
        offer->ring.setSingleShot(true);
        connect(&offer->ring, &QTimer::timeout, this, [this, callId] {
            const auto it = m_offers.find(callId);
            if (it == m_offers.end() || !it->second->agent)
                return;
            const Id from = *it->second->agent;
            guarded(
                "re-offering a call", [&] { reoffer(callId, QStringLiteral("no_answer"), from); });
        });
    }
    return *offer;
}

void RoutingService::trackCall(const CallRecord &call)
{
    if (call.direction != CallDirection::Inbound || call.state() != CallRecord::State::Offered) {
        m_offers.erase(call.id);
        return;
    }
    Offer &offer = offerOf(call.id);
    if (!call.agentId) {
        // The agent it rang for let go of it without routing moving it on: declined.
        if (const auto from = offer.agent) {
            offer.agent.reset();
            offer.ring.stop();
            QTimer::singleShot(0, this, [this, id = call.id, from = *from] {
                guarded(
                    "re-offering a call", [&] { reoffer(id, QStringLiteral("declined"), from); });
            });
        }
        return;
    }
    if (offer.agent == call.agentId && offer.ring.isActive())
        return;
    offer.agent = call.agentId;
    offer.tried.insert(*call.agentId);
    offer.ring.start(m_settings.ringTimeoutMilliseconds);
}

RoutingDecision RoutingService::chooseForCall(
    const CallRecord &call, const QSet<Id> &tried, std::optional<Id> previousAgent)
{
    RoutingInput input;
    input.conversation.channel = ChannelKind::Voice;
    if (call.conversationId) {
        if (const auto conversation = m_storage.conversations().byId(*call.conversationId))
            input.conversation = *conversation;
    }
    input.queue = input.conversation.queueId ? m_queues.find(*input.conversation.queueId)
                                             : m_queues.queueFor({}, {}, ChannelKind::Voice);
    input.users = m_roster.users();
    // One call at a time: the voice load is the live call, and those on one are left out.
    for (const Id id : m_storage.calls().agentsOnLiveCalls()) {
        if (id != call.agentId)
            input.excluded.insert(id, OnCall);
    }
    m_disconnected.excludeFrom(input);
    for (const Id id : tried)
        input.excluded.insert(id, OfferedBefore);
    input.previousAgent = previousAgent;
    return AgentChooser::choose(input);
}

void RoutingService::audit(
    const QString &action, std::optional<Id> conversationId, const QJsonObject &details)
{
    AuditEntry entry;
    entry.at = QDateTime::currentDateTimeUtc();
    entry.userName = QStringLiteral("routing");
    entry.action = action;
    entry.conversationId = conversationId;
    entry.details = details;
    m_events.audit(std::move(entry));
}

void RoutingService::recordCallDecision(const CallRecord &call, const RoutingDecision &decision)
{
    Transaction tx(m_storage.database());
    QJsonObject details = decision.toJson();
    details.insert(QStringLiteral("call_id"), call.id);
    audit(decision.agentId ? AuditAction::RoutingAssigned : AuditAction::RoutingQueued,
        call.conversationId, details);
    tx.commit();
}

void RoutingService::moveCall(CallRecord &call, const RoutingDecision &decision)
{
    const std::optional<Id> before = call.agentId;
    call.agentId = decision.agentId;
    // Recorded before the event comes back, so it is not taken for a decline.
    offerOf(call.id).agent = decision.agentId;
    m_storage.calls().update(call);
    m_events.record(EventType::CallUpdated, Audience::usersAndSupervisors({before, call.agentId}),
        call.toJson());
    if (!call.conversationId)
        return;
    auto conversation = m_storage.conversations().byId(*call.conversationId);
    if (!conversation || conversation->assigneeId == call.agentId)
        return;
    const std::optional<Id> was = conversation->assigneeId;
    conversation->assigneeId = call.agentId;
    conversation->updatedAt = QDateTime::currentDateTimeUtc();
    m_storage.conversations().update(*conversation);
    m_events.record(EventType::ConversationUpdated, m_access.audienceFor(*conversation, was),
        conversation->toJson());
}

void RoutingService::reoffer(Id callId, const QString &reason, Id from)
{
    Transaction tx(m_storage.database());
    auto call = m_storage.calls().byId(callId);
    // Answered, ended or moved on meanwhile: nothing to do.
    if (!call || call->state() != CallRecord::State::Offered
        || (call->agentId && call->agentId != from)) {
        return;
    }
    Offer &offer = offerOf(callId);
    offer.ring.stop();
    offer.tried.insert(from);
    const RoutingDecision decision = chooseForCall(*call, offer.tried, std::nullopt);
    moveCall(*call, decision);
    QJsonObject details = decision.toJson();
    details.insert(QStringLiteral("call_id"), callId);
    details.insert(QStringLiteral("from_agent_id"), from);
    details.insert(QStringLiteral("reason"), reason);
    audit(AuditAction::RoutingReoffered, call->conversationId, details);
    tx.commit();
}

void RoutingService::dispatch()
{
    QList<const User *> ready;
    for (const User &u : m_roster.users()) {
        if (u.role == Role::Agent && u.active && u.presence.state == PresenceState::Available
            && !m_disconnected.contains(u.id))
            ready.append(&u);
    }
    if (ready.isEmpty())
        return;
    // The pass records conversation, call and audit events only: they change the roster's
    // counts, never its users, so the users pointed to stay where they are.
    Transaction tx(m_storage.database());
    // Calls waiting in the queue first: a caller is on the line.
    offerWaitingCalls();
    assignWaiting(std::move(ready));
    tx.commit();
}

void RoutingService::offerWaitingCalls()
{
    const bool anyWaiting = std::any_of(
        m_offers.cbegin(), m_offers.cend(), [](const auto &offer) { return !offer.second->agent; });
    if (!anyWaiting)
        return;
    for (CallRecord call : m_storage.calls().offered()) {
        if (call.agentId || call.direction != CallDirection::Inbound)
            continue;
        const RoutingDecision decision = chooseForCall(call, offerOf(call.id).tried, std::nullopt);
        if (!decision.agentId)
            continue;
        moveCall(call, decision);
        QJsonObject details = decision.toJson();
        details.insert(QStringLiteral("call_id"), call.id);
        audit(AuditAction::RoutingAssigned, call.conversationId, details);
    }
}

void RoutingService::assignWaiting(QList<const User *> ready)
{
    // The roster counts what this pass assigns as soon as it is recorded.
    const auto loadOf
        = [&](const User *u, ChannelKind channel) { return m_roster.load(u->id, channel); };
    ready.erase(std::remove_if(ready.begin(), ready.end(),
                    [&](const User *u) {
                        return std::none_of(u->capacity.keyBegin(), u->capacity.keyEnd(),
                            [&](ChannelKind channel) {
                                return channel != ChannelKind::Voice
                                    && loadOf(u, channel) < u->capacity.value(channel);
                            });
                    }),
        ready.end());
    if (ready.isEmpty())
        return;
    // Free longest first.
    std::sort(ready.begin(), ready.end(), [](const User *a, const User *b) {
        return a->presence.since != b->presence.since ? a->presence.since < b->presence.since
                                                      : a->id < b->id;
    });
    // Each group of waiting work with the first ready agent who may take its next item. Loads
    // only grow during a pass, so an agent who cannot take a group's work now will not later in
    // it, and a group no one qualifies for is dropped without looking at its items.
    struct Candidate
    {
        const WaitingIndex::Group *group;
        Requirements needs;
        std::set<WaitingIndex::Entry>::const_iterator next;
        qsizetype agent;
    };
    const auto firstAgent = [&](const Candidate &c, qsizetype from) -> qsizetype {
        for (qsizetype i = from; i < ready.size(); ++i) {
            if (AgentChooser::refusal(*ready.at(i), c.group->channel,
                    loadOf(ready.at(i), c.group->channel), c.needs)
                    .isEmpty())
                return i;
        }
        return -1;
    };
    std::vector<Candidate> open;
    for (const auto &[key, group] : m_waiting.groups()) {
        const Queue *queue = group.queueId ? m_queues.find(*group.queueId) : nullptr;
        Candidate c{&group, Requirements::of(group.sample(), queue, m_roster.team()),
            group.entries.cbegin(), -1};
        c.agent = firstAgent(c, 0);
        if (c.agent >= 0)
            open.push_back(std::move(c));
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    while (!open.empty()) {
        const auto best = std::min_element(open.begin(), open.end(),
            [](const Candidate &a, const Candidate &b) { return *a.next < *b.next; });
        const Id id = (best->next++)->id;
        const qsizetype chosen = best->agent;
        const User *agent = ready.at(chosen);
        auto c = m_storage.conversations().byId(id);
        // The index follows committed events; anything else seen here is left alone.
        if (c && WaitingIndex::isWaiting(*c) && c->channel == best->group->channel) {
            c->assigneeId = agent->id;
            c->updatedAt = now;
            m_storage.conversations().update(*c);
            m_events.record(EventType::ConversationUpdated, m_access.audienceFor(*c, std::nullopt),
                c->toJson());
            RoutingDecision decision;
            decision.agentId = c->assigneeId;
            decision.rule = QStringLiteral("longest_waiting");
            decision.queueId = c->queueId;
            decision.skills = best->needs.skills;
            decision.language = best->needs.language;
            decision.candidates = 1;
            audit(AuditAction::RoutingAssigned, c->id, decision.toJson());
            for (Candidate &other : open) {
                if (other.agent == chosen)
                    other.agent = firstAgent(other, chosen);
            }
        }
        open.erase(std::remove_if(open.begin(), open.end(),
                       [](const Candidate &o) {
                           return o.agent < 0 || o.next == o.group->entries.cend();
                       }),
            open.end());
    }
}

void RoutingService::agentConnected(Id userId)
{
    m_disconnected.connected(userId);
    cancelRequeue(userId);
    scheduleDispatch();
}

void RoutingService::agentDisconnected(Id userId)
{
    m_disconnected.disconnected(userId);
    startRequeue(userId);
}

void RoutingService::startRequeue(Id userId)
{
    auto &timer = m_requeue[userId];
    if (timer)
        return;
    timer = std::make_unique<QTimer>();
    timer->setSingleShot(true);
    connect(timer.get(), &QTimer::timeout, this, [this, userId] {
        guarded("requeueing", [&] { requeue(userId); });
        // Not inside the timer's own signal.
        QTimer::singleShot(0, this, [this, userId] { m_requeue.erase(userId); });
    });
    timer->start(m_settings.requeueGraceMilliseconds);
}

void RoutingService::cancelRequeue(Id userId)
{
    m_requeue.erase(userId);
}

void RoutingService::requeue(Id userId)
{
    Transaction tx(m_storage.database());
    ConversationFilter filter;
    filter.assignee = ConversationFilter::Assignee::User;
    filter.assigneeId = userId;
    filter.status = ConversationStatus::Open;
    filter.limit = 10000;
    QJsonArray ids;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (Conversation c : m_storage.conversations().list(filter)) {
        // A call's conversation follows its call, not its agent's presence.
        if (c.channel == ChannelKind::Voice)
            continue;
        c.assigneeId.reset();
        c.updatedAt = now;
        m_storage.conversations().update(c);
        m_events.record(
            EventType::ConversationUpdated, m_access.audienceFor(c, userId), c.toJson());
        ids.append(c.id);
    }
    if (ids.isEmpty())
        return;
    audit(AuditAction::RoutingRequeued, std::nullopt,
        {{QStringLiteral("agent_id"), userId}, {QStringLiteral("conversation_ids"), ids}});
    tx.commit();
}

} // namespace Switchboard::Hub
