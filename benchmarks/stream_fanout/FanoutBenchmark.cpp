// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FanoutBenchmark.h"

#include "BenchEnvironment.h"
#include "CpuWindow.h"
#include "RestClient.h"
#include "StreamClientPool.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QNetworkReply>
#include <QThread>
#include <QTimer>
#include <QUrlQuery>
#include <algorithm>
#include <cstdio>
#include <sys/resource.h>

namespace Switchboard::Bench {

using namespace Environment;

namespace {

constexpr int DrainMaxMs = 60000;
const QString Password = QString::fromLatin1(DemoPassword);

//! Each client is a socket; raise the soft open-file limit as far as the hard one allows.
rlim_t raiseFileLimit()
{
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return 0;
    if (limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        setrlimit(RLIMIT_NOFILE, &limit);
        getrlimit(RLIMIT_NOFILE, &limit);
    }
    return limit.rlim_cur;
}

} // namespace

FanoutBenchmark::FanoutBenchmark(const BenchOptions &options)
    : m_options(options)
{
}

FanoutBenchmark::~FanoutBenchmark()
{
    tearDown();
    // The threads have finished (or were given up on), so the pools can go from here.
    for (StreamClientPool *pool : m_pools)
        delete pool;
    for (QThread *thread : m_threads)
        delete thread;
}

int FanoutBenchmark::liveClients() const
{
    int n = 0;
    for (const StreamClientPool *p : m_pools)
        n += p->liveCount();
    return n;
}

int FanoutBenchmark::failedClients() const
{
    int n = 0;
    for (const StreamClientPool *p : m_pools)
        n += p->failedCount();
    return n;
}

qint64 FanoutBenchmark::deliveries() const
{
    qint64 n = 0;
    for (const StreamClientPool *p : m_pools)
        n += p->deliveryCount();
    return n;
}

int FanoutBenchmark::run()
{
    m_clock.start();
    m_report.hubPath = m_options.hubPath;
    m_report.machine = machineDescription();
    m_report.startedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    m_report.clientsRequested = m_options.clients;
    m_report.threads = m_options.threads;
    m_report.targetRate = m_options.rate;
    m_report.durationSeconds = m_options.duration;
    m_report.eventsPlanned = m_options.plannedEvents();
    m_report.loadAverageBefore = loadAverage();

    QString error;
    if (!setUp(&error) || !connectClients(&error)) {
        std::fprintf(stderr, "switchboard-bench-stream: %s\n", qPrintable(error));
        m_report.hubEnd = m_hub.stop(10000);
        std::fprintf(stderr, "switchboard-bench-stream: hub %s\n", qPrintable(m_report.hubEnd));
        return SetupFailed;
    }
    // CPU is measured over driving and draining together: the deliveries are the work.
    const CpuWindow cpu(m_hub);
    drive();
    drain();
    const CpuWindow::Usage used = cpu.usage();
    m_report.hubCpuPercent = used.hubPercent;
    m_report.hubCpuMsPerEvent = used.hubMsPer(m_report.eventsAcked);
    m_report.benchCpuPercent = used.benchPercent;
    m_report.hubRunQueueWaitPercent = used.hubRunQueueWaitPercent;
    const HubProcess::Memory memory = m_hub.memory();
    m_report.hubRssEndKiB = memory.rssKiB;
    m_report.hubRssPeakKiB = memory.peakKiB;
    m_report.hubThreads = memory.threads;
    tearDown();
    summarise();

    std::fputs(qPrintable(m_report.table()), stdout);
    std::fflush(stdout);
    if (!m_options.jsonPath.isEmpty()
        && !writeJson(m_options.jsonPath, m_report.toJson(), "switchboard-bench-stream"))
        return SetupFailed;
    const bool clean = m_report.deliveriesMissing == 0 && m_report.restErrors == 0
        && m_report.eventsAcked == m_report.eventsPlanned && m_report.clientsDropped == 0
        && m_report.hubEnd.startsWith(QLatin1String("stopped on SIGTERM with code 0"));
    return clean ? Complete : Incomplete;
}

bool FanoutBenchmark::setUp(QString *error)
{
    const rlim_t files = raiseFileLimit();
    // The REST connections, the hub's pipes and a margin besides the clients' sockets.
    if (files > 0 && files < rlim_t(m_options.clients) + 64) {
        *error = QStringLiteral("the open-file limit is %1 (hard limit), too low for %2 clients; "
                                "raise it (ulimit -Hn, limits.conf) or use fewer --clients")
                     .arg(qulonglong(files))
                     .arg(m_options.clients);
        return false;
    }
    progress(QStringLiteral("starting %1").arg(m_options.hubPath));
    if (!m_hub.start(m_options.hubPath, m_options.hubConfigPath, HubStartTimeoutMs, error))
        return false;
    progress(QStringLiteral("hub pid %1 at %2").arg(m_hub.pid()).arg(m_hub.url().toString()));
    m_report.hubRssIdleKiB = m_hub.memory().rssKiB;

    m_rest = std::make_unique<RestClient>(m_hub.url());
    // One sign-in per user (each costs a deliberate ~0.1 s); streams share the tokens.
    const auto token
        = m_rest->login(QStringLiteral("supervisor"), Password, RequestTimeoutMs, error);
    if (!token)
        return false;
    m_supervisorToken = *token;
    for (int i = 1; i <= 5; ++i) {
        const auto agent
            = m_rest->login(QStringLiteral("agent%1").arg(i), Password, RequestTimeoutMs, error);
        if (!agent)
            return false;
        m_agentTokens.append(*agent);
    }

    m_capacity = m_options.plannedEvents();
    m_sendNs = std::make_unique<std::atomic<qint64>[]>(std::size_t(m_capacity));
    for (qint64 i = 0; i < m_capacity; ++i)
        m_sendNs[i].store(0, std::memory_order_relaxed);
    m_ackNs.assign(std::size_t(m_capacity), 0);
    m_acked.assign(std::size_t(m_capacity), false);
    m_restLatencyUs.reserve(std::size_t(m_capacity));
    return true;
}

bool FanoutBenchmark::connectClients(QString *error)
{
    const auto streamUrl = m_rest->streamUrlAtHead(RequestTimeoutMs, error);
    if (!streamUrl)
        return false;
    const QUrl url = *streamUrl;

    const QList<QByteArray> tokens = QList<QByteArray>{m_supervisorToken} + m_agentTokens;
    const StreamClientPool::Shared shared{&m_clock, m_sendNs.get(), int(m_capacity)};
    const int threads = std::min(m_options.threads, m_options.clients);
    const int window = std::max(1, m_options.connectBatch / threads);
    int next = 0;
    for (int t = 0; t < threads; ++t) {
        const int count = m_options.clients / threads + (t < m_options.clients % threads ? 1 : 0);
        QList<QByteArray> poolTokens;
        for (int i = 0; i < count; ++i)
            poolTokens.append(tokens.at((next + i) % tokens.size()));
        next += count;
        auto *thread = new QThread;
        thread->setObjectName(QStringLiteral("clients-%1").arg(t));
        auto *pool = new StreamClientPool(count, shared);
        pool->moveToThread(thread);
        m_threads.push_back(thread);
        m_pools.push_back(pool);
        thread->start();
        QMetaObject::invokeMethod(
            pool,
            [pool, url, poolTokens, window] {
                pool->connectAll(url, poolTokens, window, HandshakeTimeoutMs, HandshakeAttempts);
            },
            Qt::QueuedConnection);
    }

    progress(QStringLiteral("connecting %1 clients, %2 handshakes at a time, %3 thread(s)")
                 .arg(m_options.clients)
                 .arg(window * threads)
                 .arg(threads));
    const qint64 startNs = m_clock.nsecsElapsed();
    waitUntil(
        [this] {
            return liveClients() + failedClients() >= m_options.clients || !m_hub.isRunning();
        },
        qint64(m_options.connectTimeout) * 1000,
        [this] {
            progress(
                QStringLiteral("  %1 live, %2 failed").arg(liveClients()).arg(failedClients()));
        });
    m_report.connectSeconds = double(m_clock.nsecsElapsed() - startNs) / 1e9;
    m_report.clientsConnected = liveClients();
    m_report.clientsFailed = m_options.clients - m_report.clientsConnected;
    progress(QStringLiteral("%1 clients live after %2 s")
                 .arg(m_report.clientsConnected)
                 .arg(m_report.connectSeconds, 0, 'f', 1));
    if (!m_hub.isRunning()) {
        *error = QStringLiteral("the hub ended while clients were connecting (%1)")
                     .arg(m_hub.stop(1000));
        return false;
    }
    if (m_report.clientsConnected == 0) {
        *error = QStringLiteral("no client could connect");
        return false;
    }
    // Let the hub settle after the handshakes before measuring its memory.
    waitUntil([] { return false; }, 1000);
    m_report.hubRssConnectedKiB = m_hub.memory().rssKiB;
    for (StreamClientPool *pool : m_pools)
        QMetaObject::invokeMethod(
            pool, [pool] { pool->markDriveStart(); }, Qt::BlockingQueuedConnection);
    for (StreamClientPool *pool : m_pools)
        m_report.clientsExpected += pool->expectedClients();
    return true;
}

void FanoutBenchmark::sendEvent(qint64 n)
{
    static const QString states[] = {QStringLiteral("busy"), QStringLiteral("break")};
    // Spread over agent1..5; each agent alternates between two states.
    const QByteArray &token = m_agentTokens.at(qsizetype(n % m_agentTokens.size()));
    const QString &state = states[(n / m_agentTokens.size()) % 2];
    const QString reason = QStringLiteral("bench-%1").arg(n);
    const QString clientId = QStringLiteral("bench-%1-%2").arg(m_driveStartNs).arg(n);
    m_sendNs[n].store(m_clock.nsecsElapsed(), std::memory_order_release);
    QNetworkReply *reply = m_rest->putPresence(token, clientId, state, reason);
    m_outstanding.insert(reply);
    ++m_sent;
    QObject::connect(reply, &QNetworkReply::finished, reply, [this, reply, n] {
        const qint64 now = m_clock.nsecsElapsed();
        m_outstanding.remove(reply);
        m_ackNs[std::size_t(n)] = now;
        m_lastAckNs = std::max(m_lastAckNs, now);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() == QNetworkReply::NoError && status == 200) {
            m_acked[std::size_t(n)] = true;
            m_restLatencyUs.push_back(
                qint32((now - m_sendNs[n].load(std::memory_order_relaxed)) / 1000));
        } else {
            ++m_report.restErrors;
            m_report.restErrorKinds[status ? QStringLiteral("HTTP %1").arg(status)
                                           : reply->errorString()]
                += 1;
        }
        reply->deleteLater();
    });
}

