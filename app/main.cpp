// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppOptions.h"
#include "Application.h"
#include "StartupReport.h"
#include "Translations.h"
#include "policy/Masking.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QSettings>
#include <QTimer>
#include <cstdio>

using namespace Switchboard;

int main(int argc, char *argv[])
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    QApplication app(argc, argv);
    // No log line ever carries a whole card number, whoever writes it.
    Switchboard::Policy::Masking::installLogFilter();
    QApplication::setOrganizationName(QStringLiteral("Switchboard"));
    QApplication::setApplicationName(QStringLiteral("switchboard"));
    QApplication::setApplicationDisplayName(QStringLiteral("Switchboard"));
    QApplication::setApplicationVersion(QStringLiteral(SWITCHBOARD_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("switchboard"));

    int exitCode = 0;
    QString output;
    const auto options = App::AppOptions::parse(QApplication::arguments(), &exitCode, &output);
    if (!options) {
        std::fputs(qPrintable(output), exitCode == 0 ? stdout : stderr);
        return exitCode;
    }
    {
        const QSettings settings = options->dataDir.isEmpty()
            ? QSettings()
            : QSettings(QDir(options->dataDir).filePath(QStringLiteral("switchboard.ini")),
                QSettings::IniFormat);
        App::installTranslations(settings.value(QStringLiteral("ui/language")).toString());
    }

    App::Application application(*options);
    if (!options->screenshot.isEmpty()) {
        // For documentation and support: a picture of the window as the agent sees it.
        QObject::connect(&application, &App::Application::inboxShown, &app, [&] {
            QTimer::singleShot(options->screenshotDelayMs, &app, [&] {
                const bool saved = application.window()->grab().save(options->screenshot);
                std::fprintf(stderr, "%s %s\n", saved ? "saved" : "could not save",
                    qPrintable(options->screenshot));
                QApplication::exit(saved ? 0 : 1);
            });
        });
    }
    if (options->reportStartup) {
        auto *report = new App::StartupReport(sinceMain, &application);
        QObject::connect(&application, &App::Application::inboxShown, report,
            [&application, report] { report->watch(application.window()); });
    }
    application.start();
    return QApplication::exec();
}
