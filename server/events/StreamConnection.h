// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FrameCache.h"
#include "service/SessionService.h"
#include "storage/EventLog.h"

#include <QObject>
#include <QWebSocket>
#include <memory>

namespace Switchboard::Hub {

class AccessPolicy;
class EventLog;

//! One desktop's live stream, on the thread that accepted its socket. It first replays from the
//! event log everything after the client's cursor that the user may see, page by page, then
//! switches to live delivery. Live events are queued and sent in one frame when the fan-out
//! flushes (see StreamServer::Settings::batchMilliseconds).
class StreamConnection : public QObject
{
    Q_OBJECT
public:
    //! events is this thread's own connection to the event log.
    StreamConnection(std::unique_ptr<QWebSocket> socket, Session session, Domain::Seq since,
        EventLog &events, const AccessPolicy &access, FrameCache &frames,
        QObject *parent = nullptr);
    ~StreamConnection() override;

    //! Greets the client (telling it the log's head) and starts the catch-up.
    void start(Domain::Seq head);
    //! The user as they are now: a changed role changes what this stream may carry.
    void refreshUser(const Domain::User &user) { m_session.user = user; }
    //! A newly committed event; queued if the user may see it, once the catch-up is done.
    void deliver(const StoredEvent &event);
    //! Sends the queued events in one frame.
    void flush();
    //! Tells the client the hub is alive and how far its cursor may advance.
    void sendHeartbeat();
    //! Ends the stream with a WebSocket close code (4000-4999 are Switchboard's own).
    void close(int code, const QString &reason);

    const Session &session() const { return m_session; }
    bool isLive() const { return m_live; }

    //! Events read from the log per catch-up step.
    static constexpr int CatchUpPage = 500;

Q_SIGNALS:
    void finished(Switchboard::Hub::StreamConnection *connection);

private:
    void catchUpStep();
    void sendEvents(const QList<OutgoingEvent> &events);
    void sendControl(const QJsonObject &message);

    std::unique_ptr<QWebSocket> m_socket;
    Session m_session;
    EventLog &m_events;
    const AccessPolicy &m_access;
    //! Everything up to here has been sent or was not for this user.
    Domain::Seq m_cursor;
    bool m_live = false;
    bool m_closed = false;
    FrameCache &m_frames;
    QList<OutgoingEvent> m_pending;
};

} // namespace Switchboard::Hub
