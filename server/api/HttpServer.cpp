// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpServer.h"

#include "ApiResponse.h"
#include "Router.h"
#include "events/StreamServer.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QWebSocket>

namespace Switchboard::Hub {

namespace {

//! Writes the answer; to a HEAD request without its body (HTTP forbids one), though its
//! Content-Length is that of the body a GET would get.
void send(QHttpServerResponder &&responder, const ApiResponse &response,
    const QHttpServerRequest &request)
{
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(response.status));
    if (!response.contentType.isEmpty())
        responder.writeHeader("Content-Type", response.contentType);
    responder.writeHeader("Content-Length", QByteArray::number(response.body.size()));
    responder.writeHeader("Cache-Control", "no-store");
    for (const auto &[name, value] : response.headers)
        responder.writeHeader(name, value);
    responder.writeBody(
        request.method() == QHttpServerRequest::Method::Head ? QByteArray() : response.body);
}

bool isWebSocketUpgrade(const QHttpServerRequest &request)
{
    return request.value("Upgrade").compare("websocket", Qt::CaseInsensitive) == 0;
}

} // namespace

HttpServer::HttpServer(Router &router, StreamServer &stream, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_router(router)
{
    connect(this, &QAbstractHttpServer::newWebSocketConnection, &stream, [this, &stream] {
        while (hasPendingWebSocketConnections())
            stream.accept(nextPendingWebSocketConnection());
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
        send(makeResponder(request, socket), r, request);
        return true;
    }
    if (upgrade)
        return false; // Qt then calls missingHandler, which answers 404
    send(makeResponder(request, socket), m_router.dispatch(request), request);
    return true;
}

void HttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    send(makeResponder(request, socket),
        ApiResponse::error(404, QStringLiteral("not_found"),
            QStringLiteral("no WebSocket endpoint at %1").arg(request.url().path())),
        request);
}

} // namespace Switchboard::Hub
