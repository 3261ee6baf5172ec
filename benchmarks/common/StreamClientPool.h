// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QMap>
#include <QObject>
#include <QTimer>
#include <QUrl>
#include <atomic>
#include <deque>
#include <vector>

class QSocketNotifier;

namespace Switchboard::Bench {

//! A share of the benchmark's WebSocket clients, owned by one thread. It connects them a few at
//! a time, then scans every events frame for the benchmark's marker followed by a number n and a
//! closing quote (by default a presence reason, "reason":"bench-<n>") without parsing JSON and
//! records each delivery's latency against the send time of event n.
//!
//! The clients stand in for thousands of desktops on other machines, so each must cost next to
//! nothing here: they are plain non-blocking sockets speaking RFC 6455 themselves (handshake with
//! its accept key checked, frame lengths, fragments, ping/pong, close), watched through one epoll
//! set whose descriptor is the only one the thread's event loop polls. Linux only.
//!
//! Counters are atomics the main thread may read while the pool runs; everything else is read
//! only after the pool's thread has finished.
class StreamClientPool : public QObject
{
    Q_OBJECT
public:
    //! What the main thread shares with every pool.
    struct Shared
    {
        //! The monotonic clock all times are taken from.
        const QElapsedTimer *clock = nullptr;
        //! Send time (ns on clock) of event n, 0 until sent.
        const std::atomic<qint64> *sendNs = nullptr;
        //! Number of event slots (the largest n + 1).
        int capacity = 0;
        //! What precedes n in a frame; n must be followed by a closing quote.
        QByteArray needle = QByteArrayLiteral("\"reason\":\"bench-");
    };

    StreamClientPool(int clients, const Shared &shared, QObject *parent = nullptr);
    ~StreamClientPool() override;

    //! Connects every client to url, at most window handshakes at a time, each given
    //! handshakeTimeoutMs and up to maxAttempts tries. Call in the pool's thread.
    void connectAll(const QUrl &url, const QList<QByteArray> &tokens, int window,
        int handshakeTimeoutMs, int maxAttempts);
    //! Notes which clients are live as the events start: those are the ones expected to receive
    //! every event. Call in the pool's thread.
    void markDriveStart();
    //! Drops every connection and frees the sockets. Call in the pool's thread.
    void closeAll();

    // Safe from any thread while running.
    int liveCount() const { return m_live.load(std::memory_order_relaxed); }
    int failedCount() const { return m_failed.load(std::memory_order_relaxed); }
    int droppedCount() const { return m_dropped.load(std::memory_order_relaxed); }
    qint64 deliveryCount() const { return m_deliveries.load(std::memory_order_relaxed); }

    // Read only after the pool's thread has finished.
    //! One latency (µs) per delivery, in arrival order.
    const std::vector<qint32> &latenciesUs() const { return m_latencies; }
    //! Per event n: the latency (µs) of its last delivery in this pool, -1 if none.
    const std::vector<qint32> &lastDeliveryUs() const { return m_lastDelivery; }
    //! Clients that were live when the events started.
    int expectedClients() const;
    //! Deliveries of events in acked that never reached a client that was live when sending began.
    qint64 missing(const std::vector<bool> &acked) const;
    //! Clients missing at least one of those events.
    int clientsMissing(const std::vector<bool> &acked) const;
    qint64 duplicates() const { return m_duplicates; }
    qint64 framesReceived() const { return m_frames; }
    qint64 eventFrames() const { return m_eventFrames; }
    qint64 bytesReceived() const { return m_bytes; }
    qint64 heartbeats() const { return m_heartbeats; }
    //! Bench reasons that could not be read, or named an event never sent.
    qint64 anomalies() const { return m_anomalies; }
    qint64 retries() const { return m_retries; }
    //! Why connections failed or dropped, with how often.
    const QMap<QString, int> &problems() const { return m_problems; }

private:
    enum class State { Waiting, Connecting, Live, Failed, Dropped };
    //! Where a connecting client is in its handshake.
    enum class Phase { TcpConnect, Upgrade, Stream };
    struct Client
    {
        int fd = -1;
        QByteArray token;
        State state = State::Waiting;
        Phase phase = Phase::TcpConnect;
        //! Sec-WebSocket-Accept the hub must answer with.
        QByteArray expectedAccept;
        //! Bytes read and not yet consumed (an HTTP answer or partial frames).
        QByteArray in;
        //! A text message arriving in fragments.
        QByteArray message;
        bool liveAtDriveStart = false;
        int attempts = 0;
        qint64 attemptStartedNs = 0;
        //! One bit per event n: delivered.
        std::vector<quint64> seen;
    };

    void pump();
    void startAttempt(int index);
    void attemptFailed(int index, const QString &why);
    void onReady();
    void onSocketEvent(int index, quint32 events);
    //! Writes the handshake request once the TCP connection is up.
    void sendUpgrade(int index);
    //! Reads what arrived; false when the client was closed or failed on the way.
    bool readAvailable(int index);
    bool parseUpgrade(int index);
    bool parseFrames(int index, qint64 nowNs);
    void sendControl(Client &client, quint8 opcode, QByteArrayView payload);
    void onMessage(int index, QByteArrayView bytes, qint64 nowNs);
    void onClosed(int index, const QString &why);
    void checkHandshakes();
    void record(Client &client, qint64 n, qint64 nowNs);
    void discardSocket(Client &client);

    Shared m_shared;
    std::vector<Client> m_clients;
    std::deque<int> m_queue;
    QUrl m_url;
    //! The HTTP request line's target and the Host header, from m_url.
    QByteArray m_target;
    QByteArray m_hostHeader;
    //! The hub's address (sockaddr_in or sockaddr_in6) and its length.
    QByteArray m_address;
    int m_epoll = -1;
    QSocketNotifier *m_notifier = nullptr;
    int m_window = 1;
    int m_handshakeTimeoutMs = 30000;
    int m_maxAttempts = 3;
    int m_inFlight = 0;
    QTimer m_sweep;

    std::atomic<int> m_live{0};
    std::atomic<int> m_failed{0};
    std::atomic<int> m_dropped{0};
    std::atomic<qint64> m_deliveries{0};

    std::vector<qint32> m_latencies;
    std::vector<qint32> m_lastDelivery;
    qint64 m_duplicates = 0;
    qint64 m_frames = 0;
    qint64 m_eventFrames = 0;
    qint64 m_bytes = 0;
    qint64 m_heartbeats = 0;
    qint64 m_anomalies = 0;
    qint64 m_retries = 0;
    QMap<QString, int> m_problems;
};

} // namespace Switchboard::Bench
