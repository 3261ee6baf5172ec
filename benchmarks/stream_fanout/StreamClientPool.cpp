// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StreamClientPool.h"

#include <QNetworkRequest>
#include <QWebSocket>
#include <algorithm>
#include <limits>

namespace Switchboard::Bench {

namespace {

//! The one thing looked for in an events frame; n follows, then a closing quote.
constexpr QByteArrayView ReasonNeedle("\"reason\":\"bench-");
//! Delay before another try after a failed handshake.
constexpr int RetryDelayMs = 250;
//! Latencies kept per pool at most (4 bytes each).
constexpr qint64 MaxLatencySamples = 64'000'000;

} // namespace

StreamClientPool::StreamClientPool(int clients, const Shared &shared, QObject *parent)
    : QObject(parent)
    , m_shared(shared)
    , m_clients(std::size_t(clients))
    , m_sweep(this)
    , m_lastDelivery(std::size_t(shared.capacity), -1)
{
    const std::size_t words = std::size_t(shared.capacity + 63) / 64;
    for (Client &c : m_clients)
        c.seen.assign(words, 0);
    m_latencies.reserve(
        std::size_t(std::min(MaxLatencySamples, qint64(clients) * shared.capacity)));
    connect(&m_sweep, &QTimer::timeout, this, &StreamClientPool::checkHandshakes);
}

StreamClientPool::~StreamClientPool() = default;

void StreamClientPool::connectAll(const QUrl &url, const QList<QByteArray> &tokens, int window,
    int handshakeTimeoutMs, int maxAttempts)
{
    m_url = url;
    m_window = window;
    m_handshakeTimeoutMs = handshakeTimeoutMs;
    m_maxAttempts = maxAttempts;
    for (std::size_t i = 0; i < m_clients.size(); ++i) {
        m_clients[i].token = tokens.at(qsizetype(i));
        m_queue.push_back(int(i));
    }
    m_sweep.start(250);
    pump();
}

void StreamClientPool::pump()
{
    while (m_inFlight < m_window && !m_queue.empty()) {
        const int index = m_queue.front();
        m_queue.pop_front();
        startAttempt(index);
    }
}

void StreamClientPool::startAttempt(int index)
{
    Client &c = m_clients[std::size_t(index)];
    auto *socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    c.socket = socket;
    c.state = State::Connecting;
    ++c.attempts;
    c.attemptStartedNs = m_shared.clock->nsecsElapsed();
    ++m_inFlight;
    connect(socket, &QWebSocket::textMessageReceived, this,
        [this, index](const QString &message) { onMessage(index, message); });
    connect(socket, &QWebSocket::disconnected, this,
        [this, index, socket] { onDisconnected(index, socket); });
    connect(socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
        [this, index, socket](QAbstractSocket::SocketError) {
            Client &client = m_clients[std::size_t(index)];
            if (client.socket == socket && client.state == State::Connecting)
                attemptFailed(index, socket->errorString());
        });
    QNetworkRequest request(m_url);
    request.setRawHeader("Authorization", "Bearer " + c.token);
    socket->open(request);
}

void StreamClientPool::discardSocket(Client &client)
{
    if (!client.socket)
        return;
    client.socket->disconnect(this);
    client.socket->abort();
    client.socket->deleteLater();
    client.socket = nullptr;
}

void StreamClientPool::attemptFailed(int index, const QString &why)
{
    Client &c = m_clients[std::size_t(index)];
    --m_inFlight;
    discardSocket(c);
    m_problems[QStringLiteral("handshake: ") + why] += 1;
    if (c.attempts < m_maxAttempts) {
        ++m_retries;
        c.state = State::Waiting;
        QTimer::singleShot(RetryDelayMs, this, [this, index] {
            m_queue.push_back(index);
            pump();
        });
    } else {
        c.state = State::Failed;
        m_failed.fetch_add(1, std::memory_order_relaxed);
    }
    pump();
}

void StreamClientPool::onDisconnected(int index, QWebSocket *socket)
{
    Client &c = m_clients[std::size_t(index)];
    if (c.socket != socket)
        return;
    const QString why = socket->closeCode() != QWebSocketProtocol::CloseCodeNormal
            || !socket->closeReason().isEmpty()
        ? QStringLiteral("closed with %1 %2")
              .arg(int(socket->closeCode()))
              .arg(socket->closeReason())
        : QStringLiteral("closed");
    if (c.state == State::Connecting) {
        attemptFailed(index, why);
        return;
    }
    if (c.state == State::Live) {
        c.state = State::Dropped;
        m_live.fetch_sub(1, std::memory_order_relaxed);
        m_dropped.fetch_add(1, std::memory_order_relaxed);
        m_problems[QStringLiteral("dropped while live: ") + why] += 1;
        discardSocket(c);
    }
}

void StreamClientPool::checkHandshakes()
{
    const qint64 now = m_shared.clock->nsecsElapsed();
    const qint64 limit = qint64(m_handshakeTimeoutMs) * 1'000'000;
    for (std::size_t i = 0; i < m_clients.size(); ++i) {
        const Client &c = m_clients[i];
        if (c.state == State::Connecting && now - c.attemptStartedNs > limit)
            attemptFailed(
                int(i), QStringLiteral("no \"live\" within %1 ms").arg(m_handshakeTimeoutMs));
    }
    if (m_queue.empty() && m_inFlight == 0)
        m_sweep.stop();
}

void StreamClientPool::onMessage(int index, const QString &message)
{
    const qint64 now = m_shared.clock->nsecsElapsed();
    Client &c = m_clients[std::size_t(index)];
    // Qt hands text frames over as UTF-16; one conversion back to bytes, then plain searches.
    const QByteArray bytes = message.toUtf8();
    ++m_frames;
    m_bytes += bytes.size();
    if (c.state == State::Connecting) {
        // {"head":..,"since":..,"type":"hello",..}, catch-up pages, then {"seq":N,"type":"live"}.
        if (bytes.contains("\"type\":\"live\"")) {
            c.state = State::Live;
            --m_inFlight;
            m_live.fetch_add(1, std::memory_order_relaxed);
            pump();
        }
        return;
    }
    if (c.state != State::Live)
        return;
    if (!bytes.startsWith("{\"type\":\"events\"")) {
        if (bytes.contains("\"type\":\"heartbeat\""))
            ++m_heartbeats;
        return;
    }
    ++m_eventFrames;
    qsizetype pos = 0;
    while ((pos = bytes.indexOf(ReasonNeedle, pos)) >= 0) {
        pos += ReasonNeedle.size();
        qint64 n = 0;
        int digits = 0;
        while (pos < bytes.size() && bytes[pos] >= '0' && bytes[pos] <= '9' && digits < 10) {
            n = n * 10 + (bytes[pos] - '0');
            ++pos;
            ++digits;
        }
        if (digits == 0 || pos >= bytes.size() || bytes[pos] != '"') {
            ++m_anomalies;
            continue;
        }
        record(c, n, now);
    }
}

void StreamClientPool::record(Client &client, qint64 n, qint64 nowNs)
{
    if (n < 0 || n >= m_shared.capacity) {
        ++m_anomalies;
        return;
    }
    quint64 &word = client.seen[std::size_t(n >> 6)];
    const quint64 bit = quint64(1) << (n & 63);
    if (word & bit) {
        ++m_duplicates;
        return;
    }
    word |= bit;
    m_deliveries.fetch_add(1, std::memory_order_relaxed);
    const qint64 sent = m_shared.sendNs[n].load(std::memory_order_acquire);
    if (sent == 0) {
        ++m_anomalies; // delivered before the benchmark recorded sending it: cannot happen
        return;
    }
    const qint64 us
        = std::clamp<qint64>((nowNs - sent) / 1000, 0, std::numeric_limits<qint32>::max());
    if (qint64(m_latencies.size()) < MaxLatencySamples)
        m_latencies.push_back(qint32(us));
    qint32 &last = m_lastDelivery[std::size_t(n)];
    last = std::max(last, qint32(us));
}

void StreamClientPool::markDriveStart()
{
    for (Client &c : m_clients)
        c.liveAtDriveStart = c.state == State::Live;
}

void StreamClientPool::closeAll()
{
    m_sweep.stop();
    m_queue.clear();
    for (Client &c : m_clients) {
        if (!c.socket)
            continue;
        c.socket->disconnect(this);
        c.socket->abort();
        // Not inside one of its own signals here, so it can go at once.
        delete c.socket;
        c.socket = nullptr;
    }
}

int StreamClientPool::expectedClients() const
{
    return int(std::count_if(
        m_clients.begin(), m_clients.end(), [](const Client &c) { return c.liveAtDriveStart; }));
}

qint64 StreamClientPool::missing(const std::vector<bool> &acked) const
{
    qint64 out = 0;
    for (const Client &c : m_clients) {
        if (!c.liveAtDriveStart)
            continue;
        for (std::size_t n = 0; n < acked.size(); ++n) {
            if (acked[n] && !(c.seen[n >> 6] & (quint64(1) << (n & 63))))
                ++out;
        }
    }
    return out;
}

int StreamClientPool::clientsMissing(const std::vector<bool> &acked) const
{
    int out = 0;
    for (const Client &c : m_clients) {
        if (!c.liveAtDriveStart)
            continue;
        for (std::size_t n = 0; n < acked.size(); ++n) {
            if (acked[n] && !(c.seen[n >> 6] & (quint64(1) << (n & 63)))) {
                ++out;
                break;
            }
        }
    }
    return out;
}

} // namespace Switchboard::Bench
