// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WebhookBenchOptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <cstdio>

namespace Switchboard::Bench {

std::optional<WebhookBenchOptions> WebhookBenchOptions::fromCommandLine(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Starts a demo hub on loopback with the Meta, X and Twilio webhooks configured, posts "
        "signed deliveries from many senders, counts what the hub acknowledged and stored, and "
        "measures the time from each POST to its event on a supervisor's live stream."));
    parser.addHelpOption();
    const QCommandLineOption hub(QStringLiteral("hub"),
        QStringLiteral("switchboard-hub to start (default: the one beside this program)."),
        QStringLiteral("PATH"));
    const QCommandLineOption rate(QStringLiteral("rate"),
        QStringLiteral("Deliveries per second, one phase per comma-separated value; 0 = as fast "
                       "as the hub answers (default 200,0)."),
        QStringLiteral("R[,R…]"));
    const QCommandLineOption duration(QStringLiteral("duration"),
        QStringLiteral("Seconds of posting per phase (default 20)."), QStringLiteral("S"));
    const QCommandLineOption inFlight(QStringLiteral("in-flight"),
        QStringLiteral("Requests in flight at once (default 64)."), QStringLiteral("N"));
    const QCommandLineOption connections(QStringLiteral("connections"),
        QStringLiteral("Keep-alive connections the requests are pipelined on (default 8)."),
        QStringLiteral("N"));
    const QCommandLineOption senders(QStringLiteral("senders"),
        QStringLiteral("Distinct senders per identity kind (default 5000)."), QStringLiteral("N"));
    const QCommandLineOption duplicates(QStringLiteral("duplicates"),
        QStringLiteral("Percent of posts that repeat an acknowledged delivery (default 1)."),
        QStringLiteral("P"));
    const QCommandLineOption json(QStringLiteral("json"),
        QStringLiteral("Also write the results to this JSON file."), QStringLiteral("FILE"));
    const QCommandLineOption hubLog(QStringLiteral("hub-log"),
        QStringLiteral("Keep the hub's log (stderr) in this file."), QStringLiteral("FILE"));
    const QCommandLineOption extraConfig(QStringLiteral("hub-config"),
        QStringLiteral("Append this file to the hub's configuration (e.g. [http] threads)."),
        QStringLiteral("FILE"));
    parser.addOptions({hub, rate, duration, inFlight, connections, senders, duplicates, json,
        hubLog, extraConfig});
    parser.process(app);

    WebhookBenchOptions o;
    const auto bad = [](const QString &what) {
        std::fprintf(stderr, "switchboard-bench-webhooks: %s\n", qPrintable(what));
        return std::nullopt;
    };
    if (!parser.positionalArguments().isEmpty())
        return bad(QStringLiteral("unexpected argument %1 (see --help)")
                       .arg(parser.positionalArguments().constFirst()));
    o.hubPath = parser.isSet(hub)
        ? parser.value(hub)
        : QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("switchboard-hub"));
    o.jsonPath = parser.value(json);
    o.hubLogPath = parser.value(hubLog);
    if (parser.isSet(extraConfig))
        o.extraConfigPath = QFileInfo(parser.value(extraConfig)).absoluteFilePath();

    struct Bound
    {
        const QCommandLineOption &option;
        int min;
        int max;
        int *out;
    };
    for (const Bound &b : {Bound{duration, 1, 600, &o.duration},
             Bound{inFlight, 1, 4096, &o.inFlight}, Bound{connections, 1, 256, &o.connections},
             Bound{senders, 1, 10'000'000, &o.senders}}) {
        if (!parser.isSet(b.option))
            continue;
        bool ok = false;
        *b.out = parser.value(b.option).toInt(&ok);
        if (!ok || *b.out < b.min || *b.out > b.max)
            return bad(QStringLiteral("--%1 must be a whole number %2-%3")
                           .arg(b.option.names().constFirst())
                           .arg(b.min)
                           .arg(b.max));
    }
    if (parser.isSet(rate)) {
        o.rates.clear();
        for (const QString &part : parser.value(rate).split(u',')) {
            bool ok = false;
            const int r = part.trimmed().toInt(&ok);
            if (!ok || r < 0 || r > 100'000)
                return bad(QStringLiteral("--rate takes whole numbers 0-100000, comma-separated"));
            o.rates.append(r);
        }
    }
    if (parser.isSet(duplicates)) {
        bool ok = false;
        o.duplicatePercent = parser.value(duplicates).toDouble(&ok);
        if (!ok || o.duplicatePercent < 0 || o.duplicatePercent > 50)
            return bad(QStringLiteral("--duplicates must be a percentage 0-50"));
    }
    return o;
}

} // namespace Switchboard::Bench
