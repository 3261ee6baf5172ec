// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StartBenchOptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QUrl>
#include <cstdio>

namespace Switchboard::Bench {

std::optional<StartBenchOptions> StartBenchOptions::fromCommandLine(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Builds a desktop cache of contact-centre size, remembers a signed-in session for it "
        "(settings, and a token in the Secret Service), then starts the real switchboard "
        "program on an X server several times and times each start to the first painted "
        "inbox; reads its memory once the inbox is painted and 2 s later. Runs itself inside "
        "xvfb-run and a D-Bus session with an unlocked gnome-keyring. Targets: <= 300 ms to "
        "the painted inbox, <= 120 MB resident."));
    parser.addHelpOption();
    const auto option = [](const char *name, const char *description, const char *value) {
        return QCommandLineOption(QString::fromLatin1(name), QString::fromLatin1(description),
            QString::fromLatin1(value));
    };
    const QCommandLineOption conversations
        = option("conversations", "Conversations in the cache (default 100000).", "N");
    const QCommandLineOption messages
        = option("messages", "Messages in the cache (default 1000000).", "N");
    const QCommandLineOption customers
        = option("customers", "Customers in the cache (default 20000).", "N");
    const QCommandLineOption runs = option("runs", "Starts timed (default 5).", "N");
    const QCommandLineOption dir = option("dir",
        "Keep the data folder (settings and cache) here, and reuse a cache of the same size "
        "(default: a temporary folder, removed).",
        "PATH");
    const QCommandLineOption json
        = option("json", "Also write the results to this JSON file.", "FILE");
    const QCommandLineOption switchboard = option(
        "switchboard", "The desktop program (default: switchboard next to this program).", "PATH");
    const QCommandLineOption hub = option("hub",
        "The hub of the remembered session (default http://127.0.0.1:9, where nothing "
        "listens: an offline start).",
        "URL");
    parser.addOptions({conversations, messages, customers, runs, dir, json, switchboard, hub});
    parser.process(app);

    StartBenchOptions o;
    bool valid = parser.positionalArguments().isEmpty();
    // Reads a count option when given; says why and clears valid when it is out of range.
    const auto count = [&](const QCommandLineOption &which, qint64 min, qint64 max) {
        if (!parser.isSet(which))
            return std::optional<qint64>();
        bool ok = false;
        const qint64 value = parser.value(which).toLongLong(&ok);
        if (!ok || value < min || value > max) {
            std::fprintf(stderr,
                "switchboard-bench-start: --%s takes a whole number from %lld to %lld\n",
                qPrintable(which.names().constFirst()), min, max);
            valid = false;
            return std::optional<qint64>();
        }
        return std::optional<qint64>(value);
    };
    constexpr qint64 Large = 100'000'000;
    o.customers = count(customers, 1, Large).value_or(o.customers);
    o.conversations = count(conversations, 1, Large).value_or(o.conversations);
    o.messages = count(messages, 0, Large).value_or(o.messages);
    o.runs = int(count(runs, 1, 1000).value_or(o.runs));
    if (!parser.isSet(customers))
        o.customers = std::min(o.customers, o.conversations);
    if (o.customers > o.conversations) {
        std::fprintf(stderr,
            "switchboard-bench-start: --customers must not exceed "
            "--conversations (each customer has at least one)\n");
        valid = false;
    }
    o.dir = parser.value(dir);
    o.jsonPath = parser.value(json);
    o.switchboard = parser.value(switchboard);
    if (parser.isSet(hub))
        o.hubUrl = parser.value(hub);
    const QUrl url(o.hubUrl);
    if (!url.isValid() || !url.scheme().startsWith(QLatin1String("http"))) {
        std::fprintf(stderr, "switchboard-bench-start: --hub must be an http(s) address\n");
        valid = false;
    }
    if (!parser.positionalArguments().isEmpty())
        std::fprintf(stderr, "switchboard-bench-start: unexpected argument %s (see --help)\n",
            qPrintable(parser.positionalArguments().constFirst()));
    return valid ? std::optional(o) : std::nullopt;
}

} // namespace Switchboard::Bench
