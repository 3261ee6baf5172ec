// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

namespace Switchboard::Bench {

//! A switchboard-hub child process on loopback with a throw-away data directory and demo data.
class HubProcess
{
public:
    HubProcess();
    ~HubProcess();
    HubProcess(const HubProcess &) = delete;
    HubProcess &operator=(const HubProcess &) = delete;

    //! Starts the hub and waits (at most timeoutMs) for its "listening on" line.
    bool start(const QString &program, const QString &configPath, int timeoutMs, QString *error);
    //! Sends SIGTERM and waits at most timeoutMs (then SIGKILL); describes how it ended.
    QString stop(int timeoutMs);

    QUrl url() const { return m_url; }
    qint64 pid() const;
    bool isRunning() const { return m_process.state() == QProcess::Running; }

    //! Resident and peak resident memory in KiB from /proc/<pid>/status; -1 when unknown.
    struct Memory
    {
        qint64 rssKiB = -1;
        qint64 peakKiB = -1;
        int threads = -1;
    };
    Memory memory() const;
    //! User plus system CPU seconds the hub has used so far; -1 when unknown.
    double cpuSeconds() const;
    //! Seconds the hub's main (event loop) thread has spent runnable but waiting for a CPU, from
    //! /proc/<pid>/schedstat: high values mean other processes competed for the cores; -1 when
    //! unknown.
    double runQueueWaitSeconds() const;

    //! The hub's --data directory; it lasts as long as this object, so the database can be read
    //! after the hub stopped.
    QString dataPath() const;
    //! Where the hub's stderr goes.
    QString logPath() const;
    //! Copies the hub log to path (replacing it); nothing when path is empty.
    void copyLog(const QString &path) const;
    //! Lines of the hub log that are warnings or errors (at most max of them) and their count.
    QStringList problemLines(int max, int *count) const;

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    QByteArray m_stdout;
    QUrl m_url;
};

} // namespace Switchboard::Bench