void FanoutBenchmark::drive()
{
    progress(QStringLiteral("driving %1 presence changes/s for %2 s from agent1..agent5")
                 .arg(m_options.rate)
                 .arg(m_options.duration));
    m_driveStartNs = m_clock.nsecsElapsed();
    const qint64 durationNs = qint64(m_options.duration) * 1'000'000'000;
    bool sending = true;

    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    QObject::connect(&tick, &QTimer::timeout, &tick, [&] {
        const qint64 elapsed = m_clock.nsecsElapsed() - m_driveStartNs;
        if (elapsed >= durationNs || m_sent >= m_capacity || !m_hub.isRunning()) {
            tick.stop();
            sending = false;
            return;
        }
        // Event n is due at n / rate seconds; catch up within the in-flight bound.
        const qint64 due = std::min(m_capacity, elapsed * m_options.rate / 1'000'000'000 + 1);
        while (m_sent < due && m_outstanding.size() < m_options.maxInFlight)
            sendEvent(m_sent);
    });
    tick.start(1);
    waitUntil([&] { return !sending && m_outstanding.isEmpty(); },
        qint64(m_options.duration) * 1000 + 60000,
        [&] {
            progress(QStringLiteral("  %1 s: %2 sent, %3 in flight, %4 deliveries")
                         .arg((m_clock.nsecsElapsed() - m_driveStartNs) / 1e9, 0, 'f', 0)
                         .arg(m_sent)
                         .arg(m_outstanding.size())
                         .arg(deliveries()));
        });
    tick.stop();
    // Whatever is still unanswered now counts as a REST error.
    for (QNetworkReply *reply : QSet<QNetworkReply *>(m_outstanding))
        reply->abort();

    m_report.eventsSent = m_sent;
    m_report.eventsAcked = qint64(std::count(m_acked.begin(), m_acked.end(), true));
    const double seconds = double(std::max(m_lastAckNs - m_driveStartNs, qint64(1))) / 1e9;
    m_report.achievedRate = double(m_report.eventsAcked) / seconds;
    m_report.deliveriesExpected = qint64(m_report.clientsExpected) * m_report.eventsAcked;
}

void FanoutBenchmark::drain()
{
    const qint64 startNs = m_clock.nsecsElapsed();
    qint64 lastCount = -1;
    QDeadlineTimer stall(DrainStallMs);
    waitUntil(
        [&] {
            const qint64 now = deliveries();
            if (now != lastCount) {
                lastCount = now;
                stall.setRemainingTime(DrainStallMs);
            }
            return now >= m_report.deliveriesExpected || stall.hasExpired() || !m_hub.isRunning();
        },
        DrainMaxMs,
        [&] {
            progress(QStringLiteral("  draining: %1 of %2 deliveries")
                         .arg(deliveries())
                         .arg(m_report.deliveriesExpected));
        });
    m_report.drainSeconds = double(m_clock.nsecsElapsed() - startNs) / 1e9;
}

void FanoutBenchmark::tearDown()
{
    if (m_tornDown)
        return;
    m_tornDown = true;
    if (m_hub.isRunning() && m_rest) {
        QString error;
        if (const auto metrics
            = m_rest->getRaw(QStringLiteral("/metrics"), RequestTimeoutMs, &error)) {
            QStringList lines;
            for (const QByteArray &l : metrics->split('\n')) {
                if (l.contains("presence") || l.contains("stream"))
                    lines.append(QString::fromUtf8(l));
            }
            m_report.hubPresenceMetrics = lines.join(u'\n');
        }
    }
    for (StreamClientPool *pool : m_pools)
        QMetaObject::invokeMethod(
            pool, [pool] { pool->closeAll(); }, Qt::BlockingQueuedConnection);
    for (QThread *thread : m_threads) {
        thread->quit();
        if (!thread->wait(ThreadStopTimeoutMs))
            progress(QStringLiteral("a client thread did not stop within %1 ms")
                         .arg(ThreadStopTimeoutMs));
    }
    m_report.hubEnd = m_hub.stop(10000);
    m_report.hubProblems = m_hub.problemLines(10, &m_report.hubProblemCount);
    m_hub.copyLog(m_options.hubLogPath);
}

void FanoutBenchmark::summarise()
{
    std::vector<qint32> all;
    std::vector<qint32> lastPerEvent(std::size_t(m_capacity), -1);
    qsizetype total = 0;
    for (const StreamClientPool *p : m_pools)
        total += qsizetype(p->latenciesUs().size());
    all.reserve(std::size_t(total));
    for (const StreamClientPool *p : m_pools) {
        all.insert(all.end(), p->latenciesUs().begin(), p->latenciesUs().end());
        for (std::size_t n = 0; n < lastPerEvent.size(); ++n)
            lastPerEvent[n] = std::max(lastPerEvent[n], p->lastDeliveryUs()[n]);
        m_report.deliveriesReceived += p->deliveryCount();
        m_report.deliveriesMissing += p->missing(m_acked);
        m_report.clientsMissingEvents += p->clientsMissing(m_acked);
        m_report.duplicates += p->duplicates();
        m_report.anomalies += p->anomalies();
        m_report.clientsDropped += p->droppedCount();
        m_report.eventFrames += p->eventFrames();
        m_report.bytesReceived += p->bytesReceived();
        m_report.heartbeats += p->heartbeats();
        m_report.connectRetries += p->retries();
        for (auto it = p->problems().begin(); it != p->problems().end(); ++it)
            m_report.connectionProblems[it.key()] += it.value();
    }
    m_report.delivery = LatencySummary::of(all);
    m_report.restLatency = LatencySummary::of(m_restLatencyUs);

    std::vector<qint32> complete;
    std::vector<qint32> afterAck;
    std::vector<std::vector<qint32>> bySecond(std::size_t(m_options.duration) + 1);
    for (std::size_t n = 0; n < lastPerEvent.size(); ++n) {
        if (!m_acked[n] || lastPerEvent[n] < 0)
            continue;
        complete.push_back(lastPerEvent[n]);
        const qint64 restUs = (m_ackNs[n] - m_sendNs[qsizetype(n)].load()) / 1000;
        // The answer may trail the last delivery slightly (both leave the hub in the same turn).
        afterAck.push_back(qint32(std::max<qint64>(0, lastPerEvent[n] - restUs)));
        const qint64 second = (m_sendNs[qsizetype(n)].load() - m_driveStartNs) / 1'000'000'000;
        bySecond[std::size_t(std::clamp<qint64>(second, 0, m_options.duration))].push_back(
            lastPerEvent[n]);
    }
    m_report.fanoutComplete = LatencySummary::of(complete);
    m_report.fanoutAfterAck = LatencySummary::of(afterAck);
    for (std::size_t s = 0; s < bySecond.size(); ++s) {
        if (bySecond[s].empty())
            continue;
        const LatencySummary l = LatencySummary::of(bySecond[s]);
        m_report.perSecond.append({{QStringLiteral("second"), qint64(s)},
            {QStringLiteral("events"), l.samples}, {QStringLiteral("all_clients_p50_ms"), l.p50},
            {QStringLiteral("all_clients_max_ms"), l.max}});
    }
}

} // namespace Switchboard::Bench
