// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QStringList>
#include <QUrl>

namespace Switchboard::Test {

//! The real switchboard-hub program, started as its own process (for restarts and kills), with
//! the demo's live traffic off.
class HubProcess
{
public:
    //! The hub binary built with the tests.
    static QString binary();

    explicit HubProcess(QStringList arguments);
    ~HubProcess();

    //! Starts it and waits for the "listening on" line; false with the output if it failed.
    bool start(QString *error = nullptr, int timeoutMs = 30000);
    QUrl url() const { return m_url; }
    //! Sends SIGTERM and waits; returns the exit code (-1 if it did not exit).
    int terminate(int timeoutMs = 10000);
    //! SIGKILL: the hub gets no chance to clean up.
    void kill();
    QString output() const { return m_output; }
    QStringList &arguments() { return m_arguments; }

private:
    QStringList m_arguments;
    QProcess m_process;
    QUrl m_url;
    QString m_output;
};

} // namespace Switchboard::Test
