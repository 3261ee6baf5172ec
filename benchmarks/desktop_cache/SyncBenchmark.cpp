// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncBenchmark.h"

#include "ApiClient.h"
#include "HubProcess.h"
#include "TestHub.h"
#include "net/HttpClient.h"
#include "store/CacheDatabase.h"
#include "store/CacheError.h"
#include "store/CacheSchema.h"
#include "sync/InitialSync.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <sys/resource.h>
#include <unistd.h>

namespace Switchboard::Bench {

namespace {

double processorSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const auto seconds
        = [](const timeval &t) { return double(t.tv_sec) + double(t.tv_usec) / 1e6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

// The processor time of this thread's child processes (the hub is the only one), from /proc:
// the hub shares the machine with the desktop side, so its cost counts against the same cores.
double childrenProcessorSeconds()
{
    double total = 0;
    QFile children(QStringLiteral("/proc/self/task/%1/children").arg(::gettid()));
    if (!children.open(QIODevice::ReadOnly))
        return -1;
    const long ticks = ::sysconf(_SC_CLK_TCK);
    for (const QByteArray &pid : children.readAll().split(' ')) {
        if (pid.trimmed().isEmpty())
            continue;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(QString::fromLatin1(pid.trimmed())));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        // Fields 14 and 15 (utime, stime) count from after the command's closing parenthesis.
        const QByteArray line = stat.readAll();
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 12)
            total += double(fields.at(11).toLongLong() + fields.at(12).toLongLong()) / ticks;
    }
    return total;
}

qint64 rowCount(Store::CacheDatabase &db, QLatin1String table)
{
    QSqlQuery query = db.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table));
    return query.next() ? query.value(0).toLongLong() : 0;
}

} // namespace

SyncBenchmark::SyncBenchmark(QString hubDataDir, QString cachePath, qint64 batchRecords)
    : m_hubDataDir(std::move(hubDataDir))
    , m_cachePath(std::move(cachePath))
    , m_batchRecords(batchRecords)
{
}

bool SyncBenchmark::run(CacheBenchReport::Sync &result, QString *error)
{
    error->clear();
    Test::HubProcess hub({QStringLiteral("--data"), m_hubDataDir, QStringLiteral("--listen"),
        QStringLiteral("127.0.0.1:0")});
    if (!hub.start(error, 300000))
        return false;
    Test::ApiClient api(hub.url());
    const QString token = api.login(username(), Test::TestHub::password());
    if (token.isEmpty()) {
        *error = QStringLiteral("cannot sign in as %1").arg(username());
        return false;
    }
    const auto me
        = Domain::User::fromJson(api.get(QStringLiteral("/api/v1/me"), token).json, error);
    if (!me)
        return false;

    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(m_cachePath + QLatin1String(suffix));
    Store::CacheDatabase cache;
    const auto opened = cache.open(m_cachePath);
    if (!opened.ok) {
        *error = opened.error;
        return false;
    }
    Net::NetworkSettings settings;
    settings.hubUrl = hub.url();
    Net::HttpClient http(settings);
    http.setBearerToken(token.toUtf8());
    Sync::InitialSync sync(http, cache);
    sync.setBatchRecords(m_batchRecords);
    QEventLoop loop;
    QObject::connect(&sync, &Sync::InitialSync::finished, &loop, &QEventLoop::quit);
    QObject::connect(
        &sync, &Sync::InitialSync::failed, &loop, [&](const QString &message, bool, int) {
            *error = message;
            loop.quit();
        });

    // Timed from the first request to the cache holding the working set with its cursor.
    const double cpuBefore = processorSeconds();
    const double hubCpuBefore = childrenProcessorSeconds();
    QElapsedTimer timer;
    timer.start();
    sync.start(*me);
    loop.exec();
    result.seconds = double(timer.nsecsElapsed()) / 1e9;
    result.clientCpuSeconds = processorSeconds() - cpuBefore;
    const double hubCpuAfter = childrenProcessorSeconds();
    result.hubCpuSeconds = hubCpuBefore >= 0 && hubCpuAfter >= 0 ? hubCpuAfter - hubCpuBefore : -1;
    hub.terminate();
    if (!error->isEmpty())
        return false;
    try {
        result.messages = rowCount(cache, Store::Schema::Messages::table);
        result.conversations = rowCount(cache, Store::Schema::Conversations::table);
        result.customers = rowCount(cache, Store::Schema::Customers::table);
    } catch (const Store::CacheError &e) {
        *error = e.message();
        return false;
    }
    cache.close();
    result.cacheFileBytes = QFileInfo(m_cachePath).size();
    return true;
}

} // namespace Switchboard::Bench
