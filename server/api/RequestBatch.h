// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiResponse.h"
#include "HttpRequest.h"

#include <QMutex>
#include <QObject>
#include <deque>
#include <functional>

namespace Switchboard::Hub {

class Database;
class Router;

//! Runs the requests of every HTTP thread on the services' thread, committed in groups: the
//! requests that arrived while the previous group ran go into one transaction, each under a
//! savepoint of its own, and all are answered once that transaction has committed. A request
//! that fails is undone alone; an answer never leaves before the commit that makes its work
//! durable, and one commit (one disk flush) covers the whole group.
//!
//! Lives on the services' thread; submit() and forget() may be called from any thread.
class RequestBatch : public QObject
{
    Q_OBJECT
public:
    //! Called on the services' thread with the request's answer, after its commit.
    using Reply = std::function<void(ApiResponse)>;
    //! Most requests in one group, and how long a group goes on taking requests.
    static constexpr int MaxRequests = 256;
    static constexpr int MaxMilliseconds = 50;

    RequestBatch(Router &router, Database &db, QObject *parent = nullptr);

    //! Queues a request, after running its route's prepare step (Router::prepare) on the
    //! calling thread. owner identifies whoever waits for it (see forget()).
    void submit(HttpRequest request, const QObject *owner, Reply reply);
    //! Drops the requests of owner that have not run yet (its connections are gone).
    void forget(const QObject *owner);

private:
    struct Pending
    {
        HttpRequest request;
        const QObject *owner = nullptr;
        Reply reply;
    };
    //! Runs one group and schedules the next when requests are left.
    void drain();

    Router &m_router;
    Database &m_db;
    QMutex m_mutex;
    std::deque<Pending> m_pending;
    bool m_scheduled = false;
};

} // namespace Switchboard::Hub
