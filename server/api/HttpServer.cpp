// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpServer.h"

#include "ApiResponse.h"
#include "HttpRequest.h"
#include "RequestBatch.h"
#include "ResponseQueue.h"
#include "events/StreamFanout.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QMetaEnum>
#include <QPointer>
#include <QWebSocket>

namespace Switchboard::Hub {

namespace {

QString methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return QStringLiteral("GET");
    case QHttpServerRequest::Method::Post:
        return QStringLiteral("POST");
    case QHttpServerRequest::Method::Put:
        return QStringLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QStringLiteral("DELETE");
    default:
        break;
    }
    return QString::fromLatin1(
        QMetaEnum::fromType<QHttpServerRequest::Method>().valueToKey(int(method)))
        .toUpper();
}

bool isWebSocketUpgrade(const QHttpServerRequest &request)
{
    return request.value("Upgrade").compare("websocket", Qt::CaseInsensitive) == 0;
}

bool isHead(const QHttpServerRequest &request)
{
    return request.method() == QHttpServerRequest::Method::Head;
}

} // namespace

HttpServer::HttpServer(RequestBatch &batch, StreamFanout &streams, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_batch(batch)
{
    connect(this, &QAbstractHttpServer::newWebSocketConnection, &streams, [this, &streams] {
        while (hasPendingWebSocketConnections())
            streams.accept(nextPendingWebSocketConnection());
    });
}

bool HttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const bool upgrade = isWebSocketUpgrade(request);
    if (request.url().path() == StreamPath) {
        // Returning true without answering lets Qt complete the WebSocket handshake.
        if (upgrade && request.method() == QHttpServerRequest::Method::Get)
            return true;
        ApiResponse r = ApiResponse::error(426, QStringLiteral("upgrade_required"),
            QStringLiteral("%1 is a WebSocket endpoint; open it with a WebSocket GET")
                .arg(StreamPath));
        r.addHeader("Upgrade", "websocket");
        answerHere(request, socket, r);
        return true;
    }
    if (upgrade)
        return false; // Qt then calls missingHandler, which answers 404

    HttpRequest copy{methodName(request.method()), request.url(), request.headers(), request.body(),
        request.remoteAddress()};
    ResponseQueue *queue = ResponseQueue::of(socket);
    const quint64 place = queue->enqueue(makeResponder(request, socket), isHead(request));
    // The router and the services behind it stay on their own thread with the one database
    // connection that writes; only this copy crosses over, and only the answer comes back,
    // after the commit that covers the request. The queue is a child of the socket, so an answer
    // for a connection that closed meanwhile finds it gone and is dropped.
    m_batch.submit(std::move(copy), this,
        [queue = QPointer<ResponseQueue>(queue), place, server = this](ApiResponse response) {
            // Encoded here, by the queue: see ApiResponse::render().
            QMetaObject::invokeMethod(
                server,
                [queue, place, response = std::move(response)]() mutable {
                    if (queue)
                        queue->complete(place, std::move(response));
                },
                Qt::QueuedConnection);
        });
    return true;
}

HttpServer::~HttpServer()
{
    m_batch.forget(this);
}

void HttpServer::answerHere(
    const QHttpServerRequest &request, QTcpSocket *socket, const ApiResponse &response)
{
    ResponseQueue *queue = ResponseQueue::of(socket);
    queue->complete(queue->enqueue(makeResponder(request, socket), isHead(request)), response);
}

void HttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    answerHere(request, socket,
        ApiResponse::error(404, QStringLiteral("not_found"),
            QStringLiteral("no WebSocket endpoint at %1").arg(request.url().path())));
}

} // namespace Switchboard::Hub
