// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StartBenchReport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>
#include <cstdio>

namespace Switchboard::Bench {

namespace {

double mib(qint64 kb)
{
    return double(kb) / 1024.0;
}

} // namespace

bool StartBenchReport::complete() const
{
    return !starts.isEmpty() && std::all_of(starts.begin(), starts.end(), [](const auto &start) {
        return start.error.isEmpty();
    });
}

Samples StartBenchReport::painted() const
{
    Samples samples;
    for (const StartRun::Result &start : starts)
        if (start.error.isEmpty())
            samples.add(start.paintedMs);
    return samples;
}

qint64 StartBenchReport::largestRssLaterKb() const
{
    qint64 largest = 0;
    for (const StartRun::Result &start : starts)
        largest = std::max(largest, start.rssLaterKb);
    return largest;
}

void StartBenchReport::print() const
{
    std::printf("\nswitchboard-bench-start\n  machine: %s\n  command: %s\n  display: %s\n",
        qPrintable(machine), qPrintable(command), qPrintable(display));
    std::printf("\nCache: %lld customers, %lld conversations, %lld messages, %.0f MiB%s\n",
        build.customers, build.conversations, build.messages,
        double(build.fileBytes) / (1024.0 * 1024.0),
        build.seconds > 0 ? "" : " (kept from an earlier run)");
    std::printf("\n  start  painted inbox  (desktop: since start / since main)  rows  "
                "RSS painted  RSS +2 s  peak\n");
    for (int i = 0; i < starts.size(); ++i) {
        const StartRun::Result &s = starts.at(i);
        if (!s.error.isEmpty()) {
            std::printf("  %5d  failed: %s\n", i + 1, qPrintable(s.error));
            continue;
        }
        std::printf("  %5d  %10.1f ms  (%lld / %lld ms)  %24d  %7.1f MiB  %6.1f MiB  %5.1f MiB\n",
            i + 1, s.paintedMs, s.appSinceStartMs, s.appSinceMainMs, s.rows, mib(s.rssPaintedKb),
            mib(s.rssLaterKb), mib(s.peakRssKb));
    }
    const Samples times = painted();
    const qint64 rss = largestRssLaterKb();
    const bool timeMet = complete() && times.median() <= PaintedMsTarget;
    const bool rssMet = complete() && rss <= RssKbTarget;
    std::printf(
        "\nStart to first painted inbox, median / max of %d: %.1f / %.1f ms, target <= %.0f "
        "ms: %s\n",
        times.count(), times.median(), times.max(), PaintedMsTarget, timeMet ? "PASS" : "MISS");
    std::printf("Resident memory 2 s after the inbox, largest of %d: %.1f MiB (%.1f MB), target <= "
                "120 MB: %s\n",
        int(starts.size()), mib(rss), double(rss) * 1024 / 1e6, rssMet ? "PASS" : "MISS");
}

QJsonObject StartBenchReport::toJson() const
{
    QJsonArray runs;
    for (const StartRun::Result &s : starts)
        runs.append(QJsonObject{{QStringLiteral("error"), s.error},
            {QStringLiteral("painted_ms"), s.paintedMs},
            {QStringLiteral("desktop_since_start_ms"), s.appSinceStartMs},
            {QStringLiteral("desktop_since_main_ms"), s.appSinceMainMs},
            {QStringLiteral("rows"), s.rows}, {QStringLiteral("rss_painted_kib"), s.rssPaintedKb},
            {QStringLiteral("rss_later_kib"), s.rssLaterKb},
            {QStringLiteral("peak_rss_kib"), s.peakRssKb}});
    const Samples times = painted();
    return {{QStringLiteral("machine"), machine}, {QStringLiteral("command"), command},
        {QStringLiteral("display"), display},
        {QStringLiteral("cache"),
            QJsonObject{{QStringLiteral("customers"), build.customers},
                {QStringLiteral("conversations"), build.conversations},
                {QStringLiteral("messages"), build.messages},
                {QStringLiteral("file_bytes"), build.fileBytes}}},
        {QStringLiteral("starts"), runs}, {QStringLiteral("painted"), times.toJson()},
        {QStringLiteral("painted_target_ms"), PaintedMsTarget},
        {QStringLiteral("rss_later_max_kib"), largestRssLaterKb()},
        {QStringLiteral("rss_target_kib"), RssKbTarget}};
}

bool StartBenchReport::writeJson(const QString &path, QString *error) const
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = file.errorString();
        return false;
    }
    file.write(QJsonDocument(toJson()).toJson());
    return true;
}

} // namespace Switchboard::Bench
