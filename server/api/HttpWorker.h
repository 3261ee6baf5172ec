// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "events/StreamServer.h"

#include <QSemaphore>
#include <QSslConfiguration>
#include <QThread>
#include <optional>

namespace Switchboard::Hub {

class AccessPolicy;
class RequestBatch;
class StreamFanout;

//! A thread that serves HTTP and event streams on its own listening socket. It parses requests
//! and hands a copy of each to the request batch on the services' thread (where the one database
//! connection that writes lives), and writes the answers back in order. Its streams stay on
//! it; it reads catch-up through its own read-only database connection.
class HttpWorker : public QThread
{
    Q_OBJECT
public:
    struct Setup
    {
        //! A listening socket (see ListenSocket); the worker owns it from construction on.
        qintptr socketDescriptor = -1;
        //! Serve HTTPS and WSS only.
        std::optional<QSslConfiguration> tls;
        QString databasePath;
        StreamServer::Settings streams;
    };

    HttpWorker(RequestBatch &batch, StreamServer &streams, const AccessPolicy &access, Setup setup,
        QObject *parent = nullptr);
    //! Stops the thread if it still runs.
    ~HttpWorker() override;

    //! Starts the thread and waits until it accepts connections; false with a reason.
    bool begin(QString *error);
    //! Stops accepting, closes its connections and joins the thread.
    void stop();
    //! The thread's streams, once begin() succeeded.
    StreamFanout *fanout() const { return m_fanout; }

protected:
    void run() override;

private:
    RequestBatch &m_batch;
    StreamServer &m_streams;
    const AccessPolicy &m_access;
    Setup m_setup;
    QSemaphore m_ready;
    QString m_error;
    StreamFanout *m_fanout = nullptr;
};

} // namespace Switchboard::Hub
