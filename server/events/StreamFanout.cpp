// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StreamFanout.h"

#include "StreamConnection.h"
#include "auth/TokenService.h"
#include "domain/Event.h"
#include "storage/EventLog.h"

#include <QSet>
#include <QUrlQuery>
#include <QWebSocket>

namespace Switchboard::Hub {

namespace {

//! Closes a stream that is refused, on the next turn of the event loop: Qt may still be
//! finishing the handshake on this socket when it hands it over.
void refuse(std::unique_ptr<QWebSocket> socket, int code, const QString &reason)
{
    QWebSocket *raw = socket.release();
    QObject::connect(raw, &QWebSocket::disconnected, raw, &QObject::deleteLater);
    QTimer::singleShot(0, raw, [raw, code, reason] {
        raw->close(static_cast<QWebSocketProtocol::CloseCode>(code), reason);
    });
}

} // namespace

StreamFanout::StreamFanout(StreamServer &server, EventLog &events, const AccessPolicy &access,
    StreamServer::Settings settings, QObject *parent)
    : QObject(parent)
    , m_server(server)
    , m_events(events)
    , m_access(access)
    , m_batchMilliseconds(settings.batchMilliseconds)
{
    connect(&m_heartbeat, &QTimer::timeout, this, &StreamFanout::onHeartbeat);
    m_heartbeat.start(settings.heartbeatSeconds * 1000);
    m_flush.setSingleShot(true);
    m_flush.setInterval(settings.batchMilliseconds);
    connect(&m_flush, &QTimer::timeout, this, &StreamFanout::flushAll);
}

// Connections (and sockets still waiting for their session check) are children of this object
// and go with it.
StreamFanout::~StreamFanout() = default;

void StreamFanout::accept(std::unique_ptr<QWebSocket> socket)
{
    const QString token
        = TokenService::fromAuthorizationHeader(socket->request().rawHeader("Authorization"));
    const QUrlQuery query(socket->requestUrl());
    Domain::Seq since = 0;
    bool sinceValid = true;
    if (query.hasQueryItem(QStringLiteral("since"))) {
        since = query.queryItemValue(QStringLiteral("since")).toLongLong(&sinceValid);
        sinceValid = sinceValid && since >= 0;
    }
    // Kept here until the session is checked; a client that leaves meanwhile is dropped.
    QWebSocket *raw = socket.release();
    raw->setParent(this);
    connect(raw, &QWebSocket::disconnected, raw, &QObject::deleteLater);
    QPointer<QWebSocket> pending(raw);
    QMetaObject::invokeMethod(
        &m_server, [server = &m_server, self = this, token, pending, since, sinceValid] {
            const StreamServer::Admission admission = server->admit(token);
            QMetaObject::invokeMethod(self, [self, pending, since, sinceValid, admission] {
                self->admitted(pending, since, sinceValid, admission);
            });
        });
}

void StreamFanout::admitted(QPointer<QWebSocket> pending, Domain::Seq since, bool sinceValid,
    const StreamServer::Admission &admission)
{
    if (!pending)
        return;
    disconnect(pending, &QWebSocket::disconnected, pending, &QObject::deleteLater);
    pending->setParent(nullptr);
    std::unique_ptr<QWebSocket> socket(pending.data());
    if (socket->state() != QAbstractSocket::ConnectedState)
        return;
    if (admission.unavailable) {
        refuse(std::move(socket), StreamServer::Unavailable,
            QStringLiteral("the hub cannot read its database; reconnect later"));
        return;
    }
    if (!admission.session) {
        refuse(std::move(socket), StreamServer::Unauthorized,
            QStringLiteral("missing, expired or revoked token"));
        return;
    }
    if (!sinceValid) {
        refuse(std::move(socket), StreamServer::BadRequest,
            QStringLiteral("since must be a non-negative whole number"));
        return;
    }
    if (since > admission.head) {
        refuse(std::move(socket), StreamServer::CursorAhead,
            QStringLiteral("cursor is ahead of this hub's event log; sync from scratch"));
        return;
    }
    auto *connection = new StreamConnection(
        std::move(socket), *admission.session, since, m_events, m_access, m_frames, this);
    connect(connection, &StreamConnection::finished, this, &StreamFanout::remove);
    m_connections.push_back(connection);
    m_count.store(int(m_connections.size()), std::memory_order_relaxed);
    const Domain::Id userId = admission.session->user.id;
    // Routing hears who is connected, on the services' thread.
    QMetaObject::invokeMethod(
        &m_server, [server = &m_server, userId] { server->streamOpened(userId); });
    connection->start(admission.head);
}

void StreamFanout::post(const StoredEvent &event)
{
    // One wake-up per batch rather than one per event: every turn of this thread's event loop
    // polls all of its sockets, so turns cost more the more desktops are connected.
    const QMutexLocker lock(&m_inboxLock);
    m_inbox.append(event);
    if (m_wakePosted)
        return;
    m_wakePosted = true;
    QMetaObject::invokeMethod(this, &StreamFanout::onFirstEvent, Qt::QueuedConnection);
}

void StreamFanout::onFirstEvent()
{
    if (m_batchMilliseconds == 0)
        flushAll();
    else if (!m_flush.isActive())
        m_flush.start();
}

void StreamFanout::deliver(const StoredEvent &event)
{
    std::optional<Domain::User> changed;
    if (event.event.type == Domain::EventType::UserUpdated)
        changed = Domain::User::fromJson(event.event.data);
    for (StreamConnection *c : m_connections) {
        // Apply a role change before deciding who sees this very event.
        if (changed && c->session().user.id == changed->id)
            c->refreshUser(*changed);
        c->deliver(event);
    }
}

void StreamFanout::flushAll()
{
    QList<StoredEvent> events;
    {
        const QMutexLocker lock(&m_inboxLock);
        events.swap(m_inbox);
        m_wakePosted = false;
    }
    // A stream still catching up ignores these; see StreamConnection::catchUpStep() for why
    // handing them over only now loses and repeats nothing.
    for (const StoredEvent &event : std::as_const(events))
        deliver(event);
    for (StreamConnection *c : m_connections)
        c->flush();
    m_frames.clear();
}

void StreamFanout::onHeartbeat()
{
    if (m_connections.empty())
        return;
    // A session may have ended elsewhere (expired, password changed, user deactivated); the
    // services' thread knows, and answers for all of this thread's streams at once.
    QSet<QByteArray> unique;
    for (const StreamConnection *c : m_connections)
        unique.insert(c->session().tokenHash);
    QMetaObject::invokeMethod(
        &m_server, [server = &m_server, self = this, hashes = unique.values()] {
            const StreamServer::SessionStates states = server->checkSessions(hashes);
            QMetaObject::invokeMethod(self, [self, states] { self->heartbeatChecked(states); });
        });
}

void StreamFanout::heartbeatChecked(const StreamServer::SessionStates &states)
{
    for (StreamConnection *c : std::vector<StreamConnection *>(m_connections)) {
        const auto state = states.constFind(c->session().tokenHash);
        if (state != states.cend()) {
            if (!*state) {
                c->close(StreamServer::Unauthorized, QStringLiteral("session ended"));
                continue;
            }
            // Not older than any user.updated this thread has seen: events and this answer
            // come from the services' thread in the order they happened there.
            c->refreshUser(**state);
        }
        c->sendHeartbeat();
    }
}

void StreamFanout::endSession(const QByteArray &tokenHash)
{
    for (StreamConnection *c : std::vector<StreamConnection *>(m_connections)) {
        if (c->session().tokenHash == tokenHash)
            c->close(StreamServer::Unauthorized, QStringLiteral("signed out"));
    }
}

void StreamFanout::remove(StreamConnection *connection)
{
    std::erase(m_connections, connection);
    m_count.store(int(m_connections.size()), std::memory_order_relaxed);
    const Domain::Id userId = connection->session().user.id;
    QMetaObject::invokeMethod(
        &m_server, [server = &m_server, userId] { server->streamClosed(userId); });
    connection->deleteLater();
}

} // namespace Switchboard::Hub
