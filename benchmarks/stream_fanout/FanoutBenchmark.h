// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BenchOptions.h"
#include "FanoutReport.h"
#include "HubProcess.h"

#include <QElapsedTimer>
#include <QList>
#include <QSet>
#include <atomic>
#include <memory>
#include <vector>

class QNetworkReply;
class QThread;

namespace Switchboard::Bench {

class RestClient;
class StreamClientPool;

//! One run of the stream fan-out benchmark: start a demo hub, sign in, connect the clients,
//! drive presence changes at the set rate, wait for the deliveries, report, stop the hub.
//! Every wait is bounded in time.
class FanoutBenchmark
{
public:
    explicit FanoutBenchmark(const BenchOptions &options);
    ~FanoutBenchmark();

    //! Exit codes of run().
    enum Exit {
        //! Ran, and every expected delivery arrived.
        Complete = 0,
        //! Could not set up (hub, sign-in, clients).
        SetupFailed = 1,
        //! Ran, but deliveries were missing, requests failed, the driver fell behind the rate
        //! or the hub did not end cleanly.
        Incomplete = 3,
    };
    int run();

private:
    bool setUp(QString *error);
    bool connectClients(QString *error);
    void drive();
    void drain();
    void tearDown();
    void summarise();
    void sendEvent(qint64 n);

    int liveClients() const;
    int failedClients() const;
    qint64 deliveries() const;

    BenchOptions m_options;
    FanoutReport m_report;
    QElapsedTimer m_clock;
    HubProcess m_hub;
    std::unique_ptr<RestClient> m_rest;
    QByteArray m_supervisorToken;
    QList<QByteArray> m_agentTokens;

    qint64 m_capacity = 0;
    std::unique_ptr<std::atomic<qint64>[]> m_sendNs;
    std::vector<qint64> m_ackNs;
    std::vector<bool> m_acked;
    std::vector<qint32> m_restLatencyUs;
    QSet<QNetworkReply *> m_outstanding;
    qint64 m_sent = 0;
    qint64 m_driveStartNs = 0;
    qint64 m_lastAckNs = 0;
    bool m_tornDown = false;

    std::vector<QThread *> m_threads;
    std::vector<StreamClientPool *> m_pools;
};

} // namespace Switchboard::Bench
