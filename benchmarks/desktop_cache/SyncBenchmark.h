// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CacheBenchReport.h"

#include <QString>

namespace Switchboard::Bench {

//! Part 5: the first sign-in's sync (InitialSync) from the real switchboard-hub program into
//! an empty cache. The hub runs as its own process so it and the desktop side share the cores
//! as they would on one machine, without sharing an event loop.
class SyncBenchmark
{
public:
    //! The signed-in user: a supervisor's working set is every open or pending conversation.
    static QString username() { return QStringLiteral("supervisor"); }

    SyncBenchmark(QString hubDataDir, QString cachePath, qint64 batchRecords);

    //! Fills in result; false with a reason if the hub or the sync failed.
    bool run(CacheBenchReport::Sync &result, QString *error);

private:
    QString m_hubDataDir;
    QString m_cachePath;
    qint64 m_batchRecords;
};

} // namespace Switchboard::Bench
