// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StreamServer.h"

#include "StreamFanout.h"
#include "service/EventBus.h"
#include "storage/EventLog.h"
#include "storage/StorageError.h"

#include <numeric>

namespace Switchboard::Hub {

StreamServer::StreamServer(
    SessionService &sessions, EventLog &events, EventBus &bus, QObject *parent)
    : QObject(parent)
    , m_sessions(sessions)
    , m_events(events)
{
    connect(&bus, &EventBus::published, this, &StreamServer::onEvent);
}

StreamServer::~StreamServer() = default;

void StreamServer::attach(StreamFanout *fanout)
{
    m_fanouts.push_back(fanout);
}

void StreamServer::detach(StreamFanout *fanout)
{
    std::erase(m_fanouts, fanout);
}

StreamServer::Admission StreamServer::admit(const QString &token)
{
    Admission admission;
    try {
        admission.session = m_sessions.authenticate(token);
        admission.head = m_events.head();
    } catch (const StorageError &) {
        admission.session.reset();
        admission.unavailable = true;
    }
    return admission;
}

StreamServer::SessionStates StreamServer::checkSessions(const QList<QByteArray> &tokenHashes)
{
    SessionStates states;
    for (const QByteArray &hash : tokenHashes) {
        try {
            const auto session = m_sessions.authenticateHash(hash);
            states.insert(hash, session ? std::optional(session->user) : std::nullopt);
        } catch (const StorageError &) {
            // Left out: that stream goes on, and the next heartbeat checks again.
        }
    }
    return states;
}

void StreamServer::onEvent(const StoredEvent &event)
{
    // Published after commit, in sequence order; each fan-out keeps that order.
    for (StreamFanout *fanout : m_fanouts)
        fanout->post(event);
}

void StreamServer::endSession(const QByteArray &tokenHash)
{
    for (StreamFanout *fanout : m_fanouts)
        QMetaObject::invokeMethod(fanout, [fanout, tokenHash] { fanout->endSession(tokenHash); });
}

void StreamServer::streamOpened(Domain::Id userId)
{
    if (++m_userStreams[userId] == 1)
        Q_EMIT userConnected(userId);
}

void StreamServer::streamClosed(Domain::Id userId)
{
    auto it = m_userStreams.find(userId);
    if (it == m_userStreams.end())
        return;
    if (--*it > 0)
        return;
    m_userStreams.erase(it);
    Q_EMIT userDisconnected(userId);
}

int StreamServer::connectionCount() const
{
    const QList<int> counts = connectionsPerThread();
    return std::accumulate(counts.begin(), counts.end(), 0);
}

QList<int> StreamServer::connectionsPerThread() const
{
    QList<int> counts;
    for (const StreamFanout *fanout : m_fanouts)
        counts.append(fanout->connectionCount());
    return counts;
}

} // namespace Switchboard::Hub
