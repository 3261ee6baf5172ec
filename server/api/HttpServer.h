// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractHttpServer>

namespace Switchboard::Hub {

class RequestBatch;
class StreamFanout;
struct ApiResponse;
struct HttpRequest;

//! The hub's HTTP front on one thread: hands WebSocket upgrades on the stream path to that
//! thread's stream fan-out and everything else, copied, to the request batch on the services'
//! thread. Every answer, errors included, is JSON, and the answers on a connection go out in
//! the order of its requests.
class HttpServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    static constexpr QLatin1String StreamPath{"/api/v1/stream"};

    HttpServer(RequestBatch &batch, StreamFanout &streams, QObject *parent = nullptr);
    //! Requests of this server not run yet are dropped.
    ~HttpServer() override;

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    //! Answers from this thread, in line behind the connection's earlier requests.
    void answerHere(
        const QHttpServerRequest &request, QTcpSocket *socket, const ApiResponse &response);

    RequestBatch &m_batch;
};

} // namespace Switchboard::Hub
