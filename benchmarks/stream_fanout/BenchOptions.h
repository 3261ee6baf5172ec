// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <optional>

class QCoreApplication;

namespace Switchboard::Bench {

//! What one run of the stream fan-out benchmark does, from its command line.
struct BenchOptions
{
    QString hubPath;
    int clients = 2000;
    //! Presence changes per second driven over REST.
    int rate = 200;
    //! Seconds of driving.
    int duration = 20;
    //! Threads that own the WebSocket clients.
    int threads = 1;
    //! WebSocket handshakes in flight at once while connecting.
    int connectBatch = 50;
    //! Upper bound, in seconds, for connecting every client.
    int connectTimeout = 300;
    //! Presence requests in flight at once. QNetworkAccessManager opens at most six HTTP/1.1
    //! connections per host, so with six every request counted as sent is on the wire at once and
    //! its latency is the hub's, not a queue inside the benchmark. A hub that cannot keep up makes
    //! the driver fall behind the rate instead.
    int maxInFlight = 6;
    QString jsonPath;
    QString hubLogPath;
    //! Passed to the hub as --config; empty for its defaults.
    QString hubConfigPath;

    //! Events the run plans to send (rate × duration).
    qint64 plannedEvents() const { return qint64(rate) * duration; }

    //! Parses the command line; on a bad value prints why and returns nothing.
    static std::optional<BenchOptions> fromCommandLine(const QCoreApplication &app);
};

} // namespace Switchboard::Bench
