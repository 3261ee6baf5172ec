// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportFormat.h"
#include "StoreCheck.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Switchboard::Bench {

//! One phase of posting at one rate.
struct WebhookPhase
{
    //! Deliveries per second asked for; 0 = as fast as the hub answers.
    int targetRate = 0;
    int durationSeconds = 0;
    double loadAverageBefore = -1;

    qint64 originalsSent = 0;
    qint64 duplicatesSent = 0;
    //! Originals answered 200: stored durably.
    qint64 acked = 0;
    qint64 duplicatesAcked = 0;
    //! Answers whose counts disagree with what was posted (a new delivery reported as duplicate,
    //! a repeated one stored again).
    qint64 countMismatches = 0;
    qint64 non2xx = 0;
    qint64 errors = 0;
    //! "HTTP 503 …" or the connection error, with how often.
    QMap<QString, int> problems;
    //! Acknowledged originals per second, from the phase's start to its last answer.
    double achievedRate = 0;
    LatencySummary httpLatency;
    //! From writing the POST to the message's first event on the supervisor's stream.
    LatencySummary endToEnd;
    //! Acknowledged originals whose event never arrived.
    qint64 eventsMissing = 0;
    double hubCpuPercent = -1;
    double hubCpuMsPerDelivery = -1;
    double benchCpuPercent = -1;
    double hubRunQueueWaitPercent = -1;

    QJsonObject toJson() const;
};

//! Everything one run measured, printed as a table and written as JSON.
struct WebhookReport
{
    QString hubPath;
    QString machine;
    QString startedAt;
    int inFlight = 0;
    int connections = 0;
    int senders = 0;
    double duplicatePercent = 0;

    bool streamLive = false;
    QList<WebhookPhase> phases;
    //! Distinct senders among acknowledged deliveries: the customers there should be.
    qint64 expectedCustomers = 0;
    qint64 ackedTotal = 0;
    StoreCheck store;
    //! Markers seen again on the stream: conversation events carry the first message as subject.
    qint64 markerRepeats = 0;
    qint64 streamAnomalies = 0;

    qint64 hubRssIdleKiB = -1;
    qint64 hubRssEndKiB = -1;
    qint64 hubRssPeakKiB = -1;
    int hubThreads = -1;
    QString hubEnd;
    int hubProblemCount = 0;
    QStringList hubProblems;

    //! Stored equals acknowledged, nothing twice, no event missing, every answer as expected.
    bool consistent() const;
    //! A short table for stdout.
    QString table() const;
    QJsonObject toJson() const;
};

} // namespace Switchboard::Bench
