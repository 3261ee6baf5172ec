// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <optional>

class QCoreApplication;

namespace Switchboard::Bench {

//! What one run of the webhook benchmark does, from its command line.
struct WebhookBenchOptions
{
    QString hubPath;
    //! One phase per rate, run one after the other against the same hub; 0: as fast as the hub
    //! answers within the in-flight bound.
    QList<int> rates{200, 0};
    //! Seconds of posting per phase.
    int duration = 20;
    //! Requests in flight at once, spread over the connections (pipelined on each).
    int inFlight = 64;
    //! Keep-alive HTTP/1.1 connections to the hub.
    int connections = 8;
    //! Distinct senders per identity kind: repeat senders join their customer.
    int senders = 5000;
    //! Share of posts, in percent, that repeat an acknowledged delivery (a provider retrying).
    double duplicatePercent = 1.0;
    QString jsonPath;
    QString hubLogPath;
    //! Appended to the benchmark's hub configuration (e.g. [http] threads).
    QString extraConfigPath;

    //! Parses the command line; on a bad value prints why and returns nothing.
    static std::optional<WebhookBenchOptions> fromCommandLine(const QCoreApplication &app);
};

} // namespace Switchboard::Bench
