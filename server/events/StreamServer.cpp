// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StreamServer.h"

#include "StreamConnection.h"
#include "auth/TokenService.h"
#include "domain/Event.h"
#include "service/EventBus.h"
#include "service/SessionService.h"
#include "storage/Storage.h"
#include "storage/StorageError.h"

#include <QTimer>
#include <QUrlQuery>
#include <QWebSocket>

namespace Switchboard::Hub {

StreamServer::StreamServer(Storage &storage, SessionService &sessions, const AccessPolicy &access,
    EventBus &bus, Settings settings, QObject *parent)
    : QObject(parent)
    , m_storage(storage)
    , m_sessions(sessions)
    , m_access(access)
{
    connect(&bus, &EventBus::published, this, &StreamServer::onEvent);
    connect(&m_heartbeat, &QTimer::timeout, this, &StreamServer::onHeartbeat);
    m_heartbeat.start(settings.heartbeatSeconds * 1000);
    m_flush.setSingleShot(true);
    m_flush.setInterval(settings.batchMilliseconds);
    connect(&m_flush, &QTimer::timeout, this, &StreamServer::flushAll);
}

// Connections are children of this object and go with it.
StreamServer::~StreamServer() = default;

void StreamServer::accept(std::unique_ptr<QWebSocket> socket)
{
    const auto refuse = [&socket](int code, const QString &reason) {
        QWebSocket *raw = socket.release();
        QObject::connect(raw, &QWebSocket::disconnected, raw, &QObject::deleteLater);
        // Closed on the next turn of the event loop: Qt is still finishing the handshake on this
        // socket when it hands it over.
        QTimer::singleShot(0, raw, [raw, code, reason] {
            raw->close(static_cast<QWebSocketProtocol::CloseCode>(code), reason);
        });
    };
    const QString token
        = TokenService::fromAuthorizationHeader(socket->request().rawHeader("Authorization"));
    std::optional<Session> session;
    Domain::Seq head = 0;
    try {
        session = m_sessions.authenticate(token);
        head = m_storage.events().head();
    } catch (const StorageError &) {
        refuse(4503, QStringLiteral("the hub cannot read its database; reconnect later"));
        return;
    }
    if (!session) {
        refuse(Unauthorized, QStringLiteral("missing, expired or revoked token"));
        return;
    }
    const QUrlQuery query(socket->requestUrl());
    Domain::Seq since = 0;
    if (query.hasQueryItem(QStringLiteral("since"))) {
        bool ok = false;
        since = query.queryItemValue(QStringLiteral("since")).toLongLong(&ok);
        if (!ok || since < 0) {
            refuse(BadRequest, QStringLiteral("since must be a non-negative whole number"));
            return;
        }
    }
    if (since > head) {
        refuse(CursorAhead,
            QStringLiteral("cursor is ahead of this hub's event log; sync from scratch"));
        return;
    }
    auto *connection = new StreamConnection(
        std::move(socket), *session, since, m_storage, m_access, m_frames, this);
    connect(connection, &StreamConnection::finished, this, &StreamServer::remove);
    m_connections.push_back(connection);
    connection->start(head);
}

void StreamServer::onEvent(const StoredEvent &event)
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
    if (!m_flush.isActive())
        m_flush.start();
}

void StreamServer::flushAll()
{
    for (StreamConnection *c : m_connections)
        c->flush();
}

void StreamServer::onHeartbeat()
{
    // A session may have ended elsewhere (expired, password changed, user deactivated).
    for (StreamConnection *c : std::vector<StreamConnection *>(m_connections)) {
        bool valid = true;
        try {
            const auto session = m_sessions.authenticateHash(c->session().tokenHash);
            valid = session.has_value();
            if (session)
                c->refreshUser(session->user);
        } catch (const StorageError &) {
            // Keep streaming; the next heartbeat checks again.
        }
        if (valid)
            c->sendHeartbeat();
        else
            c->close(Unauthorized, QStringLiteral("session ended"));
    }
}

void StreamServer::endSession(const QByteArray &tokenHash)
{
    for (StreamConnection *c : std::vector<StreamConnection *>(m_connections)) {
        if (c->session().tokenHash == tokenHash)
            c->close(Unauthorized, QStringLiteral("signed out"));
    }
}

void StreamServer::remove(StreamConnection *connection)
{
    std::erase(m_connections, connection);
    connection->deleteLater();
}

} // namespace Switchboard::Hub
