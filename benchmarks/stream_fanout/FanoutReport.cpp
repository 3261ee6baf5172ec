// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FanoutReport.h"

#include <QJsonArray>

namespace Switchboard::Bench {

using namespace Format;

QString FanoutReport::table() const
{
    QList<std::pair<QString, QString>> rows{
        {QStringLiteral("clients connected"),
            QStringLiteral("%1 of %2 (%3 failed, %4 retries, %5 s)")
                .arg(clientsConnected)
                .arg(clientsRequested)
                .arg(clientsFailed)
                .arg(connectRetries)
                .arg(connectSeconds, 0, 'f', 1)},
        {QStringLiteral("events sent"),
            QStringLiteral("%1 of %2 planned, %3 acknowledged (200), %4 REST errors")
                .arg(eventsSent)
                .arg(eventsPlanned)
                .arg(eventsAcked)
                .arg(restErrors)},
        {QStringLiteral("event rate"),
            QStringLiteral("%1 /s achieved (target %2 /s)")
                .arg(achievedRate, 0, 'f', 1)
                .arg(targetRate)},
        {QStringLiteral("deliveries"),
            QStringLiteral("%1 received of %2 expected (%3 clients × %4 events)")
                .arg(deliveriesReceived)
                .arg(deliveriesExpected)
                .arg(clientsExpected)
                .arg(eventsAcked)},
        {QStringLiteral("missing"),
            QStringLiteral("%1 deliveries (%2 clients affected), %3 duplicates, %4 dropped streams")
                .arg(deliveriesMissing)
                .arg(clientsMissingEvents)
                .arg(duplicates)
                .arg(clientsDropped)},
        {QStringLiteral("delivery latency ms"),
            QStringLiteral("p50 %1  p90 %2  p99 %3  max %4")
                .arg(ms(delivery.p50), ms(delivery.p90), ms(delivery.p99), ms(delivery.max))},
        {QStringLiteral("all-clients latency ms"),
            QStringLiteral("p50 %1  p90 %2  p99 %3  max %4")
                .arg(ms(fanoutComplete.p50), ms(fanoutComplete.p90), ms(fanoutComplete.p99),
                    ms(fanoutComplete.max))},
        {QStringLiteral("after REST answer ms"),
            QStringLiteral("p50 %1  p90 %2  p99 %3  max %4 (REST answer to last delivery)")
                .arg(ms(fanoutAfterAck.p50), ms(fanoutAfterAck.p90), ms(fanoutAfterAck.p99),
                    ms(fanoutAfterAck.max))},
        {QStringLiteral("REST PUT latency ms"),
            QStringLiteral("p50 %1  p90 %2  p99 %3  max %4")
                .arg(ms(restLatency.p50), ms(restLatency.p90), ms(restLatency.p99),
                    ms(restLatency.max))},
        {QStringLiteral("frames"),
            QStringLiteral("%1 event frames (%2 deliveries per frame), %3 MiB")
                .arg(eventFrames)
                .arg(
                    eventFrames ? double(deliveriesReceived) / double(eventFrames) : 0.0, 0, 'f', 2)
                .arg(bytesReceived / 1048576.0, 0, 'f', 1)},
        {QStringLiteral("hub RSS"),
            QStringLiteral("%1 idle, %2 with clients, %3 at end, %4 peak")
                .arg(mib(hubRssIdleKiB), mib(hubRssConnectedKiB), mib(hubRssEndKiB),
                    mib(hubRssPeakKiB))},
        {QStringLiteral("CPU while driving"),
            QStringLiteral("hub %1, benchmark %2 (100% = one core); hub %3 ms CPU per event; "
                           "hub waited for a CPU %4 of the time")
                .arg(percent(hubCpuPercent), percent(benchCpuPercent),
                    hubCpuMsPerEvent < 0 ? QStringLiteral("n/a")
                                         : QString::number(hubCpuMsPerEvent, 'f', 2),
                    percent(hubRunQueueWaitPercent))},
        {QStringLiteral("hub"),
            QStringLiteral("%1; %2 warnings/errors logged").arg(hubEnd).arg(hubProblemCount)},
    };
    QStringList problems;
    for (auto it = connectionProblems.begin(); it != connectionProblems.end(); ++it)
        problems.append(QStringLiteral("%1 × %2").arg(it.value()).arg(it.key()));
    for (auto it = restErrorKinds.begin(); it != restErrorKinds.end(); ++it)
        problems.append(QStringLiteral("%1 × REST %2").arg(it.value()).arg(it.key()));
    if (!problems.isEmpty())
        rows.append({QStringLiteral("problems"), problems.join(QStringLiteral("; "))});
    return Format::table(rows);
}

QJsonObject FanoutReport::toJson() const
{
    QJsonArray seconds;
    for (const QJsonObject &s : perSecond)
        seconds.append(s);
    return {
        {QStringLiteral("benchmark"), QStringLiteral("stream_fanout")},
        {QStringLiteral("started_at"), startedAt},
        {QStringLiteral("machine"), machine},
        {QStringLiteral("load_average_before"), loadAverageBefore},
        {QStringLiteral("hub"), hubPath},
        {QStringLiteral("settings"),
            QJsonObject{{QStringLiteral("clients"), clientsRequested},
                {QStringLiteral("rate"), targetRate},
                {QStringLiteral("duration_s"), durationSeconds},
                {QStringLiteral("threads"), threads}}},
        {QStringLiteral("connect"),
            QJsonObject{{QStringLiteral("connected"), clientsConnected},
                {QStringLiteral("failed"), clientsFailed},
                {QStringLiteral("retries"), connectRetries},
                {QStringLiteral("seconds"), connectSeconds},
                {QStringLiteral("problems"), countsToJson(connectionProblems)}}},
        {QStringLiteral("events"),
            QJsonObject{{QStringLiteral("planned"), eventsPlanned},
                {QStringLiteral("sent"), eventsSent}, {QStringLiteral("acked"), eventsAcked},
                {QStringLiteral("rest_errors"), restErrors},
                {QStringLiteral("rest_error_kinds"), countsToJson(restErrorKinds)},
                {QStringLiteral("achieved_rate"), achievedRate},
                {QStringLiteral("rest_latency"), restLatency.toJson()}}},
        {QStringLiteral("deliveries"),
            QJsonObject{{QStringLiteral("clients_expected"), clientsExpected},
                {QStringLiteral("expected"), deliveriesExpected},
                {QStringLiteral("received"), deliveriesReceived},
                {QStringLiteral("missing"), deliveriesMissing},
                {QStringLiteral("clients_missing_events"), clientsMissingEvents},
                {QStringLiteral("duplicates"), duplicates},
                {QStringLiteral("anomalies"), anomalies},
                {QStringLiteral("dropped_streams"), clientsDropped},
                {QStringLiteral("event_frames"), eventFrames},
                {QStringLiteral("bytes"), bytesReceived},
                {QStringLiteral("heartbeats"), heartbeats},
                {QStringLiteral("drain_s"), drainSeconds},
                {QStringLiteral("latency"), delivery.toJson()},
                {QStringLiteral("all_clients_latency"), fanoutComplete.toJson()},
                {QStringLiteral("ack_to_all_clients_latency"), fanoutAfterAck.toJson()},
                {QStringLiteral("per_second"), seconds}}},
        {QStringLiteral("resources"),
            QJsonObject{{QStringLiteral("hub_rss_idle_kib"), hubRssIdleKiB},
                {QStringLiteral("hub_rss_connected_kib"), hubRssConnectedKiB},
                {QStringLiteral("hub_rss_end_kib"), hubRssEndKiB},
                {QStringLiteral("hub_rss_peak_kib"), hubRssPeakKiB},
                {QStringLiteral("hub_threads"), hubThreads},
                {QStringLiteral("hub_cpu_percent"), hubCpuPercent},
                {QStringLiteral("bench_cpu_percent"), benchCpuPercent},
                {QStringLiteral("hub_cpu_ms_per_event"), hubCpuMsPerEvent},
                {QStringLiteral("hub_run_queue_wait_percent"), hubRunQueueWaitPercent}}},
        {QStringLiteral("hub_end"), hubEnd},
        {QStringLiteral("hub_problem_count"), hubProblemCount},
        {QStringLiteral("hub_problems"), QJsonArray::fromStringList(hubProblems)},
        {QStringLiteral("hub_presence_metrics"), hubPresenceMetrics},
    };
}

} // namespace Switchboard::Bench
