// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BoardBenchmark.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <csignal>
#include <cstdio>

using Switchboard::Bench::BoardBenchmark;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("switchboard-bench-board"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SWITCHBOARD_VERSION));
    std::signal(SIGPIPE, SIG_IGN);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Agents of a real hub change state; measures the time from each PUT's response to the "
        "matching board.agent row on a supervisor's stream."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption hub(QStringLiteral("hub"),
        QStringLiteral("The switchboard-hub program (default: the one beside this program)."),
        QStringLiteral("path"));
    const QCommandLineOption agents(QStringLiteral("agents"),
        QStringLiteral("Agents that each change state once (default 500)."), QStringLiteral("n"));
    const QCommandLineOption spread(QStringLiteral("spread"),
        QStringLiteral("Seconds the changes are spread over (default 5)."), QStringLiteral("s"));
    const QCommandLineOption json(QStringLiteral("json"),
        QStringLiteral("Also write the results as JSON to this file."), QStringLiteral("path"));
    parser.addOptions({hub, agents, spread, json});
    parser.process(app);

    BoardBenchmark::Options options;
    options.hubPath = parser.isSet(hub)
        ? parser.value(hub)
        : QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("switchboard-hub"));
    bool ok = true;
    if (parser.isSet(agents))
        options.agents = parser.value(agents).toInt(&ok);
    if (ok && parser.isSet(spread))
        options.spreadSeconds = parser.value(spread).toDouble(&ok);
    if (!ok || options.agents < 1 || options.agents > 5000 || options.spreadSeconds <= 0) {
        std::fputs(
            "switchboard-bench-board: --agents must be 1-5000 and --spread positive\n", stderr);
        return 2;
    }
    options.jsonPath = parser.value(json);
    BoardBenchmark benchmark(options);
    return benchmark.run();
}
