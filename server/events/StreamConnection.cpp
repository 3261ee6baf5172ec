// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StreamConnection.h"

#include "domain/WireTime.h"
#include "service/AccessPolicy.h"
#include "storage/StorageError.h"

#include <QJsonDocument>
#include <QTimer>

namespace Switchboard::Hub {

StreamConnection::StreamConnection(std::unique_ptr<QWebSocket> socket, Session session,
    Domain::Seq since, EventLog &events, const AccessPolicy &access, FrameCache &frames,
    QObject *parent)
    : QObject(parent)
    , m_socket(std::move(socket))
    , m_session(std::move(session))
    , m_events(events)
    , m_access(access)
    , m_cursor(since)
    , m_frames(frames)
{
    connect(m_socket.get(), &QWebSocket::disconnected, this, [this] {
        m_closed = true;
        Q_EMIT finished(this);
    });
}

StreamConnection::~StreamConnection() = default;

void StreamConnection::start(Domain::Seq head)
{
    sendControl({{QStringLiteral("type"), QStringLiteral("hello")},
        {QStringLiteral("user"), m_session.user.toJson()}, {QStringLiteral("since"), m_cursor},
        {QStringLiteral("head"), head}});
    catchUpStep();
}

void StreamConnection::catchUpStep()
{
    if (m_closed)
        return;
    QList<StoredEvent> page;
    try {
        page = m_events.since(m_cursor, CatchUpPage);
    } catch (const StorageError &) {
        close(4503, QStringLiteral("the hub cannot read its event log; reconnect later"));
        return;
    }
    QList<OutgoingEvent> visible;
    for (const StoredEvent &e : page) {
        if (m_access.mayReceive(m_session.user, e.audience))
            visible.append({e.event.seq, e.json});
        m_cursor = e.event.seq;
    }
    if (!visible.isEmpty())
        sendEvents(visible);
    if (page.size() == CatchUpPage) {
        // Let other clients and requests in between pages; events committed meanwhile are in the
        // log and will be read by a later step.
        QTimer::singleShot(0, this, &StreamConnection::catchUpStep);
        return;
    }
    // Why this loses and repeats nothing: until now live events were ignored, and the read
    // above and this switch happen in one call on this thread. Every event is committed before
    // it is posted to the fan-outs, and they hand events to their streams in sequence order.
    // So an event handed to this stream before the read was committed before it and is in it
    // (or in an earlier page); every event handed to it from now on either was in that read too
    // (deliver() drops it: seq <= m_cursor) or was committed after it and is newer than
    // everything read.
    m_live = true;
    sendControl(
        {{QStringLiteral("type"), QStringLiteral("live")}, {QStringLiteral("seq"), m_cursor}});
}

void StreamConnection::deliver(const StoredEvent &event)
{
    if (!m_live || m_closed || event.event.seq <= m_cursor)
        return;
    m_cursor = event.event.seq;
    if (!m_access.mayReceive(m_session.user, event.audience))
        return;
    m_pending.append({event.event.seq, event.json});
}

void StreamConnection::flush()
{
    if (m_pending.isEmpty() || m_closed)
        return;
    sendEvents(m_pending);
    m_pending.clear();
}

void StreamConnection::sendHeartbeat()
{
    if (!m_live || m_closed)
        return;
    flush();
    sendControl(
        {{QStringLiteral("type"), QStringLiteral("heartbeat")}, {QStringLiteral("seq"), m_cursor},
            {QStringLiteral("at"), Domain::WireTime::toJson(QDateTime::currentDateTimeUtc())}});
}

void StreamConnection::sendEvents(const QList<OutgoingEvent> &events)
{
    m_socket->sendTextMessage(m_frames.eventsFrame(events));
    // Write now rather than when the event loop next sees the socket writable: it saves a
    // notifier round trip per frame, which dominates when thousands of streams get each event.
    m_socket->flush();
}

void StreamConnection::sendControl(const QJsonObject &message)
{
    m_socket->sendTextMessage(
        QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
    m_socket->flush();
}

void StreamConnection::close(int code, const QString &reason)
{
    if (m_closed)
        return;
    m_closed = true;
    m_socket->close(static_cast<QWebSocketProtocol::CloseCode>(code), reason);
}

} // namespace Switchboard::Hub
