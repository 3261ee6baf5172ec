// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CacheBenchOptions.h"
#include "CacheBenchReport.h"
#include "CacheBuilder.h"
#include "DataSet.h"
#include "HubSeeder.h"
#include "MachineInfo.h"
#include "ReadBenchmark.h"
#include "SyncBenchmark.h"
#include "TextGenerator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <cstdio>
#include <memory>

namespace {

using namespace Switchboard;
using namespace Switchboard::Bench;

constexpr quint64 Seed = 1;

// The hub's data set for the first sync: the cache's, or one scaled down to syncMessages.
DataSet::Size syncSize(const CacheBenchOptions &o)
{
    if (o.syncMessages == 0 || o.syncMessages == o.messages)
        return {o.customers, o.conversations, o.messages};
    const double scale = o.messages > 0 ? double(o.syncMessages) / double(o.messages) : 1;
    const auto scaled
        = [scale](qint64 n) { return std::max<qint64>(1, qint64(double(n) * scale)); };
    DataSet::Size size{scaled(o.customers), scaled(o.conversations), o.syncMessages};
    size.customers = std::min(size.customers, size.conversations);
    return size;
}

int fail(const QString &what, const QString &why)
{
    std::fprintf(stderr, "switchboard-bench-cache: %s: %s\n", qPrintable(what), qPrintable(why));
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("switchboard-bench-cache"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SWITCHBOARD_VERSION));
    const auto options = CacheBenchOptions::fromCommandLine(app);
    if (!options)
        return 2;

    std::unique_ptr<QTemporaryDir> temporary;
    QString dir = options->dir;
    if (dir.isEmpty()) {
        temporary = std::make_unique<QTemporaryDir>();
        dir = temporary->path();
    }
    QDir().mkpath(dir);
    const QString cachePath = QDir(dir).filePath(QStringLiteral("cache.sqlite"));

    CacheBenchReport report;
    report.machine = MachineInfo::describe();
    report.command = QCoreApplication::arguments().join(QLatin1Char(' '));
    QString error;

    std::fprintf(stderr, "part 1: building the cache in %s\n", qPrintable(cachePath));
    const DataSet data({options->customers, options->conversations, options->messages},
        DataSet::fixtureStaff(), Seed);
    if (!CacheBuilder(data, cachePath).run(report.build, &error))
        return fail(QStringLiteral("building the cache"), error);

    std::fprintf(stderr, "parts 2-4: first page, search, memory\n");
    // A common word, a rare one, two words together, and the start of a customer's name.
    const QStringList terms{QStringLiteral("order"), TextGenerator::rareWord(),
        QStringLiteral("delivery address"), QStringLiteral("Müll")};
    ReadBenchmark reads(
        cachePath, data.staff().agent1.id, terms, options->pageRuns, options->searchRuns);
    if (!reads.run(report, &error))
        return fail(QStringLiteral("reading the cache"), error);

    if (!options->skipSync) {
        report.sync.ran = true;
        const DataSet::Size size = syncSize(*options);
        report.sync.hubCustomers = size.customers;
        report.sync.hubConversations = size.conversations;
        report.sync.hubMessages = size.messages;
        const QString hubDir
            = QDir(dir).filePath(QStringLiteral("hub-%1-messages").arg(size.messages));
        std::fprintf(stderr, "part 5: seeding the hub in %s\n", qPrintable(hubDir));
        DataSet::Staff staff;
        if (!HubSeeder(hubDir, size, Seed).run(staff, report.sync.seedSeconds, &error)) {
            report.sync.error = QStringLiteral("seeding the hub: %1").arg(error);
        } else {
            std::fprintf(stderr, "part 5: first sync\n");
            const QString synced = QDir(dir).filePath(QStringLiteral("synced.sqlite"));
            if (!SyncBenchmark(hubDir, synced, options->batchRecords).run(report.sync, &error))
                report.sync.error = error;
        }
    }

    report.print();
    if (!options->jsonPath.isEmpty() && !report.writeJson(options->jsonPath, &error))
        return fail(options->jsonPath, error);
    return report.sync.error.isEmpty() ? 0 : 1;
}
