// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpWorker.h"

#include "HttpServer.h"
#include "ListenSocket.h"
#include "events/StreamFanout.h"
#include "storage/Database.h"
#include "storage/EventLog.h"
#include "storage/SqliteStorage.h"

#include <QAtomicInteger>
#include <QSslServer>
#include <QTcpServer>

namespace Switchboard::Hub {

HttpWorker::HttpWorker(
    RequestBatch &batch, StreamServer &streams, const AccessPolicy &access, Setup setup, QObject *parent)
    : QThread(parent)
    , m_batch(batch)
    , m_streams(streams)
    , m_access(access)
    , m_setup(std::move(setup))
{
}

HttpWorker::~HttpWorker()
{
    stop();
    ListenSocket::close(m_setup.socketDescriptor);
}

bool HttpWorker::begin(QString *error)
{
    start();
    m_ready.acquire();
    if (!m_error.isEmpty()) {
        wait();
        *error = m_error;
        return false;
    }
    return true;
}

void HttpWorker::stop()
{
    if (!isRunning())
        return;
    quit();
    wait();
}

void HttpWorker::run()
{
    static QAtomicInteger<int> counter;
    // Everything below is made, used and destroyed on this thread; the order of the locals is
    // the order of their dependencies, so they go in reverse.
    Database db(QStringLiteral("QSQLITE"),
        QStringLiteral("switchboard-hub-reader-%1").arg(counter.fetchAndAddRelaxed(1)));
    if (!SqliteStorage::openReader(db, m_setup.databasePath, &m_error)) {
        m_ready.release();
        return;
    }
    EventLog events(db);
    StreamFanout fanout(m_streams, events, m_access, m_setup.streams);
    HttpServer http(m_batch, fanout);
    QTcpServer *listener = nullptr;
    if (m_setup.tls) {
        auto *tls = new QSslServer(&http);
        tls->setSslConfiguration(*m_setup.tls);
        listener = tls;
    } else {
        listener = new QTcpServer(&http);
    }
    if (!listener->setSocketDescriptor(m_setup.socketDescriptor)) {
        m_error = QStringLiteral("cannot serve on the listening socket: %1")
                      .arg(listener->errorString());
        m_ready.release();
        return;
    }
    m_setup.socketDescriptor = -1; // the listener closes it
    http.bind(listener);
    m_fanout = &fanout;
    m_ready.release();
    exec();
    m_fanout = nullptr;
}

} // namespace Switchboard::Hub
