// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Conversation.h"
#include "domain/User.h"

#include <QRandomGenerator>
#include <QStringList>

namespace Switchboard::Hub {
class QueueService;
class Storage;
} // namespace Switchboard::Hub

namespace Switchboard::Bench {

//! A busy contact centre stored through the hub's repositories: agents with mixed skills,
//! languages, capacities and presences, each available agent at capacity, and work waiting.
class RoutingFloor
{
public:
    RoutingFloor(Hub::Storage &storage, const Hub::QueueService &queues, quint32 seed);

    //! Admin queues like the demo's, by topic and language; call QueueService::load() after.
    void addQueues();
    //! agents agents; those available are given open work up to their capacity.
    void addAgents(int agents);
    //! One new waiting conversation as routing would have left it (analysed, in its queue).
    Domain::Conversation addWaiting();
    //! A new conversation as InboundService would route it: analysed and in its queue, not
    //! yet stored.
    Domain::Conversation newItem();

    QRandomGenerator &random() { return m_random; }

private:
    Domain::Conversation insert(Domain::Conversation c);

    Hub::Storage &m_storage;
    const Hub::QueueService &m_queues;
    QRandomGenerator m_random;
    QList<Domain::Id> m_customers;
    int m_made = 0;
};

extern const QStringList Topics;
extern const QStringList Languages;
extern const QList<Domain::ChannelKind> Channels;

} // namespace Switchboard::Bench
