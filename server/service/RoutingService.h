// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/CallRecord.h"
#include "routing/AgentChooser.h"
#include "routing/AgentRoster.h"
#include "routing/WaitingIndex.h"

#include <QObject>
#include <QTimer>
#include <map>
#include <memory>

namespace Switchboard::Hub {

class AccessPolicy;
class DisconnectedAgents;
class EventBus;
class EventRecorder;
class QueueService;
class Storage;
struct StoredEvent;

//! The routing lifecycle after work first comes in: waiting work goes to agents as they become
//! free, calls ring one agent at a time with a timeout, and the open work of an agent who went
//! offline is routed again after a grace period. It reacts to committed events, so every
//! service's changes reach it; its own work runs on the services' thread, from its timers. The
//! users, each agent's open work and the waiting conversations are kept in memory (AgentRoster,
//! WaitingIndex), read once at start() and then derived from the events, so a routing pass reads
//! no users, loads or waiting rows from storage. The waiting work follows the committed events;
//! the roster follows each event as it is recorded, inside its transaction, and takes the change
//! back if that work is undone (a request's savepoint, a rollback): a choice made inside a group
//! of requests committed together counts what the group's earlier requests did.
class RoutingService : public QObject
{
    Q_OBJECT
public:
    struct Settings
    {
        int ringTimeoutMilliseconds = 20000;
        int requeueGraceMilliseconds = 120000;
    };

    //! disconnected: kept up to date here (agentConnected / agentDisconnected), read by every
    //! routing path.
    RoutingService(Storage &storage, EventRecorder &events, const AccessPolicy &access,
        const QueueService &queues, DisconnectedAgents &disconnected, Settings settings,
        QObject *parent = nullptr);
    ~RoutingService() override;

    //! Reads the users and the open work, follows the events on bus from now on; offers
    //! outstanding (from before a restart) ring their agent for a full timeout again, and waiting
    //! work is routed.
    void start(EventBus &bus);
    //! The agent an inbound call is offered to: AgentChooser on voice over the roster's users,
    //! with agents on a live call and those in `tried` left out; previousAgent: the caller's last
    //! agent.
    RoutingDecision chooseForCall(const Domain::CallRecord &call, const QSet<Domain::Id> &tried,
        std::optional<Domain::Id> previousAgent);
    //! Audits the decision that offered a newly recorded call (routing.assigned or queued).
    void recordCallDecision(const Domain::CallRecord &call, const RoutingDecision &decision);

    //! Offers waiting calls and gives waiting conversations to available agents with room,
    //! as after each burst of events (e.g. an agent becoming free).
    void dispatch();

    //! The users and their open work as the open transaction has them (see the class comment).
    const AgentRoster &roster() const { return m_roster; }

    //! The user's first stream opened: cancels a pending requeue.
    void agentConnected(Domain::Id userId);
    //! The user's last stream closed: their open work is requeued after the grace period.
    void agentDisconnected(Domain::Id userId);

private:
    struct Offer
    {
        std::optional<Domain::Id> agent;
        QSet<Domain::Id> tried;
        QTimer ring;
    };

    void onEvent(const StoredEvent &event);
    //! Takes an event just recorded into the roster, to be taken back if its work is undone.
    void follow(const QString &type, const QJsonObject &data);
    //! Offers the calls no agent rings for to the ready agents.
    void offerWaitingCalls();
    //! Gives waiting conversations, by priority and then waiting time, each to the first agent
    //! of ready (free longest first) who qualifies and has room for it.
    void assignWaiting(QList<const Domain::User *> ready);
    //! Follows a call's offer: arms the ring timer for a new agent, notices a decline.
    void trackCall(const Domain::CallRecord &call);
    Offer &offerOf(Domain::Id callId);
    void scheduleDispatch();
    //! Offers one call to the next agent after `from` declined or let it ring out.
    void reoffer(Domain::Id callId, const QString &reason, Domain::Id from);
    //! Moves a call (and its conversation) to the decision's agent, recording both.
    void moveCall(Domain::CallRecord &call, const RoutingDecision &decision);
    void startRequeue(Domain::Id userId);
    void cancelRequeue(Domain::Id userId);
    //! Unassigns the agent's open conversations, to be routed again.
    void requeue(Domain::Id userId);
    void audit(const QString &action, std::optional<Domain::Id> conversationId,
        const QJsonObject &details);

    Storage &m_storage;
    EventRecorder &m_events;
    const AccessPolicy &m_access;
    const QueueService &m_queues;
    Settings m_settings;
    QTimer m_dispatch;
    std::map<Domain::Id, std::unique_ptr<Offer>> m_offers;
    std::map<Domain::Id, std::unique_ptr<QTimer>> m_requeue;
    DisconnectedAgents &m_disconnected;
    AgentRoster m_roster;
    WaitingIndex m_waiting;
};

} // namespace Switchboard::Hub
