// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QTcpServer>
#include <QUrl>

namespace Switchboard::Test {

//! A loopback HTTP/1.1 server answering each request with the next scripted response, for
//! what a real hub will not do on demand (503, 429, silence, oversized bodies).
class ScriptedHttpServer : public QObject
{
    Q_OBJECT
public:
    ScriptedHttpServer();

    //! Queues a raw response; an empty one means "accept and never answer".
    void enqueue(const QByteArray &response) { m_script.append(response); }
    //! A complete response with Content-Length and Connection: close.
    static QByteArray response(
        int status, const QByteArray &body = {}, const QList<QByteArray> &extraHeaders = {});

    QUrl url() const;
    //! Every request received so far, head and body as sent.
    const QList<QByteArray> &requests() const { return m_requests; }

private:
    void readFrom(QTcpSocket *socket);

    QTcpServer m_server;
    QList<QByteArray> m_script;
    QList<QByteArray> m_requests;
};

} // namespace Switchboard::Test
