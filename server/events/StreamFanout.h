// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FrameCache.h"
#include "StreamServer.h"

#include <QList>
#include <QMutex>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <atomic>
#include <memory>
#include <vector>

class QWebSocket;

namespace Switchboard::Hub {

class AccessPolicy;
class EventLog;
class StreamConnection;
struct StoredEvent;

//! The streams of one thread: a WebSocket cannot leave the thread that accepted it, so each
//! thread that serves HTTP fans events out to its own streams, with its own frame cache, flush
//! and heartbeat timers, and reads catch-up from the event log through its own connection.
//! Sessions are checked by the StreamServer, on the services' thread.
class StreamFanout : public QObject
{
    Q_OBJECT
public:
    //! events is a connection to the event log that this thread may use.
    StreamFanout(StreamServer &server, EventLog &events, const AccessPolicy &access,
        StreamServer::Settings settings, QObject *parent = nullptr);
    ~StreamFanout() override;

    //! Takes over an upgraded WebSocket; checks its token and cursor, then starts streaming.
    void accept(std::unique_ptr<QWebSocket> socket);
    //! A newly committed event, in sequence order; called from the services' thread. Events
    //! wait here and reach the streams together when the batch window closes.
    void post(const StoredEvent &event);
    //! Ends the streams of a session (sign-out).
    void endSession(const QByteArray &tokenHash);
    //! Open streams; may be read from any thread.
    int connectionCount() const { return m_count.load(std::memory_order_relaxed); }

private:
    void admitted(QPointer<QWebSocket> pending, Domain::Seq since, bool sinceValid,
        const StreamServer::Admission &admission);
    //! The first event of a batch arrived: opens the batch window.
    void onFirstEvent();
    void deliver(const StoredEvent &event);
    void onHeartbeat();
    void heartbeatChecked(const StreamServer::SessionStates &states);
    void flushAll();
    void remove(StreamConnection *connection);

    StreamServer &m_server;
    EventLog &m_events;
    const AccessPolicy &m_access;
    std::vector<StreamConnection *> m_connections;
    std::atomic<int> m_count = 0;
    //! Events posted and not yet handed to the streams, oldest first.
    QMutex m_inboxLock;
    QList<StoredEvent> m_inbox;
    bool m_wakePosted = false;
    int m_batchMilliseconds;
    QTimer m_heartbeat;
    QTimer m_flush;
    FrameCache m_frames;
};

} // namespace Switchboard::Hub
