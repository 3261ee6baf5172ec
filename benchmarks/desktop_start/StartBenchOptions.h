// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <optional>

class QCoreApplication;

namespace Switchboard::Bench {

//! What one run of the start benchmark does, from its command line.
struct StartBenchOptions
{
    qint64 customers = 20000;
    qint64 conversations = 100000;
    qint64 messages = 1000000;
    //! Starts of the desktop timed.
    int runs = 5;
    //! Where the data folder (settings and cache) goes; empty: a temporary folder, removed.
    QString dir;
    QString jsonPath;
    //! The desktop program; empty: the one built next to this program.
    QString switchboard;
    //! The hub the remembered session names. The default is an address where nothing listens,
    //! so the start is an offline one and no sync runs behind the inbox.
    QString hubUrl = QStringLiteral("http://127.0.0.1:9");

    //! Parses the command line; on a bad value prints why and returns nothing.
    static std::optional<StartBenchOptions> fromCommandLine(const QCoreApplication &app);
};

} // namespace Switchboard::Bench
