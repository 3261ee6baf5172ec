// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WebhookBenchmark.h"

#include "BenchEnvironment.h"
#include "CpuWindow.h"
#include "RestClient.h"
#include "StreamClientPool.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QThread>
#include <QTimer>
#include <algorithm>
#include <cstdio>

namespace Switchboard::Bench {

using namespace Environment;

namespace {

constexpr int ConnectTimeoutMs = 10000;
constexpr int AnswerDrainMs = 60000;
//! Slots reserved per second of a full-load phase: far above what one hub on loopback answers.
constexpr qint64 FullLoadCeiling = 20000;

//! Tags on the wire: n for a delivery's first post, -(n + 1) for a repeat of it.
qint64 repeatTag(qint64 n)
{
    return -(n + 1);
}

} // namespace

WebhookBenchmark::WebhookBenchmark(const WebhookBenchOptions &options)
    : m_options(options)
{
}

WebhookBenchmark::~WebhookBenchmark()
{
    tearDown();
    delete m_pool;
    delete m_thread;
}

int WebhookBenchmark::run()
{
    m_clock.start();
    m_report.hubPath = m_options.hubPath;
    m_report.machine = machineDescription();
    m_report.startedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    m_report.inFlight = m_options.inFlight;
    m_report.connections = m_options.connections;
    m_report.senders = m_options.senders;
    m_report.duplicatePercent = m_options.duplicatePercent;

    QString error;
    if (!setUp(&error) || !connectStream(&error)) {
        std::fprintf(stderr, "switchboard-bench-webhooks: %s\n", qPrintable(error));
        std::fprintf(stderr, "switchboard-bench-webhooks: hub %s\n", qPrintable(m_hub.stop(10000)));
        return SetupFailed;
    }
    for (const int rate : std::as_const(m_options.rates)) {
        WebhookPhase phase;
        phase.targetRate = rate;
        phase.durationSeconds = m_options.duration;
        m_report.phases.append(phase);
    }
    for (WebhookPhase &phase : m_report.phases) {
        if (m_hub.isRunning())
            runPhase(phase);
    }
    const HubProcess::Memory memory = m_hub.memory();
    m_report.hubRssEndKiB = memory.rssKiB;
    m_report.hubRssPeakKiB = memory.peakKiB;
    m_report.hubThreads = memory.threads;
    tearDown();
    summarise();

    std::fputs(qPrintable(m_report.table()), stdout);
    std::fflush(stdout);
    if (!m_options.jsonPath.isEmpty()
        && !writeJson(m_options.jsonPath, m_report.toJson(), "switchboard-bench-webhooks"))
        return SetupFailed;
    const bool clean = m_report.consistent()
        && m_report.hubEnd.startsWith(QLatin1String("stopped on SIGTERM with code 0"));
    return clean ? Complete : Incomplete;
}

bool WebhookBenchmark::setUp(QString *error)
{
    QByteArray config = m_secrets.hubConfig();
    if (!m_options.extraConfigPath.isEmpty()) {
        QFile extra(m_options.extraConfigPath);
        if (!extra.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot read %1").arg(m_options.extraConfigPath);
            return false;
        }
        config += '\n' + extra.readAll();
    }
    m_config.setFileTemplate(QDir::temp().filePath(QStringLiteral("bench-webhooks-XXXXXX.ini")));
    if (!m_config.open() || m_config.write(config) != config.size() || !m_config.flush()) {
        *error = QStringLiteral("cannot write the hub's configuration file");
        return false;
    }
    progress(QStringLiteral("starting %1").arg(m_options.hubPath));
    if (!m_hub.start(m_options.hubPath, m_config.fileName(), HubStartTimeoutMs, error))
        return false;
    progress(QStringLiteral("hub pid %1 at %2").arg(m_hub.pid()).arg(m_hub.url().toString()));
    m_report.hubRssIdleKiB = m_hub.memory().rssKiB;

    qint64 capacity = 0;
    for (const int rate : std::as_const(m_options.rates))
        capacity += (rate > 0 ? qint64(rate) : FullLoadCeiling) * m_options.duration + 16;
    m_capacity = capacity;
    m_sendNs = std::make_unique<std::atomic<qint64>[]>(std::size_t(m_capacity));
    for (qint64 i = 0; i < m_capacity; ++i)
        m_sendNs[i].store(0, std::memory_order_relaxed);
    m_acked.assign(std::size_t(m_capacity), false);
    m_factory = std::make_unique<DeliveryFactory>(
        m_secrets, m_options.senders, QDateTime::currentMSecsSinceEpoch());

    m_poster = std::make_unique<WebhookPoster>(m_hub.url(), m_options.connections, &m_clock);
    m_poster->onAnswer = [this](const WebhookPoster::Answer &a) { onAnswer(a); };
    return m_poster->connectAll(ConnectTimeoutMs, error);
}

bool WebhookBenchmark::connectStream(QString *error)
{
    m_rest = std::make_unique<RestClient>(m_hub.url());
    const auto token = m_rest->login(
        QStringLiteral("supervisor"), QString::fromLatin1(DemoPassword), RequestTimeoutMs, error);
    if (!token)
        return false;
    const auto streamUrl = m_rest->streamUrlAtHead(RequestTimeoutMs, error);
    if (!streamUrl)
        return false;
    const QUrl url = *streamUrl;

    StreamClientPool::Shared shared{&m_clock, m_sendNs.get(), int(m_capacity)};
    shared.needle = DeliveryFactory::marker();
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("stream"));
    m_pool = new StreamClientPool(1, shared);
    m_pool->moveToThread(m_thread);
    m_thread->start();
    const QList<QByteArray> tokens{*token};
    StreamClientPool *pool = m_pool;
    QMetaObject::invokeMethod(
        pool,
        [pool, url, tokens] {
            pool->connectAll(url, tokens, 1, HandshakeTimeoutMs, HandshakeAttempts);
        },
        Qt::QueuedConnection);
    waitUntil([pool] { return pool->liveCount() + pool->failedCount() > 0; },
        qint64(HandshakeTimeoutMs) * HandshakeAttempts);
    m_report.streamLive = pool->liveCount() == 1;
    if (!m_report.streamLive) {
        *error = QStringLiteral("the supervisor's stream did not go live");
        return false;
    }
    QMetaObject::invokeMethod(
        pool, [pool] { pool->markDriveStart(); }, Qt::BlockingQueuedConnection);
    progress(QStringLiteral("supervisor stream live at %1").arg(url.toString()));
    return true;
}

