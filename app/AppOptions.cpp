// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppOptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>
#include <QUrl>

namespace Switchboard::App {

std::optional<AppOptions> AppOptions::parse(
    const QStringList &arguments, int *exitCode, QString *output)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "AppOptions", "Switchboard: calls, email and social messages for contact-centre agents."));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
        QCoreApplication::translate("AppOptions", "Show this help and exit."));
    const QCommandLineOption version(QStringList{QStringLiteral("v"), QStringLiteral("version")},
        QCoreApplication::translate("AppOptions", "Show the version and exit."));
    const QCommandLineOption hub(QStringLiteral("hub"),
        QCoreApplication::translate(
            "AppOptions", "The hub to sign in to, e.g. https://hub.example.com."),
        QStringLiteral("URL"));
    const QCommandLineOption user(QStringLiteral("user"),
        QCoreApplication::translate("AppOptions", "The user name to sign in with."),
        QStringLiteral("NAME"));
    const QCommandLineOption passwordStdin(QStringLiteral("password-stdin"),
        QCoreApplication::translate("AppOptions",
            "Read the password from the first line of standard input and sign in at once."));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
        QCoreApplication::translate(
            "AppOptions", "Keep settings and local data in DIR instead of the usual places."),
        QStringLiteral("DIR"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
        QCoreApplication::translate("AppOptions",
            "Save a picture of the main window to FILE once it shows the inbox, then quit."),
        QStringLiteral("FILE"));
    const QCommandLineOption reportStartup(QStringLiteral("report-startup"),
        QCoreApplication::translate("AppOptions",
            "Print how long the start took, and the memory in use, on standard error once the "
            "inbox first shows conversations."));
    parser.addOptions(
        {help, version, hub, user, passwordStdin, dataDir, screenshot, reportStartup});
    if (!parser.parse(arguments)) {
        *exitCode = 2;
        *output = parser.errorText() + QLatin1Char('\n');
        return std::nullopt;
    }
    if (parser.isSet(help)) {
        *exitCode = 0;
        *output = parser.helpText();
        return std::nullopt;
    }
    if (parser.isSet(version)) {
        *exitCode = 0;
        *output = QStringLiteral("switchboard %1\n").arg(QStringLiteral(SWITCHBOARD_VERSION));
        return std::nullopt;
    }
    AppOptions options;
    options.hubUrl = parser.value(hub);
    options.username = parser.value(user);
    options.dataDir = parser.value(dataDir);
    options.screenshot = parser.value(screenshot);
    options.reportStartup = parser.isSet(reportStartup);
    if (!options.hubUrl.isEmpty()) {
        const QUrl url(options.hubUrl);
        if (!url.isValid()
            || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
            *exitCode = 2;
            *output = QCoreApplication::translate(
                "AppOptions", "--hub must be an http:// or https:// address\n");
            return std::nullopt;
        }
    }
    if (parser.isSet(passwordStdin)) {
        if (options.hubUrl.isEmpty() || options.username.isEmpty()) {
            *exitCode = 2;
            *output = QCoreApplication::translate(
                "AppOptions", "--password-stdin needs --hub and --user\n");
            return std::nullopt;
        }
        QTextStream in(stdin);
        options.password = in.readLine();
    }
    return options;
}

} // namespace Switchboard::App
