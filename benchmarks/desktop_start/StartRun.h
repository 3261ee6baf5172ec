// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Switchboard::Bench {

//! One start of the real desktop program on a prepared data folder, timed from outside: from
//! just before fork and exec until its --report-startup line says the inbox was painted.
class StartRun
{
public:
    struct Result
    {
        //! Empty when the start went through.
        QString error;
        //! Fork and exec to the painted inbox, as this program saw it.
        double paintedMs = 0;
        //! The desktop's own view: since the kernel started it (10 ms steps), and since main().
        qint64 appSinceStartMs = 0;
        qint64 appSinceMainMs = 0;
        int rows = 0;
        //! Resident memory when the inbox was painted and 2 s later, and the peak by then.
        qint64 rssPaintedKb = 0;
        qint64 rssLaterKb = 0;
        qint64 peakRssKb = 0;
    };

    StartRun(QString program, QString dataDir);
    //! Starts the program, waits for the painted inbox and the memory 2 s later, then ends it.
    Result run();

private:
    QString m_program;
    QString m_dataDir;
};

} // namespace Switchboard::Bench
