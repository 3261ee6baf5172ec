// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>
#include <functional>

namespace Switchboard::Bench {

//! What the benchmarks that drive a hub process share about the machine and their own process.
namespace Environment {
//! Bounds on the waits every hub-driving benchmark makes.
inline constexpr int HubStartTimeoutMs = 60000;
inline constexpr int RequestTimeoutMs = 15000;
inline constexpr int HandshakeTimeoutMs = 30000;
inline constexpr int HandshakeAttempts = 3;
inline constexpr int ThreadStopTimeoutMs = 10000;
//! After the last request: how long deliveries may stall before the rest count as missing.
inline constexpr int DrainStallMs = 5000;
//! The demo users' password (switchboard-hub --demo).
inline constexpr char DemoPassword[] = "switchboard";

//! A progress line on stderr, flushed at once.
void progress(const QString &line);
//! User plus system CPU seconds this process has used.
double cpuSeconds();
//! "2 cores, 7.8 GiB RAM, <model name>".
QString machineDescription();
//! The one-minute load average; -1 when unknown.
double loadAverage();
//! Writes json to path; false (with a message on stderr naming program) when it cannot.
bool writeJson(const QString &path, const QJsonObject &json, const char *program);
//! Runs the event loop until done() or timeoutMs, calling progress about every two seconds;
//! true when done() became true.
bool waitUntil(const std::function<bool()> &done, qint64 timeoutMs,
    const std::function<void()> &progress = {});
} // namespace Environment

} // namespace Switchboard::Bench
