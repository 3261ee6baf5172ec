// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CacheBenchReport.h"
#include "domain/Ids.h"

#include <QString>
#include <QStringList>

namespace Switchboard::Bench {

//! Parts 2 to 4: opening the cache to the first inbox page, full-text search, and the memory
//! that takes.
class ReadBenchmark
{
public:
    //! Rows the inbox asks for per page.
    static constexpr int PageSize = 100;
    //! Hits the search box asks for.
    static constexpr int SearchLimit = 50;

    //! me is the signed-in agent (for the Mine scope); searchTerms as the agent would type them.
    ReadBenchmark(
        QString path, Domain::Id me, QStringList searchTerms, int pageRuns, int searchRuns);

    //! False with a reason if the cache cannot be opened.
    bool run(CacheBenchReport &report, QString *error);

private:
    bool timePages(CacheBenchReport &report, QString *error);
    bool timeSearches(CacheBenchReport &report, QString *error);

    QString m_path;
    Domain::Id m_me;
    QStringList m_searchTerms;
    int m_pageRuns;
    int m_searchRuns;
};

} // namespace Switchboard::Bench
