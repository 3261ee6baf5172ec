// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WebhookBenchOptions.h"
#include "WebhookBenchmark.h"

#include <QCoreApplication>
#include <csignal>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("switchboard-bench-webhooks"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SWITCHBOARD_VERSION));
    // A hub that goes away mid-write must not end the benchmark before it reports.
    std::signal(SIGPIPE, SIG_IGN);
    const auto options = Switchboard::Bench::WebhookBenchOptions::fromCommandLine(app);
    if (!options)
        return 2;
    Switchboard::Bench::WebhookBenchmark benchmark(*options);
    return benchmark.run();
}