void WebhookBenchmark::post(qint64 n, bool repeat)
{
    // An original's send time is stored before it is written: its event can reach the stream's
    // thread before post() returns here (this thread may be preempted just after the write).
    const qint64 sentNs = repeat ? m_poster->post(repeatTag(n), m_factory->make(n))
                                 : m_poster->post(n, m_factory->make(n), &m_sendNs[n]);
    if (sentNs < 0)
        return;
    if (repeat)
        ++m_phase->duplicatesSent;
    else
        ++m_phase->originalsSent;
}

void WebhookBenchmark::pump()
{
    if (!m_sending)
        return;
    const qint64 elapsed = m_clock.nsecsElapsed() - m_phaseStartNs;
    if (elapsed >= qint64(m_options.duration) * 1'000'000'000 || m_next >= m_capacity
        || !m_hub.isRunning()) {
        m_sending = false;
        return;
    }
    // Delivery k of the phase is due at k / rate seconds; a hub slower than the rate makes the
    // poster fall behind rather than queue requests here.
    const qint64 due = m_phase->targetRate > 0
        ? m_phaseFirst + elapsed * m_phase->targetRate / 1'000'000'000 + 1
        : m_capacity;
    while (m_next < std::min(due, m_capacity) && m_poster->inFlight() < m_options.inFlight) {
        // A repeat takes the place of a new delivery, so it is sent at full load too.
        if (m_repeatCredit >= 1.0 && !m_ackedList.empty()) {
            m_repeatCredit -= 1.0;
            const auto pick = QRandomGenerator::global()->bounded(qsizetype(m_ackedList.size()));
            post(m_ackedList[std::size_t(pick)], true);
            continue;
        }
        post(m_next++, false);
        m_repeatCredit += m_options.duplicatePercent / 100.0;
    }
}

