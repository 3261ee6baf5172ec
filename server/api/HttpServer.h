// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractHttpServer>

namespace Switchboard::Hub {

class Router;
class StreamServer;

//! The hub's HTTP front: hands WebSocket upgrades on the stream path to the stream server and
//! everything else to the router. Every answer, errors included, is JSON.
class HttpServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    static constexpr QLatin1String StreamPath{"/api/v1/stream"};

    HttpServer(Router &router, StreamServer &stream, QObject *parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Router &m_router;
};

} // namespace Switchboard::Hub
