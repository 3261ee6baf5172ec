// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DesktopSession.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <cstdio>

namespace Switchboard::Bench {

namespace {

const char *const InsideVariable = "SWITCHBOARD_BENCH_START_SESSION";

// Unlocks (and on a fresh home creates) the login keyring, then becomes the program.
const QString UnlockThenRun = QStringLiteral(
    "echo -n switchboard-bench | gnome-keyring-daemon --unlock --components=secrets >/dev/null "
    "&& exec \"$@\"");

} // namespace

bool DesktopSession::isInside()
{
    return qEnvironmentVariableIsSet(InsideVariable);
}

int DesktopSession::runInside(const QString &program, const QStringList &arguments)
{
    QTemporaryDir home;
    if (!home.isValid()) {
        std::fprintf(stderr, "switchboard-bench-start: no temporary folder for the session\n");
        return 1;
    }
    const QDir dir(home.path());
    dir.mkpath(QStringLiteral("run"));
    QFile::setPermissions(dir.filePath(QStringLiteral("run")),
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(
        QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral(".local/share")));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral(".config")));
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), dir.filePath(QStringLiteral("run")));
    environment.insert(QString::fromLatin1(InsideVariable), QStringLiteral("1"));
    // A full-HD screen, as an agent's; the session's D-Bus and keyring live inside the X run.
    QStringList wrapped{QStringLiteral("-a"), QStringLiteral("-s"),
        QStringLiteral("-screen 0 1920x1080x24 -nolisten tcp"), QStringLiteral("dbus-run-session"),
        QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"), UnlockThenRun,
        QStringLiteral("sh"), program};
    wrapped << arguments;
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::ForwardedChannels);
    process.setInputChannelMode(QProcess::ForwardedInputChannel);
    process.start(QStringLiteral("xvfb-run"), wrapped);
    if (!process.waitForStarted()) {
        std::fprintf(stderr, "switchboard-bench-start: cannot run xvfb-run: %s\n",
            qPrintable(process.errorString()));
        return 1;
    }
    process.waitForFinished(-1);
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : 1;
}

} // namespace Switchboard::Bench
