// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FrameCache.h"
#include "storage/EventLog.h"

#include <QObject>
#include <QTimer>
#include <memory>
#include <vector>

class QWebSocket;

namespace Switchboard::Hub {

class AccessPolicy;
class EventBus;
class SessionService;
class Storage;
class StreamConnection;

//! Owns every live stream: authenticates new ones, fans committed events out to them, sends
//! heartbeats and ends streams whose session ended.
class StreamServer : public QObject
{
    Q_OBJECT
public:
    struct Settings
    {
        //! How often every stream gets a heartbeat (and its session is checked).
        int heartbeatSeconds = 15;
        //! Events committed within this many milliseconds go out together, one frame per stream:
        //! a little latency for far fewer frames when many desktops are connected.
        int batchMilliseconds = 20;
    };

    StreamServer(Storage &storage, SessionService &sessions, const AccessPolicy &access,
        EventBus &bus, Settings settings, QObject *parent = nullptr);
    ~StreamServer() override;

    //! Takes over an upgraded WebSocket; checks its token and cursor, then starts streaming.
    void accept(std::unique_ptr<QWebSocket> socket);
    //! Ends the streams of a session (sign-out).
    void endSession(const QByteArray &tokenHash);
    int connectionCount() const { return int(m_connections.size()); }

    //! Close codes sent when a stream cannot go on.
    enum CloseCode {
        BadRequest = 4400,
        Unauthorized = 4401,
        //! The client's cursor is ahead of this hub's log: it belongs to another database.
        CursorAhead = 4409,
    };

private:
    void onEvent(const StoredEvent &event);
    void onHeartbeat();
    void flushAll();
    void remove(StreamConnection *connection);

    Storage &m_storage;
    SessionService &m_sessions;
    const AccessPolicy &m_access;
    std::vector<StreamConnection *> m_connections;
    QTimer m_heartbeat;
    QTimer m_flush;
    FrameCache m_frames;
};

} // namespace Switchboard::Hub
