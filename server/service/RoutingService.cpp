// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RoutingService.h"

#include "AccessPolicy.h"
#include "EventBus.h"
#include "EventRecorder.h"
#include "QueueService.h"
#include "domain/AuditEntry.h"
#include "domain/Event.h"
#include "routing/DisconnectedAgents.h"
#include "storage/CallRepository.h"
#include "storage/ConversationRepository.h"
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
const QString OfferedBefore = QStringLiteral("offered_before");

// The channels on which at least one of agents has room.
QList<ChannelKind> channelsWithRoom(
    const QList<const User *> &agents, const QHash<ChannelKind, QHash<Id, int>> &loads)
{
    QList<ChannelKind> out;
    for (const ChannelKind channel : allChannelKinds()) {
        for (const User *agent : agents) {
            if (channel != ChannelKind::Voice
                && loads.value(channel).value(agent->id) < agent->capacity.value(channel)) {
                out.append(channel);
                break;
            }
        }
    }
    return out;
}

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
}

RoutingService::~RoutingService() = default;

void RoutingService::start(EventBus &bus)
{
    connect(&bus, &EventBus::published, this, &RoutingService::onEvent);
    for (const CallRecord &call : m_storage.calls().offered())
        trackCall(call);
    scheduleDispatch();
}

void RoutingService::onEvent(const StoredEvent &stored)
{
    const Event &event = stored.event;
    if (event.type == EventType::PresenceChanged) {
        const Id userId = event.data.value(QLatin1String("user_id")).toInteger();
        const auto state = fromWire<PresenceState>(event.data.value(QLatin1String("presence"))
                                                       .toObject()
                                                       .value(QLatin1String("state"))
                                                       .toString());
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
    } else if (event.type != EventType::ConversationCreated
        && event.type != EventType::ConversationUpdated && event.type != EventType::UserUpdated
        && event.type != EventType::QueueUpdated) {
        return;
    }
    scheduleDispatch();
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
    return chooseForCall(call, tried, previousAgent, m_storage.users().all());
}

RoutingDecision RoutingService::chooseForCall(const CallRecord &call, const QSet<Id> &tried,
    std::optional<Id> previousAgent, const QList<User> &users)
{
    RoutingInput input;
    input.conversation.channel = ChannelKind::Voice;
    if (call.conversationId) {
        if (const auto conversation = m_storage.conversations().byId(*call.conversationId))
            input.conversation = *conversation;
    }
    input.queue = input.conversation.queueId ? m_queues.find(*input.conversation.queueId)
                                             : m_queues.queueFor({}, {}, ChannelKind::Voice);
    input.users = users;
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
    Transaction tx(m_storage.database());
    const QList<User> users = m_storage.users().all();
    QList<const User *> ready;
    for (const User &u : users) {
        if (u.role == Role::Agent && u.active && u.presence.state == PresenceState::Available
            && !m_disconnected.contains(u.id))
            ready.append(&u);
    }
    if (ready.isEmpty())
        return;
    std::sort(ready.begin(), ready.end(), [](const User *a, const User *b) {
        return a->presence.since != b->presence.since ? a->presence.since < b->presence.since
                                                      : a->id < b->id;
    });
    // Calls waiting in the queue first: a caller is on the line.
    for (CallRecord call : m_storage.calls().offered()) {
        if (call.agentId || call.direction != CallDirection::Inbound)
            continue;
        const RoutingDecision decision
            = chooseForCall(call, offerOf(call.id).tried, std::nullopt, users);
        if (!decision.agentId)
            continue;
        moveCall(call, decision);
        QJsonObject details = decision.toJson();
        details.insert(QStringLiteral("call_id"), call.id);
        audit(AuditAction::RoutingAssigned, call.conversationId, details);
    }
    // Then the waiting work, by priority and then waiting time, each to the agent free longest
    // who qualifies and has room for it.
    QList<Id> readyIds;
    for (const User *u : ready)
        readyIds.append(u->id);
    QHash<ChannelKind, QHash<Id, int>> loads = m_storage.conversations().workloads(readyIds);
    const TeamCoverage team = TeamCoverage::of(users);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Read page by page only while someone has room: with thousands waiting, agents who have
    // just become free usually fill up from the first few. The channels stay those of the first
    // page, so the offset counts the same rows.
    const QList<ChannelKind> channels = channelsWithRoom(ready, loads);
    int offset = 0;
    for (int pageSize = 16; !channels.isEmpty(); pageSize = std::min(pageSize * 4, 1024)) {
        ready.erase(std::remove_if(ready.begin(), ready.end(),
                        [&](const User *u) { return channelsWithRoom({u}, loads).isEmpty(); }),
            ready.end());
        if (ready.isEmpty())
            break;
        const QList<Conversation> page
            = m_storage.conversations().waiting(channels, offset, pageSize);
        int taken = 0;
        for (Conversation c : page) {
            const Requirements needs
                = Requirements::of(c, c.queueId ? m_queues.find(*c.queueId) : nullptr, team);
            const auto agent = std::find_if(ready.cbegin(), ready.cend(), [&](const User *u) {
                return AgentChooser::refusal(*u, c.channel, loads[c.channel].value(u->id), needs)
                    .isEmpty();
            });
            if (agent == ready.cend())
                continue;
            ++taken;
            ++loads[c.channel][(*agent)->id];
            c.assigneeId = (*agent)->id;
            c.updatedAt = now;
            m_storage.conversations().update(c);
            m_events.record(
                EventType::ConversationUpdated, m_access.audienceFor(c, std::nullopt), c.toJson());
            RoutingDecision decision;
            decision.agentId = c.assigneeId;
            decision.rule = QStringLiteral("longest_waiting");
            decision.queueId = c.queueId;
            decision.skills = needs.skills;
            decision.language = needs.language;
            decision.candidates = 1;
            audit(AuditAction::RoutingAssigned, c.id, decision.toJson());
        }
        if (page.size() < pageSize)
            break;
        // What was taken is no longer waiting: the next page starts that much earlier.
        offset += int(page.size()) - taken;
    }
    tx.commit();
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
