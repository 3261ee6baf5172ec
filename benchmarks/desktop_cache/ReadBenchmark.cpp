// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReadBenchmark.h"

#include "store/CacheDatabase.h"
#include "store/CacheError.h"
#include "store/CacheReader.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <memory>

namespace Switchboard::Bench {

using Store::InboxFilter;

namespace {

double millisSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// A field of /proc/self/status in kB ("VmHWM", "VmRSS"); 0 where there is none.
qint64 statusKb(const QByteArray &field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray prefix = field + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(field.size() + 1).trimmed().split(' ').constFirst().toLongLong();
    }
    return 0;
}

// Building the cache in this process raised the peak; "5" resets it (Linux 4.0 and later), so
// the peak read afterwards is that of opening and paging alone.
void resetPeakRss()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
}

} // namespace

ReadBenchmark::ReadBenchmark(
    QString path, Domain::Id me, QStringList searchTerms, int pageRuns, int searchRuns)
    : m_path(std::move(path))
    , m_me(me)
    , m_searchTerms(std::move(searchTerms))
    , m_pageRuns(pageRuns)
    , m_searchRuns(searchRuns)
{
}

bool ReadBenchmark::run(CacheBenchReport &report, QString *error)
{
    resetPeakRss();
    try {
        if (!timePages(report, error) || !timeSearches(report, error))
            return false;
    } catch (const Store::CacheError &e) {
        *error = e.message();
        return false;
    }
    report.memory.peakRssKb = statusKb("VmHWM");
    report.memory.rssKb = statusKb("VmRSS");
    report.memory.cacheFileBytes = QFileInfo(m_path).size();
    return true;
}

bool ReadBenchmark::timePages(CacheBenchReport &report, QString *error)
{
    struct Scenario
    {
        const char *name;
        InboxFilter::Scope scope;
        InboxFilter::Sort sort;
    };
    // The first is what the inbox shows after sign-in: the default filter.
    const Scenario scenarios[] = {
        {"Mine, SLA due (default)", InboxFilter::Scope::Mine, InboxFilter::Sort::SlaDue},
        {"Mine, last activity", InboxFilter::Scope::Mine, InboxFilter::Sort::LastActivity},
        {"All, SLA due", InboxFilter::Scope::All, InboxFilter::Sort::SlaDue},
        {"All, last activity", InboxFilter::Scope::All, InboxFilter::Sort::LastActivity},
    };
    for (const Scenario &scenario : scenarios) {
        CacheBenchReport::Page page;
        page.scenario = QString::fromLatin1(scenario.name);
        InboxFilter filter;
        filter.scope = scenario.scope;
        filter.sort = scenario.sort;
        for (int run = 0; run < m_pageRuns; ++run) {
            QElapsedTimer timer;
            timer.start();
            auto db = std::make_unique<Store::CacheDatabase>();
            const auto opened = db->open(m_path);
            if (!opened.ok || opened.recreated) {
                *error = QStringLiteral("cannot open the cache: %1").arg(opened.error);
                return false;
            }
            Store::CacheReader reader(*db);
            const QList<Store::InboxRow> rows
                = reader.inboxPage(filter, m_me, std::nullopt, PageSize);
            page.samples.add(millisSince(timer));
            page.rows = int(rows.size());
        }
        report.pages << page;
    }
    return true;
}

bool ReadBenchmark::timeSearches(CacheBenchReport &report, QString *error)
{
    Store::CacheDatabase db;
    const auto opened = db.open(m_path);
    if (!opened.ok) {
        *error = QStringLiteral("cannot open the cache: %1").arg(opened.error);
        return false;
    }
    Store::CacheReader reader(db);
    for (const QString &term : std::as_const(m_searchTerms)) {
        CacheBenchReport::Search search;
        search.term = term;
        for (int run = 0; run < m_searchRuns; ++run) {
            QElapsedTimer timer;
            timer.start();
            const QList<Store::SearchHit> hits = reader.search(term, SearchLimit);
            search.samples.add(millisSince(timer));
            search.hits = int(hits.size());
        }
        report.searches << search;
    }
    return true;
}

} // namespace Switchboard::Bench
