// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WebhookPoster.h"

#include "DeliveryFactory.h"
#include "HttpHead.h"

#include <QDeadlineTimer>
#include <QTcpSocket>
#include <algorithm>

namespace Switchboard::Bench {

namespace {

//! A header section larger than this is no answer from the hub.
constexpr qsizetype MaxHeaderBytes = 64 * 1024;

} // namespace

WebhookPoster::WebhookPoster(const QUrl &hub, int connections, const QElapsedTimer *clock)
    : m_hub(hub)
    , m_host(hub.host(QUrl::FullyEncoded).toLatin1() + ':' + QByteArray::number(hub.port(80)))
    , m_clock(clock)
{
    for (int i = 0; i < connections; ++i)
        m_connections.push_back(std::make_unique<Connection>());
}

WebhookPoster::~WebhookPoster()
{
    for (auto &c : m_connections)
        delete c->socket;
}

bool WebhookPoster::connectAll(int timeoutMs, QString *error)
{
    const QDeadlineTimer deadline(timeoutMs);
    for (auto &owned : m_connections) {
        Connection &c = *owned;
        c.socket = new QTcpSocket;
        c.socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        connect(c.socket, &QTcpSocket::readyRead, this, [this, &c] { onReadyRead(c); });
        connect(c.socket, &QTcpSocket::disconnected, this,
            [this, &c] { fail(c, QStringLiteral("the hub closed the connection")); });
        connect(c.socket, &QAbstractSocket::errorOccurred, this,
            [this, &c] { fail(c, c.socket->errorString()); });
        c.socket->connectToHost(m_hub.host(), quint16(m_hub.port(80)));
        if (!c.socket->waitForConnected(int(std::max<qint64>(1, deadline.remainingTime())))) {
            *error = QStringLiteral("cannot connect to %1: %2")
                         .arg(m_hub.toString(), c.socket->errorString());
            return false;
        }
        c.open = true;
    }
    return true;
}

qint64 WebhookPoster::post(qint64 tag, const Delivery &delivery, std::atomic<qint64> *sentAt)
{
    Connection *best = nullptr;
    for (auto &c : m_connections) {
        if (c->open && (!best || c->pending.size() < best->pending.size()))
            best = c.get();
    }
    if (!best)
        return -1;
    QByteArray request;
    request.reserve(delivery.body.size() + 512);
    request += "POST " + delivery.path + " HTTP/1.1\r\nHost: " + m_host
        + "\r\nUser-Agent: switchboard-bench-webhooks\r\nContent-Type: " + delivery.contentType
        + "\r\nContent-Length: " + QByteArray::number(delivery.body.size()) + "\r\n";
    for (const auto &[name, value] : delivery.headers)
        request += name + ": " + value + "\r\n";
    request += "\r\n" + delivery.body;
    const qint64 sentNs = m_clock->nsecsElapsed();
    if (sentAt)
        sentAt->store(sentNs, std::memory_order_release);
    best->pending.push_back({tag, sentNs});
    ++m_inFlight;
    best->socket->write(request);
    // Onto the wire now rather than at the next turn of the event loop: the clock has started.
    best->socket->flush();
    return sentNs;
}

void WebhookPoster::onReadyRead(Connection &c)
{
    c.in += c.socket->readAll();
    if (!parseAnswers(c))
        fail(c, QStringLiteral("unreadable HTTP answer"));
}

bool WebhookPoster::parseAnswers(Connection &c)
{
    for (;;) {
        const qsizetype end = c.in.indexOf("\r\n\r\n");
        if (end < 0)
            return c.in.size() <= MaxHeaderBytes;
        const QByteArrayView head = QByteArrayView(c.in).first(end);
        if (!head.startsWith("HTTP/1.1 ") || head.size() < 12)
            return false;
        bool ok = false;
        const qsizetype length = HttpHead::value(head, "Content-Length").toLongLong(&ok);
        if (!ok || length < 0)
            return false; // the hub always answers with a length; anything else is a fault
        if (c.in.size() < end + 4 + length)
            return true;
        if (c.pending.empty())
            return false; // an answer to nothing asked
        Answer a;
        const Pending p = c.pending.front();
        c.pending.pop_front();
        --m_inFlight;
        a.tag = p.tag;
        a.sentNs = p.sentNs;
        a.answeredNs = m_clock->nsecsElapsed();
        // "HTTP/1.1 200 OK"
        a.status = head.sliced(9, 3).toInt();
        a.body = c.in.mid(end + 4, length);
        c.in.remove(0, end + 4 + length);
        if (onAnswer)
            onAnswer(a);
    }
}

void WebhookPoster::fail(Connection &c, const QString &why)
{
    if (!c.open)
        return;
    c.open = false;
    const qint64 now = m_clock->nsecsElapsed();
    while (!c.pending.empty()) {
        const Pending p = c.pending.front();
        c.pending.pop_front();
        --m_inFlight;
        if (onAnswer)
            onAnswer({p.tag, 0, {}, p.sentNs, now, why});
    }
    c.socket->abort();
}

void WebhookPoster::abortAll(const QString &why)
{
    for (auto &c : m_connections)
        fail(*c, why);
}

} // namespace Switchboard::Bench
