// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace Switchboard::App {

//! What the command line asked for.
struct AppOptions
{
    QString hubUrl;
    QString username;
    //! Read from standard input (--password-stdin), for scripted starts such as the demo.
    std::optional<QString> password;
    //! Where settings and caches live instead of the platform's folders (--data-dir).
    QString dataDir;
    //! Save a picture of the main window here once the inbox is shown, then quit.
    QString screenshot;
    int screenshotDelayMs = 1500;
    //! Say on standard error how long the start took once the inbox paints (--report-startup).
    bool reportStartup = false;

    //! Parses arguments; on --help/--version or an error, fills exitCode and output.
    static std::optional<AppOptions> parse(
        const QStringList &arguments, int *exitCode, QString *output);
};

} // namespace Switchboard::App
