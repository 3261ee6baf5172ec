// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StreamClientPool.h"

#include "HttpHead.h"

#include <QCryptographicHash>
#include <QHostAddress>
#include <QHostInfo>
#include <QRandomGenerator>
#include <QSocketNotifier>
#include <algorithm>
#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <limits>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace Switchboard::Bench {

namespace {

//! Delay before another try after a failed handshake.
constexpr int RetryDelayMs = 250;
//! Latencies kept per pool at most (4 bytes each).
constexpr qint64 MaxLatencySamples = 64'000'000;
//! Socket events taken from the epoll set per call.
constexpr int EventsPerWait = 256;
//! Bytes read per read() call.
constexpr qsizetype ReadChunk = 64 * 1024;
//! RFC 6455 section 1.3.
constexpr QByteArrayView AcceptGuid("258EAFA5-E914-47DA-95CA-C5AB0DC85B11");
//! An HTTP answer larger than this is no handshake answer.
constexpr qsizetype MaxUpgradeAnswer = 16 * 1024;

enum Opcode : quint8 {
    Continuation = 0x0,
    Text = 0x1,
    Binary = 0x2,
    Close = 0x8,
    Ping = 0x9,
    Pong = 0xA
};

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

StreamClientPool::~StreamClientPool()
{
    for (Client &c : m_clients) {
        if (c.fd >= 0)
            ::close(c.fd);
    }
    if (m_epoll >= 0)
        ::close(m_epoll);
}

void StreamClientPool::connectAll(const QUrl &url, const QList<QByteArray> &tokens, int window,
    int handshakeTimeoutMs, int maxAttempts)
{
    m_url = url;
    m_window = window;
    m_handshakeTimeoutMs = handshakeTimeoutMs;
    m_maxAttempts = maxAttempts;
    m_target = url.path(QUrl::FullyEncoded).toLatin1();
    if (url.hasQuery())
        m_target += '?' + url.query(QUrl::FullyEncoded).toLatin1();
    const int port = url.port(80);
    m_hostHeader = url.host(QUrl::FullyEncoded).toLatin1() + ':' + QByteArray::number(port);

    QHostAddress address(url.host());
    if (address.isNull()) {
        const QHostInfo info = QHostInfo::fromName(url.host());
        if (!info.addresses().isEmpty())
            address = info.addresses().constFirst();
    }
    if (address.protocol() == QAbstractSocket::IPv6Protocol) {
        sockaddr_in6 sa{};
        sa.sin6_family = AF_INET6;
        sa.sin6_port = htons(quint16(port));
        const Q_IPV6ADDR raw = address.toIPv6Address();
        std::memcpy(&sa.sin6_addr, &raw, sizeof raw);
        m_address = QByteArray(reinterpret_cast<const char *>(&sa), sizeof sa);
    } else {
        sockaddr_in sa{};
        sa.sin_family = AF_INET;
        sa.sin_port = htons(quint16(port));
        sa.sin_addr.s_addr = htonl(address.toIPv4Address());
        m_address = QByteArray(reinterpret_cast<const char *>(&sa), sizeof sa);
    }

    // Created here, in the pool's thread, so the notifier belongs to this thread's loop.
    m_epoll = ::epoll_create1(EPOLL_CLOEXEC);
    if (m_epoll < 0)
        qFatal("epoll_create1: %s", std::strerror(errno));
    m_notifier = new QSocketNotifier(m_epoll, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &StreamClientPool::onReady);

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
    c.state = State::Connecting;
    c.phase = Phase::TcpConnect;
    c.in.clear();
    c.message.clear();
    ++c.attempts;
    c.attemptStartedNs = m_shared.clock->nsecsElapsed();
    ++m_inFlight;
    const auto *sa = reinterpret_cast<const sockaddr *>(m_address.constData());
    c.fd = ::socket(sa->sa_family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (c.fd < 0) {
        attemptFailed(index, QString::fromLocal8Bit(std::strerror(errno)));
        return;
    }
    const int one = 1;
    ::setsockopt(c.fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    if (::connect(c.fd, sa, socklen_t(m_address.size())) < 0 && errno != EINPROGRESS) {
        attemptFailed(index, QString::fromLocal8Bit(std::strerror(errno)));
        return;
    }
    epoll_event ev{};
    ev.events = EPOLLIN | EPOLLOUT | EPOLLRDHUP;
    ev.data.u64 = quint64(index);
    ::epoll_ctl(m_epoll, EPOLL_CTL_ADD, c.fd, &ev);
}

void StreamClientPool::discardSocket(Client &client)
{
    if (client.fd < 0)
        return;
    ::epoll_ctl(m_epoll, EPOLL_CTL_DEL, client.fd, nullptr);
    ::close(client.fd);
    client.fd = -1;
    client.in.clear();
    client.message.clear();
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

void StreamClientPool::onReady()
{
    epoll_event events[EventsPerWait];
    int ready = 0;
    do {
        ready = ::epoll_wait(m_epoll, events, EventsPerWait, 0);
        for (int i = 0; i < ready; ++i)
            onSocketEvent(int(events[i].data.u64), events[i].events);
    } while (ready == EventsPerWait);
}

void StreamClientPool::onSocketEvent(int index, quint32 events)
{
    Client &c = m_clients[std::size_t(index)];
    if (c.fd < 0)
        return;
    if (c.phase == Phase::TcpConnect) {
        int error = 0;
        socklen_t length = sizeof error;
        ::getsockopt(c.fd, SOL_SOCKET, SO_ERROR, &error, &length);
        if (error != 0) {
            attemptFailed(index, QString::fromLocal8Bit(std::strerror(error)));
            return;
        }
        if (!(events & EPOLLOUT))
            return;
        sendUpgrade(index);
        return;
    }
    if (events & (EPOLLIN | EPOLLRDHUP | EPOLLHUP | EPOLLERR))
        readAvailable(index);
}

void StreamClientPool::sendUpgrade(int index)
{
    Client &c = m_clients[std::size_t(index)];
    QByteArray nonce(16, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(nonce.data()), 4);
    const QByteArray key = nonce.toBase64();
    c.expectedAccept = QCryptographicHash::hash(
        QByteArray(key + AcceptGuid.toByteArray()), QCryptographicHash::Sha1)
                           .toBase64();
    const QByteArray request = "GET " + m_target + " HTTP/1.1\r\nHost: " + m_hostHeader
        + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: " + key
        + "\r\nSec-WebSocket-Version: 13\r\nAuthorization: Bearer " + c.token + "\r\n\r\n";
    // A few hundred bytes into an empty socket buffer: written whole or the attempt fails.
    if (::write(c.fd, request.constData(), std::size_t(request.size())) != request.size()) {
        attemptFailed(index, QStringLiteral("could not write the handshake"));
        return;
    }
    c.phase = Phase::Upgrade;
    epoll_event ev{};
    ev.events = EPOLLIN | EPOLLRDHUP;
    ev.data.u64 = quint64(index);
    ::epoll_ctl(m_epoll, EPOLL_CTL_MOD, c.fd, &ev);
}

bool StreamClientPool::readAvailable(int index)
{
    Client &c = m_clients[std::size_t(index)];
    const qint64 now = m_shared.clock->nsecsElapsed();
    bool closed = false;
    for (;;) {
        const qsizetype used = c.in.size();
        c.in.resize(used + ReadChunk);
        const ssize_t n = ::read(c.fd, c.in.data() + used, std::size_t(ReadChunk));
        c.in.resize(used + std::max<qsizetype>(n, 0));
        if (n > 0) {
            m_bytes += n;
            if (n < ReadChunk)
                break;
            continue;
        }
        if (n == 0)
            closed = true;
        else if (errno == EINTR)
            continue;
        else if (errno != EAGAIN && errno != EWOULDBLOCK)
            closed = true;
        break;
    }
    if (c.phase == Phase::Upgrade && !parseUpgrade(index))
        return false;
    if (c.phase == Phase::Stream && !parseFrames(index, now))
        return false;
    if (closed) {
        onClosed(index, QStringLiteral("closed"));
        return false;
    }
    return true;
}

bool StreamClientPool::parseUpgrade(int index)
{
    Client &c = m_clients[std::size_t(index)];
    const qsizetype end = c.in.indexOf("\r\n\r\n");
    if (end < 0) {
        if (c.in.size() > MaxUpgradeAnswer) {
            attemptFailed(index, QStringLiteral("handshake answer too long"));
            return false;
        }
        return true;
    }
    const QByteArrayView head = QByteArrayView(c.in).first(end);
    const QByteArrayView statusLine = head.first(std::max<qsizetype>(head.indexOf('\r'), 0));
    if (!statusLine.startsWith("HTTP/1.1 101")) {
        attemptFailed(index, QString::fromLatin1(statusLine));
        return false;
    }
    if (HttpHead::value(head, "Sec-WebSocket-Accept") != c.expectedAccept) {
        attemptFailed(index, QStringLiteral("wrong Sec-WebSocket-Accept"));
        return false;
    }
    c.in.remove(0, end + 4);
    c.phase = Phase::Stream;
    return true;
}

bool StreamClientPool::parseFrames(int index, qint64 nowNs)
{
    Client &c = m_clients[std::size_t(index)];
    const auto *data = reinterpret_cast<const quint8 *>(c.in.constData());
    const qsizetype size = c.in.size();
    qsizetype pos = 0;
    while (size - pos >= 2) {
        const quint8 b0 = data[pos];
        const quint8 b1 = data[pos + 1];
        const bool fin = b0 & 0x80;
        const quint8 opcode = b0 & 0x0f;
        if (b1 & 0x80) { // RFC 6455 5.1: a server never masks
            onClosed(index, QStringLiteral("masked frame from the hub"));
            return false;
        }
        qsizetype header = 2;
        quint64 length = b1 & 0x7f;
        if (length == 126) {
            if (size - pos < 4)
                break;
            length = (quint64(data[pos + 2]) << 8) | data[pos + 3];
            header = 4;
        } else if (length == 127) {
            if (size - pos < 10)
                break;
            length = 0;
            for (int i = 0; i < 8; ++i)
                length = (length << 8) | data[pos + 2 + i];
            header = 10;
        }
        if (quint64(size - pos - header) < length)
            break;
        const QByteArrayView payload(c.in.constData() + pos + header, qsizetype(length));
        pos += header + qsizetype(length);
        switch (opcode) {
        case Text:
        case Binary:
        case Continuation:
            if (fin && c.message.isEmpty() && opcode != Continuation) {
                onMessage(index, payload, nowNs);
            } else {
                c.message.append(payload);
                if (fin) {
                    const QByteArray whole = std::exchange(c.message, {});
                    onMessage(index, whole, nowNs);
                }
            }
            break;
        case Ping:
            sendControl(c, Pong, payload);
            break;
        case Close: {
            const int code
                = payload.size() >= 2 ? (int(quint8(payload[0])) << 8) | quint8(payload[1]) : 1005;
            const QString reason
                = payload.size() > 2 ? QString::fromUtf8(payload.sliced(2)) : QString();
            onClosed(index,
                code == 1000 && reason.isEmpty()
                    ? QStringLiteral("closed")
                    : QStringLiteral("closed with %1 %2").arg(code).arg(reason));
            return false;
        }
        default:
            break;
        }
        if (c.fd < 0)
            return false;
    }
    if (pos == size)
        c.in.clear();
    else if (pos > 0)
        c.in.remove(0, pos);
    return true;
}

void StreamClientPool::sendControl(Client &client, quint8 opcode, QByteArrayView payload)
{
    // Control frames carry at most 125 bytes; a client masks everything it sends.
    QByteArray frame;
    frame.reserve(6 + payload.size());
    frame.append(char(0x80 | opcode));
    frame.append(char(0x80 | std::min<qsizetype>(payload.size(), 125)));
    const quint32 mask = QRandomGenerator::global()->generate();
    const char *m = reinterpret_cast<const char *>(&mask);
    frame.append(m, 4);
    for (qsizetype i = 0; i < std::min<qsizetype>(payload.size(), 125); ++i)
        frame.append(char(payload[i] ^ m[i % 4]));
    (void)::write(client.fd, frame.constData(), std::size_t(frame.size()));
}

void StreamClientPool::onClosed(int index, const QString &why)
{
    Client &c = m_clients[std::size_t(index)];
    if (c.state == State::Connecting) {
        attemptFailed(index, why);
        return;
    }
    if (c.state == State::Live) {
        c.state = State::Dropped;
        m_live.fetch_sub(1, std::memory_order_relaxed);
        m_dropped.fetch_add(1, std::memory_order_relaxed);
        m_problems[QStringLiteral("dropped while live: ") + why] += 1;
    }
    discardSocket(c);
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

void StreamClientPool::onMessage(int index, QByteArrayView bytes, qint64 now)
{
    Client &c = m_clients[std::size_t(index)];
    ++m_frames;
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
    const QByteArrayView needle(m_shared.needle);
    while ((pos = bytes.indexOf(needle, pos)) >= 0) {
        pos += needle.size();
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
    for (Client &c : m_clients)
        discardSocket(c);
    delete m_notifier;
    m_notifier = nullptr;
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
