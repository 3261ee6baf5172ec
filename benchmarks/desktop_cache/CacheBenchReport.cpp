// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CacheBenchReport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <cstdio>

namespace Switchboard::Bench {

namespace {

const char *verdict(bool met)
{
    return met ? "PASS" : "MISS";
}

double mib(qint64 bytes)
{
    return double(bytes) / (1024.0 * 1024.0);
}

} // namespace

void CacheBenchReport::print() const
{
    std::printf("\nswitchboard-bench-cache\n  machine: %s\n  command: %s\n", qPrintable(machine),
        qPrintable(command));
    std::printf("\nCache: %lld customers, %lld conversations, %lld messages, %.0f MiB",
        build.customers, build.conversations, build.messages, mib(build.fileBytes));
    if (build.seconds > 0)
        std::printf(" (built in %.1f s through CacheWriter, %.0f messages/s)\n", build.seconds,
            double(build.messages) / build.seconds);
    else
        std::printf(" (kept from an earlier run)\n");

    std::printf(
        "\nOpen + first inbox page (fresh CacheDatabase each run, limit 100), target <= %.0f ms "
        "(median)\n",
        FirstPageMsTarget);
    std::printf("  %-28s %5s %6s %9s %9s  %s\n", "scenario", "runs", "rows", "median", "max", "");
    for (const Page &p : pages)
        std::printf("  %-28s %5d %6d %7.2fms %7.2fms  %s\n", qPrintable(p.scenario),
            p.samples.count(), p.rows, p.samples.median(), p.samples.max(),
            verdict(p.samples.median() <= FirstPageMsTarget));

    std::printf("\nFull-text search (CacheReader::search, limit 50), target <= %.0f ms (p95)\n",
        SearchMsTarget);
    std::printf("  %-28s %5s %6s %9s %9s  %s\n", "terms", "runs", "hits", "median", "p95", "");
    for (const Search &s : searches)
        std::printf("  %-28s %5d %6d %7.2fms %7.2fms  %s\n",
            qPrintable(QLatin1Char('"') + s.term + QLatin1Char('"')), s.samples.count(), s.hits,
            s.samples.median(), s.samples.percentile(95),
            verdict(s.samples.percentile(95) <= SearchMsTarget));

    std::printf("\nMemory after opening and paging: peak RSS (VmHWM) %.1f MiB, RSS now %.1f MiB; "
                "cache file %.0f MiB\n",
        double(memory.peakRssKb) / 1024.0, double(memory.rssKb) / 1024.0,
        mib(memory.cacheFileBytes));

    if (!sync.ran) {
        std::printf("\nFirst sync: skipped\n");
        return;
    }
    std::printf("\nFirst sync (InitialSync into an empty cache from switchboard-hub on loopback, "
                "a separate process), target >= %.0f messages/s\n",
        SyncMessagesPerSecondTarget);
    std::printf("  hub data: %lld customers, %lld conversations, %lld messages", sync.hubCustomers,
        sync.hubConversations, sync.hubMessages);
    if (sync.seedSeconds > 0)
        std::printf(" (seeded in %.1f s)\n", sync.seedSeconds);
    else
        std::printf(" (kept from an earlier run)\n");
    if (!sync.error.isEmpty()) {
        std::printf("  FAILED: %s\n", qPrintable(sync.error));
        return;
    }
    std::printf("  synced %lld messages, %lld conversations, %lld customers in %.2f s "
                "(desktop side used %.2f s of processor time, hub %.2f s); cache %.0f MiB\n",
        sync.messages, sync.conversations, sync.customers, sync.seconds, sync.clientCpuSeconds,
        sync.hubCpuSeconds, mib(sync.cacheFileBytes));
    std::printf("  %.0f messages/s  %s\n  %.0f customers/s\n", sync.messagesPerSecond(),
        verdict(sync.messagesPerSecond() >= SyncMessagesPerSecondTarget),
        sync.customersPerSecond());
}

QJsonObject CacheBenchReport::toJson() const
{
    QJsonArray pageList;
    for (const Page &p : pages) {
        QJsonObject o = p.samples.toJson();
        o.insert(QStringLiteral("scenario"), p.scenario);
        o.insert(QStringLiteral("rows"), p.rows);
        o.insert(QStringLiteral("met"), p.samples.median() <= FirstPageMsTarget);
        pageList << o;
    }
    QJsonArray searchList;
    for (const Search &s : searches) {
        QJsonObject o = s.samples.toJson();
        o.insert(QStringLiteral("terms"), s.term);
        o.insert(QStringLiteral("hits"), s.hits);
        o.insert(QStringLiteral("met"), s.samples.percentile(95) <= SearchMsTarget);
        searchList << o;
    }
    QJsonObject syncJson{{QStringLiteral("ran"), sync.ran}};
    if (sync.ran) {
        syncJson.insert(QStringLiteral("error"), sync.error);
        syncJson.insert(QStringLiteral("hub_customers"), sync.hubCustomers);
        syncJson.insert(QStringLiteral("hub_conversations"), sync.hubConversations);
        syncJson.insert(QStringLiteral("hub_messages"), sync.hubMessages);
        syncJson.insert(QStringLiteral("seed_seconds"), sync.seedSeconds);
        syncJson.insert(QStringLiteral("messages"), sync.messages);
        syncJson.insert(QStringLiteral("conversations"), sync.conversations);
        syncJson.insert(QStringLiteral("customers"), sync.customers);
        syncJson.insert(QStringLiteral("seconds"), sync.seconds);
        syncJson.insert(QStringLiteral("client_cpu_seconds"), sync.clientCpuSeconds);
        syncJson.insert(QStringLiteral("hub_cpu_seconds"), sync.hubCpuSeconds);
        syncJson.insert(QStringLiteral("messages_per_second"), sync.messagesPerSecond());
        syncJson.insert(QStringLiteral("customers_per_second"), sync.customersPerSecond());
        syncJson.insert(QStringLiteral("cache_file_bytes"), sync.cacheFileBytes);
        syncJson.insert(QStringLiteral("met"),
            sync.error.isEmpty() && sync.messagesPerSecond() >= SyncMessagesPerSecondTarget);
    }
    return {{QStringLiteral("machine"), machine}, {QStringLiteral("command"), command},
        {QStringLiteral("cache"),
            QJsonObject{{QStringLiteral("customers"), build.customers},
                {QStringLiteral("conversations"), build.conversations},
                {QStringLiteral("messages"), build.messages},
                {QStringLiteral("build_seconds"), build.seconds},
                {QStringLiteral("file_bytes"), build.fileBytes}}},
        {QStringLiteral("first_page"), pageList}, {QStringLiteral("search"), searchList},
        {QStringLiteral("memory"),
            QJsonObject{{QStringLiteral("peak_rss_kb"), memory.peakRssKb},
                {QStringLiteral("rss_kb"), memory.rssKb},
                {QStringLiteral("cache_file_bytes"), memory.cacheFileBytes}}},
        {QStringLiteral("first_sync"), syncJson}};
}

bool CacheBenchReport::writeJson(const QString &path, QString *error) const
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || file.write(QJsonDocument(toJson()).toJson()) < 0) {
        *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace Switchboard::Bench
