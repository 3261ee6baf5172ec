// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CacheBuilder.h"
#include "DataSet.h"
#include "DesktopSession.h"
#include "MachineInfo.h"
#include "StartBenchOptions.h"
#include "StartBenchReport.h"
#include "StartRun.h"
#include "store/CachePaths.h"
#include "sync/TokenVault.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrl>
#include <cstdio>
#include <memory>

namespace {

using namespace Switchboard;
using namespace Switchboard::Bench;

constexpr quint64 Seed = 1;
// Any token: with the default hub nothing checks it, and the desktop only needs one to restore
// the session instead of asking for a password.
const QByteArray Token = QByteArrayLiteral("switchboard-bench-start");

int fail(const QString &what, const QString &why)
{
    std::fprintf(stderr, "switchboard-bench-start: %s: %s\n", qPrintable(what), qPrintable(why));
    return 1;
}

// Saves the token where the desktop's TokenVault looks for it, as a sign-in on an earlier start
// would have; false with the reason if the Secret Service did not keep it.
bool storeToken(const QString &account, QString *error)
{
    Sync::TokenVault vault;
    QEventLoop loop;
    bool persistent = false;
    QObject::connect(&vault, &Sync::TokenVault::persistenceUnavailable,
        [error](const QString &reason) { *error = reason; });
    QObject::connect(&vault, &Sync::TokenVault::stored, &loop, [&](const QString &, bool kept) {
        persistent = kept;
        loop.quit();
    });
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    vault.store(account, Token);
    loop.exec();
    if (!persistent && error->isEmpty())
        *error = QStringLiteral("the keychain did not answer");
    return persistent;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("switchboard-bench-start"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SWITCHBOARD_VERSION));
    const auto options = StartBenchOptions::fromCommandLine(app);
    if (!options)
        return 2;
    if (!DesktopSession::isInside())
        return DesktopSession::runInside(
            QCoreApplication::applicationFilePath(), QCoreApplication::arguments().mid(1));

    const QString program = !options->switchboard.isEmpty()
        ? options->switchboard
        : QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("switchboard"));
    if (!QFileInfo(program).isExecutable())
        return fail(program, QStringLiteral("not an executable program (see --switchboard)"));

    std::unique_ptr<QTemporaryDir> temporary;
    QString dir = options->dir;
    if (dir.isEmpty()) {
        temporary = std::make_unique<QTemporaryDir>();
        dir = temporary->path();
    }
    dir = QDir(dir).absolutePath();
    QDir().mkpath(dir);

    // The data folder as a start after an earlier sign-in leaves it: the account remembered in
    // the settings, its cache at the account's path, its token in the keychain.
    const DataSet data({options->customers, options->conversations, options->messages},
        DataSet::fixtureStaff(), Seed);
    const QString username = data.staff().agent1.username;
    const QUrl hubUrl(options->hubUrl);
    const QString cachePath = Store::CachePaths::cacheFile(
        hubUrl, username, QDir(dir).filePath(QStringLiteral("data")));
    QDir().mkpath(QFileInfo(cachePath).path());

    StartBenchReport report;
    report.machine = MachineInfo::describe();
    report.command = QCoreApplication::arguments().join(QLatin1Char(' '));
    report.display = QStringLiteral("Xvfb (xvfb-run), 1920x1080x24, platform xcb");
    QString error;
    std::fprintf(stderr, "building the cache in %s\n", qPrintable(cachePath));
    if (!CacheBuilder(data, cachePath).run(report.build, &error))
        return fail(QStringLiteral("building the cache"), error);
    {
        QSettings settings(
            QDir(dir).filePath(QStringLiteral("switchboard.ini")), QSettings::IniFormat);
        settings.setValue(QStringLiteral("account/hub"), options->hubUrl);
        settings.setValue(QStringLiteral("account/user"), username);
    }
    if (!storeToken(Store::CachePaths::accountKey(hubUrl, username), &error))
        return fail(QStringLiteral("storing the session token"), error);

    for (int i = 0; i < options->runs; ++i) {
        std::fprintf(stderr, "start %d of %d\n", i + 1, options->runs);
        report.starts << StartRun(program, dir).run();
    }
    report.print();
    if (!options->jsonPath.isEmpty() && !report.writeJson(options->jsonPath, &error))
        return fail(options->jsonPath, error);
    return report.complete() ? 0 : 1;
}
