// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Event.h"
#include "domain/User.h"
#include "service/SessionService.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <optional>
#include <vector>

namespace Switchboard::Hub {

class EventBus;
class EventLog;
class StreamFanout;
struct StoredEvent;

//! Every live stream of the hub, whichever thread serves it. Lives on the thread that owns the
//! services: it hands each committed event to every thread's fan-out, answers their session
//! checks from the one SessionService, and ends a session's streams wherever they are.
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

    //! What a new stream is told about its token, with the log's head at that moment.
    struct Admission
    {
        std::optional<Session> session;
        Domain::Seq head = 0;
        //! The database could not be read; the stream should be refused for now.
        bool unavailable = false;
    };
    //! Token hash to the user as they are now, or nullopt when that session ended. A hash that
    //! could not be checked (database unavailable) is left out.
    using SessionStates = QHash<QByteArray, std::optional<Domain::User>>;

    //! events is the writer's event log, read only for its head.
    StreamServer(
        SessionService &sessions, EventLog &events, EventBus &bus, QObject *parent = nullptr);
    ~StreamServer() override;

    //! A thread's fan-out gets every event committed from now on. Call on this object's thread.
    void attach(StreamFanout *fanout);
    void detach(StreamFanout *fanout);

    //! Checks a new stream's bearer token. Called on this object's thread.
    Admission admit(const QString &token);
    //! Checks the sessions of open streams for a heartbeat. Called on this object's thread.
    SessionStates checkSessions(const QList<QByteArray> &tokenHashes);

    //! Ends the streams of a session (sign-out), on every thread.
    void endSession(const QByteArray &tokenHash);
    //! Open streams on all threads.
    int connectionCount() const;
    //! A thread's fan-out opened or closed a stream of a user. Called on this object's thread.
    void streamOpened(Domain::Id userId);
    void streamClosed(Domain::Id userId);
    //! Open streams on each thread that serves them.
    QList<int> connectionsPerThread() const;

    //! Close codes sent when a stream cannot go on.
    enum CloseCode {
        BadRequest = 4400,
        Unauthorized = 4401,
        //! The client's cursor is ahead of this hub's log: it belongs to another database.
        CursorAhead = 4409,
        Unavailable = 4503,
    };

Q_SIGNALS:
    //! The user's first stream opened (they were connected nowhere before).
    void userConnected(Switchboard::Domain::Id userId);
    //! The user's last stream closed.
    void userDisconnected(Switchboard::Domain::Id userId);

private:
    void onEvent(const StoredEvent &event);

    SessionService &m_sessions;
    EventLog &m_events;
    std::vector<StreamFanout *> m_fanouts;
    //! Open streams per user, on all threads.
    QHash<Domain::Id, int> m_userStreams;
};

} // namespace Switchboard::Hub
