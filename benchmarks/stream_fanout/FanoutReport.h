// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportFormat.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <vector>

namespace Switchboard::Bench {

//! Everything one run measured, printed as a table and written as JSON.
struct FanoutReport
{
    // Set-up
    QString hubPath;
    QString machine;
    QString startedAt;
    int clientsRequested = 0;
    int threads = 0;
    int targetRate = 0;
    int durationSeconds = 0;
    double loadAverageBefore = -1;

    // Connecting
    int clientsConnected = 0;
    int clientsFailed = 0;
    double connectSeconds = 0;
    qint64 connectRetries = 0;

    // Driving
    qint64 eventsPlanned = 0;
    qint64 eventsSent = 0;
    qint64 eventsAcked = 0;
    qint64 restErrors = 0;
    QMap<QString, int> restErrorKinds;
    double achievedRate = 0;
    LatencySummary restLatency;

    // Delivery
    int clientsExpected = 0;
    qint64 deliveriesExpected = 0;
    qint64 deliveriesReceived = 0;
    qint64 deliveriesMissing = 0;
    int clientsMissingEvents = 0;
    qint64 duplicates = 0;
    qint64 anomalies = 0;
    int clientsDropped = 0;
    qint64 eventFrames = 0;
    qint64 bytesReceived = 0;
    qint64 heartbeats = 0;
    double drainSeconds = 0;
    LatencySummary delivery;
    //! Per event: the time until its last delivery (every client has it).
    LatencySummary fanoutComplete;
    //! Per event: from the REST answer reaching the benchmark to its last delivery; isolates the
    //! fan-out from the request's own queueing and commit.
    LatencySummary fanoutAfterAck;
    //! Per second of driving: the worst and median "every client has it" latency, in ms.
    QList<QJsonObject> perSecond;
    QMap<QString, int> connectionProblems;

    // Resources
    qint64 hubRssIdleKiB = -1;
    qint64 hubRssConnectedKiB = -1;
    qint64 hubRssEndKiB = -1;
    qint64 hubRssPeakKiB = -1;
    int hubThreads = -1;
    double hubCpuPercent = -1;
    double benchCpuPercent = -1;
    //! Hub CPU time per acknowledged event while driving and draining (ms).
    double hubCpuMsPerEvent = -1;
    //! Share of driving and draining time the hub's event loop was ready to run but had no CPU.
    double hubRunQueueWaitPercent = -1;
    QString hubEnd;
    int hubProblemCount = 0;
    QStringList hubProblems;
    QString hubPresenceMetrics;

    //! A short table for stdout.
    QString table() const;
    QJsonObject toJson() const;
};

} // namespace Switchboard::Bench
