// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Switchboard::Bench {

//! The session an agent's desktop starts in: an X server, a D-Bus session bus and an unlocked
//! Secret Service. The benchmark runs itself again inside fresh ones (xvfb-run,
//! dbus-run-session, gnome-keyring-daemon) under a temporary home, so the X server is up before
//! the first start, as on a desktop, and the machine's own keyring is never touched.
class DesktopSession
{
public:
    //! True in the copy of the program that runs inside the session.
    static bool isInside();
    //! Runs program with arguments inside a fresh session, its output on ours; its exit code.
    static int runInside(const QString &program, const QStringList &arguments);
};

} // namespace Switchboard::Bench
