// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DeliveryFactory.h"
#include "HubProcess.h"
#include "StoreCheck.h"
#include "WebhookBenchOptions.h"
#include "WebhookPoster.h"
#include "WebhookReport.h"

#include <QElapsedTimer>
#include <QSet>
#include <QTemporaryFile>
#include <atomic>
#include <memory>
#include <vector>

class QThread;

namespace Switchboard::Bench {

class RestClient;
class StreamClientPool;

//! One run of the webhook benchmark: start a hub with the channels configured, open a
//! supervisor's live stream, post signed deliveries phase by phase (one per rate), stop the hub
//! and compare its database with what it acknowledged. Every wait is bounded in time.
class WebhookBenchmark
{
public:
    explicit WebhookBenchmark(const WebhookBenchOptions &options);
    ~WebhookBenchmark();

    //! Exit codes of run().
    enum Exit {
        //! Ran, and everything acknowledged was stored once and announced.
        Complete = 0,
        //! Could not set up (hub, sign-in, stream).
        SetupFailed = 1,
        //! Ran, but something was lost, stored twice, refused or not announced, or the hub did
        //! not end cleanly.
        Incomplete = 3,
    };
    int run();

private:
    bool setUp(QString *error);
    bool connectStream(QString *error);
    void runPhase(WebhookPhase &phase);
    //! Posts whatever is due now within the in-flight bound.
    void pump();
    void post(qint64 n, bool repeat);
    void onAnswer(const WebhookPoster::Answer &answer);
    void tearDown();
    void summarise();

    WebhookBenchOptions m_options;
    WebhookReport m_report;
    WebhookSecrets m_secrets;
    QElapsedTimer m_clock;
    HubProcess m_hub;
    QTemporaryFile m_config;
    std::unique_ptr<RestClient> m_rest;
    std::unique_ptr<DeliveryFactory> m_factory;
    std::unique_ptr<WebhookPoster> m_poster;

    qint64 m_capacity = 0;
    std::unique_ptr<std::atomic<qint64>[]> m_sendNs;
    std::vector<bool> m_acked;
    //! Acknowledged originals, to pick repeats from.
    std::vector<qint64> m_ackedList;
    StoreCheck::Keys m_ackedKeys;
    QSet<std::pair<QByteArray, QByteArray>> m_senders;
    //! Where each phase's originals start and end (n), for the summary.
    std::vector<std::pair<qint64, qint64>> m_phaseRanges;
    std::vector<std::vector<qint32>> m_phaseHttpUs;

    // The phase being run.
    WebhookPhase *m_phase = nullptr;
    int m_phaseIndex = -1;
    qint64 m_next = 0;
    qint64 m_phaseFirst = 0;
    qint64 m_phaseStartNs = 0;
    qint64 m_lastAnswerNs = 0;
    double m_repeatCredit = 0;
    bool m_sending = false;

    QThread *m_thread = nullptr;
    StreamClientPool *m_pool = nullptr;
    bool m_tornDown = false;
};

} // namespace Switchboard::Bench
