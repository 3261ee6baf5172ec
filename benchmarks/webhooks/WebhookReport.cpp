// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WebhookReport.h"

#include <QJsonArray>

namespace Switchboard::Bench {

using namespace Format;

namespace {

QString rateName(int rate)
{
    return rate == 0 ? QStringLiteral("full load") : QStringLiteral("%1 /s").arg(rate);
}

} // namespace

QJsonObject WebhookPhase::toJson() const
{
    return {{QStringLiteral("target_rate"), targetRate},
        {QStringLiteral("duration_s"), durationSeconds},
        {QStringLiteral("load_average_before"), loadAverageBefore},
        {QStringLiteral("originals_sent"), originalsSent},
        {QStringLiteral("duplicates_sent"), duplicatesSent}, {QStringLiteral("acked"), acked},
        {QStringLiteral("duplicates_acked"), duplicatesAcked},
        {QStringLiteral("count_mismatches"), countMismatches}, {QStringLiteral("non_2xx"), non2xx},
        {QStringLiteral("errors"), errors}, {QStringLiteral("problems"), countsToJson(problems)},
        {QStringLiteral("achieved_rate"), achievedRate},
        {QStringLiteral("http_latency"), httpLatency.toJson()},
        {QStringLiteral("end_to_end_latency"), endToEnd.toJson()},
        {QStringLiteral("events_missing"), eventsMissing},
        {QStringLiteral("hub_cpu_percent"), hubCpuPercent},
        {QStringLiteral("hub_cpu_ms_per_delivery"), hubCpuMsPerDelivery},
        {QStringLiteral("bench_cpu_percent"), benchCpuPercent},
        {QStringLiteral("hub_run_queue_wait_percent"), hubRunQueueWaitPercent}};
}

bool WebhookReport::consistent() const
{
    bool ok = streamLive && store.error.isEmpty() && store.rows == ackedTotal
        && store.distinct == store.rows && store.ackedNotStored == 0 && store.storedNotAcked == 0
        && store.customers == expectedCustomers;
    for (const WebhookPhase &p : phases)
        ok = ok && p.non2xx == 0 && p.errors == 0 && p.countMismatches == 0 && p.eventsMissing == 0;
    return ok;
}

QString WebhookReport::table() const
{
    QList<std::pair<QString, QString>> rows;
    for (const WebhookPhase &p : phases) {
        const QString name = QStringLiteral("[%1] ").arg(rateName(p.targetRate));
        rows.append({name + QStringLiteral("posted"),
            QStringLiteral("%1 deliveries + %2 repeats in %3 s (load average %4 before)")
                .arg(p.originalsSent)
                .arg(p.duplicatesSent)
                .arg(p.durationSeconds)
                .arg(p.loadAverageBefore, 0, 'f', 2)});
        rows.append({name + QStringLiteral("answers"),
            QStringLiteral("%1 stored (200), %2 repeats 200, %3 non-2xx, %4 errors, %5 "
                           "count mismatches")
                .arg(p.acked)
                .arg(p.duplicatesAcked)
                .arg(p.non2xx)
                .arg(p.errors)
                .arg(p.countMismatches)});
        rows.append({name + QStringLiteral("stored rate"),
            QStringLiteral("%1 /s durable (target 2000 /s)").arg(p.achievedRate, 0, 'f', 1)});
        rows.append({name + QStringLiteral("HTTP answer ms"), p.httpLatency.text()});
        rows.append({name + QStringLiteral("POST to stream ms"),
            p.endToEnd.text()
                + QStringLiteral(" (%1 events, %2 missing)")
                      .arg(p.endToEnd.samples)
                      .arg(p.eventsMissing)});
        rows.append({name + QStringLiteral("CPU"),
            QStringLiteral("hub %1, benchmark %2 (100% = one core); hub %3 ms CPU per delivery; "
                           "hub waited for a CPU %4 of the time")
                .arg(percent(p.hubCpuPercent), percent(p.benchCpuPercent),
                    p.hubCpuMsPerDelivery < 0 ? QStringLiteral("n/a")
                                              : QString::number(p.hubCpuMsPerDelivery, 'f', 3),
                    percent(p.hubRunQueueWaitPercent))});
        QStringList problemList;
        for (auto it = p.problems.begin(); it != p.problems.end(); ++it)
            problemList.append(QStringLiteral("%1 × %2").arg(it.value()).arg(it.key()));
        if (!problemList.isEmpty())
            rows.append(
                {name + QStringLiteral("problems"), problemList.join(QStringLiteral("; "))});
    }
    QStringList channels;
    for (auto it = store.perChannel.begin(); it != store.perChannel.end(); ++it)
        channels.append(QStringLiteral("%1 %2").arg(it.key()).arg(it.value()));
    rows.append({QStringLiteral("stored vs acknowledged"),
        store.error.isEmpty()
            ? QStringLiteral("%1 stored of %2 acknowledged (%3 distinct; %4 acknowledged but "
                             "missing, %5 stored without a 200)")
                  .arg(store.rows)
                  .arg(ackedTotal)
                  .arg(store.distinct)
                  .arg(store.ackedNotStored)
                  .arg(store.storedNotAcked)
            : store.error});
    rows.append({QStringLiteral("per channel"), channels.join(QStringLiteral(", "))});
    rows.append({QStringLiteral("customers"),
        QStringLiteral("%1 in the database for %2 distinct senders")
            .arg(store.customers)
            .arg(expectedCustomers)});
    rows.append({QStringLiteral("stream"),
        QStringLiteral("%1; %2 markers seen again (a conversation event carries its first "
                       "message as subject), %3 anomalies")
            .arg(streamLive ? QStringLiteral("supervisor live") : QStringLiteral("NOT live"))
            .arg(markerRepeats)
            .arg(streamAnomalies)});
    rows.append({QStringLiteral("hub RSS"),
        QStringLiteral("%1 idle, %2 at end, %3 peak; %4 threads")
            .arg(mib(hubRssIdleKiB), mib(hubRssEndKiB), mib(hubRssPeakKiB))
            .arg(hubThreads)});
    rows.append({QStringLiteral("hub"),
        QStringLiteral("%1; %2 warnings/errors logged").arg(hubEnd).arg(hubProblemCount)});
    rows.append({QStringLiteral("verdict"),
        consistent() ? QStringLiteral("consistent: stored = acknowledged, each once")
                     : QStringLiteral("INCONSISTENT (see above)")});
    return Format::table(rows);
}

QJsonObject WebhookReport::toJson() const
{
    QJsonArray phaseArray;
    for (const WebhookPhase &p : phases)
        phaseArray.append(p.toJson());
    QJsonObject channels;
    for (auto it = store.perChannel.begin(); it != store.perChannel.end(); ++it)
        channels.insert(it.key(), it.value());
    return {{QStringLiteral("benchmark"), QStringLiteral("webhooks")},
        {QStringLiteral("started_at"), startedAt}, {QStringLiteral("machine"), machine},
        {QStringLiteral("hub"), hubPath},
        {QStringLiteral("settings"),
            QJsonObject{{QStringLiteral("in_flight"), inFlight},
                {QStringLiteral("connections"), connections}, {QStringLiteral("senders"), senders},
                {QStringLiteral("duplicate_percent"), duplicatePercent}}},
        {QStringLiteral("phases"), phaseArray},
        {QStringLiteral("store"),
            QJsonObject{{QStringLiteral("acked"), ackedTotal}, {QStringLiteral("rows"), store.rows},
                {QStringLiteral("distinct"), store.distinct},
                {QStringLiteral("acked_not_stored"), store.ackedNotStored},
                {QStringLiteral("stored_not_acked"), store.storedNotAcked},
                {QStringLiteral("customers"), store.customers},
                {QStringLiteral("expected_customers"), expectedCustomers},
                {QStringLiteral("per_channel"), channels}, {QStringLiteral("error"), store.error}}},
        {QStringLiteral("stream"),
            QJsonObject{{QStringLiteral("live"), streamLive},
                {QStringLiteral("marker_repeats"), markerRepeats},
                {QStringLiteral("anomalies"), streamAnomalies}}},
        {QStringLiteral("resources"),
            QJsonObject{{QStringLiteral("hub_rss_idle_kib"), hubRssIdleKiB},
                {QStringLiteral("hub_rss_end_kib"), hubRssEndKiB},
                {QStringLiteral("hub_rss_peak_kib"), hubRssPeakKiB},
                {QStringLiteral("hub_threads"), hubThreads}}},
        {QStringLiteral("hub_end"), hubEnd}, {QStringLiteral("hub_problem_count"), hubProblemCount},
        {QStringLiteral("hub_problems"), QJsonArray::fromStringList(hubProblems)},
        {QStringLiteral("consistent"), consistent()}};
}

} // namespace Switchboard::Bench
