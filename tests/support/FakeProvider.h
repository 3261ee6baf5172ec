// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QTcpServer>
#include <QUrlQuery>

#include <functional>

namespace Switchboard::Test {

//! One HTTP request a FakeProvider received.
struct FakeRequest
{
    QByteArray method;
    //! The request target: path and query, as sent.
    QString target;
    //! Header names in lower case.
    QHash<QByteArray, QByteArray> headers;
    QByteArray body;

    QJsonObject json() const;
    //! The body as application/x-www-form-urlencoded fields.
    QUrlQuery form() const;
};

//! What a FakeProvider answers.
struct FakeResponse
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
    QList<QPair<QByteArray, QByteArray>> headers;
};

//! A provider's HTTP API on a loopback port: records every request and answers each with what
//! the test scripted (queued answers first, then the standing one). close() and listen() again on
//! the same port play a provider that is down and comes back.
class FakeProvider : public QObject
{
    Q_OBJECT
public:
    explicit FakeProvider(QObject *parent = nullptr);

    //! Listens on 127.0.0.1 (port 0: a free one); false if it cannot.
    bool listen(quint16 port = 0);
    //! Stops listening: connections are refused until listen() again.
    void close();
    quint16 port() const { return m_port; }
    //! "http://127.0.0.1:PORT".
    QString url() const;

    //! The answer to every request not answered by a queued one.
    void setStanding(const FakeResponse &response) { m_standing = response; }
    //! Answers the next request with response (first in, first out).
    void enqueue(const FakeResponse &response) { m_queued.append(response); }

    //! Forgets the requests and the scripted answers.
    void reset();
    const QList<FakeRequest> &requests() const { return m_requests; }
    //! How many requests were answered with a 2xx status.
    int successes() const { return m_successes; }

Q_SIGNALS:
    void received(const Switchboard::Test::FakeRequest &request);

private:
    void serve(QTcpSocket *socket);

    QTcpServer m_server;
    quint16 m_port = 0;
    FakeResponse m_standing;
    QList<FakeResponse> m_queued;
    QList<FakeRequest> m_requests;
    int m_successes = 0;
};

} // namespace Switchboard::Test
