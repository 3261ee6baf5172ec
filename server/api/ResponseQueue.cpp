// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ResponseQueue.h"

#include <QTcpSocket>

namespace Switchboard::Hub {

namespace {

void write(QHttpServerResponder &responder, ApiResponse &response, bool headRequest)
{
    response.render();
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(response.status));
    if (!response.contentType.isEmpty())
        responder.writeHeader("Content-Type", response.contentType);
    responder.writeHeader("Content-Length", QByteArray::number(response.body.size()));
    responder.writeHeader("Cache-Control", "no-store");
    for (const auto &[name, value] : response.headers)
        responder.writeHeader(name, value);
    responder.writeBody(headRequest ? QByteArray() : response.body);
}

} // namespace

ResponseQueue::ResponseQueue(QTcpSocket *socket)
    : QObject(socket)
{
    // An answer goes out as a header write and a body write. With Nagle's algorithm on, the body
    // waits for the client's delayed ACK of the headers: up to 40 ms for every large answer
    // (docs/performance.md). The queue is made on a connection's first request, so this covers
    // every connection that gets an answer.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
}

ResponseQueue *ResponseQueue::of(QTcpSocket *socket)
{
    if (auto *queue = socket->findChild<ResponseQueue *>(QString(), Qt::FindDirectChildrenOnly))
        return queue;
    return new ResponseQueue(socket);
}

quint64 ResponseQueue::enqueue(QHttpServerResponder &&responder, bool headRequest)
{
    m_entries.push_back({std::move(responder), headRequest, std::nullopt});
    return m_first + m_entries.size() - 1;
}

void ResponseQueue::complete(quint64 place, ApiResponse response)
{
    if (place < m_first || place - m_first >= m_entries.size())
        return;
    m_entries[place - m_first].response = std::move(response);
    while (!m_entries.empty() && m_entries.front().response) {
        Entry &front = m_entries.front();
        write(front.responder, *front.response, front.headRequest);
        m_entries.pop_front();
        ++m_first;
    }
}

} // namespace Switchboard::Hub
