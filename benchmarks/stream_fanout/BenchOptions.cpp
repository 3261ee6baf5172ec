// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BenchOptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <cstdio>

namespace Switchboard::Bench {

namespace {

bool readInt(
    const QCommandLineParser &parser, const QCommandLineOption &option, int min, int max, int *out)
{
    if (!parser.isSet(option))
        return true;
    bool ok = false;
    const int value = parser.value(option).toInt(&ok);
    if (!ok || value < min || value > max) {
        std::fprintf(stderr, "switchboard-bench-stream: --%s must be a whole number %d-%d\n",
            qPrintable(option.names().constFirst()), min, max);
        return false;
    }
    *out = value;
    return true;
}

} // namespace

std::optional<BenchOptions> BenchOptions::fromCommandLine(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Starts a demo hub on loopback, opens many live streams, drives presence changes over "
        "REST at a fixed rate and measures how long each event takes to reach every stream."));
    parser.addHelpOption();
    const QCommandLineOption hub(QStringLiteral("hub"),
        QStringLiteral("switchboard-hub to start (default: the one beside this program)."),
        QStringLiteral("PATH"));
    const QCommandLineOption clients(QStringLiteral("clients"),
        QStringLiteral("WebSocket clients to connect (default 2000)."), QStringLiteral("N"));
    const QCommandLineOption rate(QStringLiteral("rate"),
        QStringLiteral("Presence changes per second (default 200)."), QStringLiteral("R"));
    const QCommandLineOption duration(QStringLiteral("duration"),
        QStringLiteral("Seconds of driving (default 20)."), QStringLiteral("D"));
    const QCommandLineOption threads(QStringLiteral("threads"),
        QStringLiteral("Threads owning the clients (default 1)."), QStringLiteral("N"));
    const QCommandLineOption batch(QStringLiteral("connect-batch"),
        QStringLiteral("Handshakes in flight while connecting (default 50)."), QStringLiteral("N"));
    const QCommandLineOption connectTimeout(QStringLiteral("connect-timeout"),
        QStringLiteral("Seconds allowed for connecting all clients (default 300)."),
        QStringLiteral("S"));
    const QCommandLineOption inFlight(QStringLiteral("max-in-flight"),
        QStringLiteral("Presence requests in flight at once (default 6, one per HTTP connection)."),
        QStringLiteral("N"));
    const QCommandLineOption json(QStringLiteral("json"),
        QStringLiteral("Also write the results to this JSON file."), QStringLiteral("FILE"));
    const QCommandLineOption hubLog(QStringLiteral("hub-log"),
        QStringLiteral("Keep the hub's log (stderr) in this file."), QStringLiteral("FILE"));
    const QCommandLineOption hubConfig(QStringLiteral("hub-config"),
        QStringLiteral("Start the hub with this configuration file (e.g. to try another "
                       "stream/batch_milliseconds)."),
        QStringLiteral("FILE"));
    parser.addOptions({hub, clients, rate, duration, threads, batch, connectTimeout, inFlight, json,
        hubLog, hubConfig});
    parser.process(app);
    if (!parser.positionalArguments().isEmpty()) {
        std::fprintf(stderr, "switchboard-bench-stream: unexpected argument %s (see --help)\n",
            qPrintable(parser.positionalArguments().constFirst()));
        return std::nullopt;
    }

    BenchOptions o;
    o.hubPath = parser.isSet(hub)
        ? parser.value(hub)
        : QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("switchboard-hub"));
    o.jsonPath = parser.value(json);
    o.hubLogPath = parser.value(hubLog);
    o.hubConfigPath = parser.isSet(hubConfig)
        ? QFileInfo(parser.value(hubConfig)).absoluteFilePath()
        : QString();
    if (!readInt(parser, clients, 1, 50000, &o.clients) || !readInt(parser, rate, 1, 10000, &o.rate)
        || !readInt(parser, duration, 1, 600, &o.duration)
        || !readInt(parser, threads, 1, 16, &o.threads)
        || !readInt(parser, batch, 1, 1000, &o.connectBatch)
        || !readInt(parser, connectTimeout, 5, 3600, &o.connectTimeout)
        || !readInt(parser, inFlight, 1, 1000, &o.maxInFlight))
        return std::nullopt;
    if (o.plannedEvents() > 1'000'000) {
        std::fprintf(
            stderr, "switchboard-bench-stream: rate × duration must stay under 1,000,000 events\n");
        return std::nullopt;
    }
    return o;
}

} // namespace Switchboard::Bench
