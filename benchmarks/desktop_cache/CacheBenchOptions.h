// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <optional>

class QCoreApplication;

namespace Switchboard::Bench {

//! What one run of the cache benchmark does, from its command line.
struct CacheBenchOptions
{
    qint64 customers = 20000;
    qint64 conversations = 100000;
    qint64 messages = 1000000;
    //! Messages in the hub's data set for the first sync; 0: the same data set as the cache.
    qint64 syncMessages = 0;
    //! Where the cache and the hub's data go; empty: a temporary folder removed at the end.
    QString dir;
    QString jsonPath;
    //! Fresh opens timed per inbox scenario.
    int pageRuns = 20;
    //! Runs timed per search term.
    int searchRuns = 30;
    bool skipSync = false;
    //! Records per stored batch of the first sync (SyncEngine::Settings::firstSyncBatchRecords).
    qint64 batchRecords = 20000;

    //! Parses the command line; on a bad value prints why and returns nothing.
    static std::optional<CacheBenchOptions> fromCommandLine(const QCoreApplication &app);
};

} // namespace Switchboard::Bench
