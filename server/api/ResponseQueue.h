// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiResponse.h"

#include <QHttpServerResponder>
#include <QObject>
#include <deque>
#include <optional>

class QTcpSocket;

namespace Switchboard::Hub {

//! The requests of one connection that still wait for their answer. HTTP/1.1 lets a client
//! send requests back to back (pipelining) and needs the answers in the same order, but an
//! answer computed on another thread may come back before an earlier one that was answered
//! here. So each answer takes a place in line and is written once all before it were.
//! A child of its socket: it goes with the socket, and a late answer finds it gone.
class ResponseQueue : public QObject
{
    Q_OBJECT
public:
    //! The socket's queue, made on first use.
    static ResponseQueue *of(QTcpSocket *socket);

    //! Takes the next place in line; the number identifies it to complete().
    quint64 enqueue(QHttpServerResponder &&responder, bool headRequest);
    //! The answer for one place: writes it and every answer after it that is ready, in order.
    void complete(quint64 place, ApiResponse response);

private:
    explicit ResponseQueue(QTcpSocket *socket);

    struct Entry
    {
        QHttpServerResponder responder;
        //! A HEAD request: headers only (HTTP forbids a body), Content-Length as for GET.
        bool headRequest = false;
        std::optional<ApiResponse> response;
    };
    std::deque<Entry> m_entries;
    //! The place number of m_entries.front().
    quint64 m_first = 0;
};

} // namespace Switchboard::Hub