void WebhookBenchmark::onAnswer(const WebhookPoster::Answer &a)
{
    m_lastAnswerNs = std::max(m_lastAnswerNs, a.answeredNs);
    const bool repeat = a.tag < 0;
    const qint64 n = repeat ? -a.tag - 1 : a.tag;
    if (a.status == 0) {
        ++m_phase->errors;
        m_phase->problems[a.error] += 1;
    } else if (a.status < 200 || a.status > 299) {
        ++m_phase->non2xx;
        m_phase->problems
            [QStringLiteral("HTTP %1 %2").arg(a.status).arg(QString::fromUtf8(a.body.left(120)))]
            += 1;
    } else {
        const QJsonObject counts = QJsonDocument::fromJson(a.body).object();
        // Meta and X answer with counts; Twilio with an empty TwiML response.
        if (!counts.isEmpty()) {
            const int stored = counts.value(QLatin1String("stored")).toInt();
            const int duplicates = counts.value(QLatin1String("duplicates")).toInt();
            if ((repeat && (stored != 0 || duplicates != 1))
                || (!repeat && (stored != 1 || duplicates != 0)))
                ++m_phase->countMismatches;
        }
        if (repeat) {
            ++m_phase->duplicatesAcked;
        } else {
            ++m_phase->acked;
            m_acked[std::size_t(n)] = true;
            m_ackedList.push_back(n);
            const Delivery d = m_factory->make(n);
            m_ackedKeys.insert({d.channel, d.providerMessageId});
            m_senders.insert({d.identityKind, d.identityValue});
            m_phaseHttpUs[std::size_t(m_phaseIndex)].push_back(
                qint32((a.answeredNs - a.sentNs) / 1000));
        }
    }
    pump();
}

