// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractHttpServer>
#include <QPointer>

namespace Switchboard::Hub {

class Router;
class StreamFanout;
struct ApiResponse;
struct HttpRequest;

//! The hub's HTTP front on one thread: hands WebSocket upgrades on the stream path to that
//! thread's stream fan-out and everything else to the router. Every answer, errors included, is
//! JSON, and the answers on a connection go out in the order of its requests.
class HttpServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    static constexpr QLatin1String StreamPath{"/api/v1/stream"};

    //! The router runs on routerContext's thread. On this server's own thread requests are
    //! answered at once; otherwise each is copied there and its answer sent back here.
    HttpServer(
        Router &router, QObject *routerContext, StreamFanout &streams, QObject *parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    //! Answers from this thread, in line behind the connection's earlier requests.
    void answerHere(
        const QHttpServerRequest &request, QTcpSocket *socket, const ApiResponse &response);

    Router &m_router;
    QPointer<QObject> m_routerContext;
};

} // namespace Switchboard::Hub
