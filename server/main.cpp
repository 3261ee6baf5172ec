// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Hub.h"
#include "policy/Masking.h"
#include "service/PeopleService.h"
#include "storage/StorageError.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>
#include <csignal>
#include <cstdio>
#include <iostream>
#include <string>
#include <sys/resource.h>
#include <sys/socket.h>
#include <termios.h>
#include <unistd.h>

namespace {

int signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    // Only async-signal-safe work here; the event loop picks the byte up.
    [[maybe_unused]] const ssize_t n = ::write(signalPipe[1], &byte, 1);
}

// Each stream is a socket; the default soft limit (1024) would cap the number of desktops.
void raiseFileLimit()
{
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        setrlimit(RLIMIT_NOFILE, &limit);
    }
}

// Reads one line from standard input without echoing it on a terminal.
QString readPassword(const char *prompt)
{
    const bool tty = ::isatty(STDIN_FILENO);
    termios saved{};
    if (tty) {
        std::fprintf(stderr, "%s", prompt);
        tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    std::string line;
    std::getline(std::cin, line);
    if (tty) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        std::fprintf(stderr, "\n");
    }
    return QString::fromStdString(line);
}

int createAdmin(const Switchboard::Hub::HubConfig &settings, const QString &username)
{
    Switchboard::Hub::Hub hub(settings);
    QString error;
    if (!hub.open(&error)) {
        std::fprintf(stderr, "switchboard-hub: %s\n", qPrintable(error));
        return 2;
    }
    Switchboard::Hub::NewUser user;
    user.username = username;
    user.password = readPassword("Password for the new administrator: ");
    user.profile.role = Switchboard::Domain::Role::Admin;
    try {
        const auto created = hub.people().createUser(user);
        if (!created.ok()) {
            std::fprintf(stderr, "switchboard-hub: %s\n", qPrintable(created.error().message));
            return 2;
        }
    } catch (const Switchboard::Hub::StorageError &e) {
        std::fprintf(stderr, "switchboard-hub: %s\n", e.what());
        return 2;
    }
    std::fprintf(stdout, "administrator %s created\n", qPrintable(username));
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    // The glib event dispatcher walks every registered socket notifier each time one is switched,
    // which every write to a stream does: with thousands of desktops connected that dominated the
    // hub's time (docs/performance.md). Qt's own dispatcher does not.
    if (!qEnvironmentVariableIsSet("QT_NO_GLIB"))
        qputenv("QT_NO_GLIB", "1");
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("switchboard-hub"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SWITCHBOARD_VERSION));
    qSetMessagePattern(
        QStringLiteral("%{time yyyy-MM-ddThh:mm:ss.zzz} %{if-warning}warning %{endif}"
                       "%{if-critical}error %{endif}%{category}: %{message}"));
    // No log line ever carries a whole card number, whoever writes it.
    Switchboard::Policy::Masking::installLogFilter();

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Switchboard hub: the contact centre's system of record, its API and live event stream."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption listen(QStringLiteral("listen"),
        QStringLiteral("Address to listen on (default 127.0.0.1:8080; port 0 picks a free one)."),
        QStringLiteral("HOST:PORT"));
    const QCommandLineOption data(QStringLiteral("data"),
        QStringLiteral("Data directory (the database lives here)."), QStringLiteral("DIR"));
    const QCommandLineOption demo(
        QStringLiteral("demo"), QStringLiteral("Seed a demo contact centre once."));
    const QCommandLineOption config(QStringLiteral("config"),
        QStringLiteral("Configuration file (INI)."), QStringLiteral("FILE"));
    const QCommandLineOption tlsCert(QStringLiteral("tls-cert"),
        QStringLiteral("PEM certificate: serve HTTPS and WSS."), QStringLiteral("FILE"));
    const QCommandLineOption tlsKey(QStringLiteral("tls-key"),
        QStringLiteral("PEM private key of the certificate."), QStringLiteral("FILE"));
    const QCommandLineOption createAdminOption(QStringLiteral("create-admin"),
        QStringLiteral("Create an administrator (password read from standard input) and exit."),
        QStringLiteral("USERNAME"));
    parser.addOptions({listen, data, demo, config, tlsCert, tlsKey, createAdminOption});
    parser.process(app);

    Switchboard::Hub::HubConfig settings;
    QString error;
    const auto fail = [&error](const QString &message) {
        std::fprintf(
            stderr, "switchboard-hub: %s\n", qPrintable(message.isEmpty() ? error : message));
        return 2;
    };
    if (!parser.positionalArguments().isEmpty())
        return fail(QStringLiteral("unexpected argument %1 (see --help)")
                        .arg(parser.positionalArguments().first()));
    if (parser.isSet(config) && !settings.loadFile(parser.value(config), &error))
        return fail(error);
    if (!settings.loadEnvironment(&error))
        return fail(error);
    if (parser.isSet(listen) && !settings.setListen(parser.value(listen), &error))
        return fail(error);
    if (parser.isSet(data))
        settings.dataDir = parser.value(data);
    if (parser.isSet(demo))
        settings.demo = true;
    if (parser.isSet(tlsCert))
        settings.tlsCertFile = parser.value(tlsCert);
    if (parser.isSet(tlsKey))
        settings.tlsKeyFile = parser.value(tlsKey);

    if (parser.isSet(createAdminOption))
        return createAdmin(settings, parser.value(createAdminOption));

    raiseFileLimit();
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        return fail(QStringLiteral("cannot set up signal handling"));
    QSocketNotifier signalNotifier(signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&signalNotifier, &QSocketNotifier::activated, &app, [] {
        char byte;
        [[maybe_unused]] const ssize_t n = ::read(signalPipe[0], &byte, 1);
        QCoreApplication::quit();
    });
    struct sigaction action
    {
    };
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
    std::signal(SIGPIPE, SIG_IGN);

    Switchboard::Hub::Hub hub(settings);
    if (!hub.start(&error))
        return fail(error);
    // The one line scripts and tests wait for: the hub accepts connections from here on.
    std::fprintf(stdout, "switchboard-hub listening on %s\n", qPrintable(hub.url().toString()));
    std::fflush(stdout);
    const int status = app.exec();
    std::fprintf(stdout, "switchboard-hub stopped\n");
    return status;
}