void WebhookBenchmark::runPhase(WebhookPhase &phase)
{
    m_phase = &phase;
    ++m_phaseIndex;
    m_phaseHttpUs.emplace_back();
    phase.loadAverageBefore = loadAverage();
    progress(QStringLiteral("phase %1: %2 for %3 s, %4 in flight on %5 connections")
                 .arg(m_phaseIndex + 1)
                 .arg(phase.targetRate ? QStringLiteral("%1 deliveries/s").arg(phase.targetRate)
                                       : QStringLiteral("full load"))
                 .arg(phase.durationSeconds)
                 .arg(m_options.inFlight)
                 .arg(m_options.connections));
    const CpuWindow cpu(m_hub);
    m_phaseFirst = m_next;
    m_phaseStartNs = m_clock.nsecsElapsed();
    m_lastAnswerNs = m_phaseStartNs;
    m_sending = true;

    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    QObject::connect(&tick, &QTimer::timeout, &tick, [this] { pump(); });
    tick.start(1);
    waitUntil([this] { return !m_sending; }, qint64(m_options.duration) * 1000 + 5000,
        [this, &phase] {
            progress(QStringLiteral("  %1 s: %2 posted, %3 stored, %4 in flight, %5 events")
                         .arg((m_clock.nsecsElapsed() - m_phaseStartNs) / 1e9, 0, 'f', 0)
                         .arg(phase.originalsSent)
                         .arg(phase.acked)
                         .arg(m_poster->inFlight())
                         .arg(m_pool->deliveryCount()));
        });
    tick.stop();
    m_sending = false;
    waitUntil([this] { return m_poster->inFlight() == 0 || !m_hub.isRunning(); }, AnswerDrainMs);
    if (m_poster->inFlight() > 0)
        m_poster->abortAll(
            QStringLiteral("no answer within %1 ms of the phase's end").arg(AnswerDrainMs));
    phase.achievedRate
        = double(phase.acked) / std::max(1e-9, double(m_lastAnswerNs - m_phaseStartNs) / 1e9);
    m_phaseRanges.emplace_back(m_phaseFirst, m_next);

    // Every acknowledged delivery should now reach the stream.
    const auto expected = qint64(m_ackedList.size());
    qint64 lastCount = -1;
    QDeadlineTimer stall(DrainStallMs);
    waitUntil(
        [&] {
            const qint64 now = m_pool->deliveryCount();
            if (now != lastCount) {
                lastCount = now;
                stall.setRemainingTime(DrainStallMs);
            }
            return now >= expected || stall.hasExpired() || !m_hub.isRunning();
        },
        AnswerDrainMs);
    const CpuWindow::Usage used = cpu.usage();
    phase.hubCpuPercent = used.hubPercent;
    phase.hubCpuMsPerDelivery = used.hubMsPer(phase.acked);
    phase.benchCpuPercent = used.benchPercent;
    phase.hubRunQueueWaitPercent = used.hubRunQueueWaitPercent;
    progress(QStringLiteral("  phase %1 done: %2 stored, %3 /s")
                 .arg(m_phaseIndex + 1)
                 .arg(phase.acked)
                 .arg(phase.achievedRate, 0, 'f', 1));
}

void WebhookBenchmark::tearDown()
{
    if (m_tornDown)
        return;
    m_tornDown = true;
    if (m_poster)
        m_poster->abortAll(QStringLiteral("benchmark ended"));
    if (m_pool) {
        StreamClientPool *pool = m_pool;
        QMetaObject::invokeMethod(
            pool, [pool] { pool->closeAll(); }, Qt::BlockingQueuedConnection);
    }
    if (m_thread) {
        m_thread->quit();
        if (!m_thread->wait(ThreadStopTimeoutMs))
            progress(QStringLiteral("the stream thread did not stop within %1 ms")
                         .arg(ThreadStopTimeoutMs));
    }
    m_report.hubEnd = m_hub.stop(10000);
    m_report.hubProblems = m_hub.problemLines(10, &m_report.hubProblemCount);
    m_hub.copyLog(m_options.hubLogPath);
}

void WebhookBenchmark::summarise()
{
    // Read once the hub has stopped: everything it acknowledged must be in the file.
    m_report.store = StoreCheck::read(
        QDir(m_hub.dataPath()).filePath(QStringLiteral("switchboard-hub.sqlite")), m_ackedKeys);
    m_report.ackedTotal = qint64(m_ackedList.size());
    m_report.expectedCustomers = m_senders.size();
    if (!m_pool)
        return;
    m_report.markerRepeats = m_pool->duplicates();
    m_report.streamAnomalies = m_pool->anomalies();
    const std::vector<qint32> &latency = m_pool->lastDeliveryUs();
    for (std::size_t i = 0; i < m_phaseRanges.size(); ++i) {
        WebhookPhase &phase = m_report.phases[qsizetype(i)];
        std::vector<qint32> endToEnd;
        for (qint64 n = m_phaseRanges[i].first; n < m_phaseRanges[i].second; ++n) {
            if (!m_acked[std::size_t(n)])
                continue;
            if (latency[std::size_t(n)] < 0)
                ++phase.eventsMissing;
            else
                endToEnd.push_back(latency[std::size_t(n)]);
        }
        phase.endToEnd = LatencySummary::of(endToEnd);
        phase.httpLatency = LatencySummary::of(m_phaseHttpUs[i]);
    }
}

} // namespace Switchboard::Bench
