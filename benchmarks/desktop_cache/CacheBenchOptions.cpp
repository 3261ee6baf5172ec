// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CacheBenchOptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <cstdio>

namespace Switchboard::Bench {

namespace {

// Reads a count option into out when given; false (after saying why) when it is out of range.
template <typename T>
bool readCount(const QCommandLineParser &parser, const QCommandLineOption &option, qint64 min,
    qint64 max, T &out)
{
    if (!parser.isSet(option))
        return true;
    bool ok = false;
    const qint64 value = parser.value(option).toLongLong(&ok);
    if (ok && value >= min && value <= max) {
        out = T(value);
        return true;
    }
    std::fprintf(stderr, "switchboard-bench-cache: --%s takes a whole number from %lld to %lld\n",
        qPrintable(option.names().constFirst()), min, max);
    return false;
}

} // namespace

std::optional<CacheBenchOptions> CacheBenchOptions::fromCommandLine(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Builds a desktop cache of contact-centre size, times opening it to the first inbox "
        "page and full-text searches, reads the memory used, then times the first sync of the "
        "same data from a switchboard-hub on loopback. Targets: first sync >= 50,000 "
        "messages/s, first page <= 50 ms, search <= 30 ms."));
    parser.addHelpOption();
    const QCommandLineOption conversations(QStringLiteral("conversations"),
        QStringLiteral("Conversations in the cache (default 100000)."), QStringLiteral("N"));
    const QCommandLineOption messages(QStringLiteral("messages"),
        QStringLiteral("Messages in the cache (default 1000000)."), QStringLiteral("N"));
    const QCommandLineOption customers(QStringLiteral("customers"),
        QStringLiteral("Customers in the cache (default 20000)."), QStringLiteral("N"));
    const QCommandLineOption syncMessages(QStringLiteral("sync-messages"),
        QStringLiteral("Messages on the hub for the first sync; conversations and customers "
                       "shrink in proportion (default: the cache's data set)."),
        QStringLiteral("N"));
    const QCommandLineOption dir(QStringLiteral("dir"),
        QStringLiteral("Keep the generated cache and hub data here, and reuse them when they "
                       "match (default: a temporary folder, removed)."),
        QStringLiteral("PATH"));
    const QCommandLineOption json(QStringLiteral("json"),
        QStringLiteral("Also write the results to this JSON file."), QStringLiteral("FILE"));
    const QCommandLineOption pageRuns(QStringLiteral("page-runs"),
        QStringLiteral("Fresh opens timed per inbox scenario (default 20)."), QStringLiteral("N"));
    const QCommandLineOption searchRuns(QStringLiteral("search-runs"),
        QStringLiteral("Runs timed per search term (default 30)."), QStringLiteral("N"));
    const QCommandLineOption noSync(
        QStringLiteral("no-sync"), QStringLiteral("Skip the first-sync part."));
    const QCommandLineOption batchRecords(QStringLiteral("batch-records"),
        QStringLiteral("Messages and calls per stored batch of the first sync (default 20000, "
                       "as the desktop)."),
        QStringLiteral("N"));
    parser.addOptions({conversations, messages, customers, syncMessages, dir, json, pageRuns,
        searchRuns, noSync, batchRecords});
    parser.process(app);
    if (!parser.positionalArguments().isEmpty()) {
        std::fprintf(stderr, "switchboard-bench-cache: unexpected argument %s (see --help)\n",
            qPrintable(parser.positionalArguments().constFirst()));
        return std::nullopt;
    }
    CacheBenchOptions o;
    o.dir = parser.value(dir);
    o.jsonPath = parser.value(json);
    o.skipSync = parser.isSet(noSync);
    constexpr qint64 Large = 100'000'000;
    if (!readCount(parser, customers, 1, Large, o.customers)
        || !readCount(parser, conversations, 1, Large, o.conversations)
        || !readCount(parser, messages, 0, Large, o.messages)
        || !readCount(parser, syncMessages, 0, Large, o.syncMessages)
        || !readCount(parser, pageRuns, 1, 10000, o.pageRuns)
        || !readCount(parser, searchRuns, 1, 10000, o.searchRuns)
        || !readCount(parser, batchRecords, 1, Large, o.batchRecords))
        return std::nullopt;
    if (o.customers > o.conversations) {
        std::fprintf(stderr,
            "switchboard-bench-cache: --customers must not exceed --conversations "
            "(each customer has at least one)\n");
        return std::nullopt;
    }
    return o;
}

} // namespace Switchboard::Bench
