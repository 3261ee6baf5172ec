// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HubProcess.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QFile>
#include <QHostAddress>
#include <QRegularExpression>
#include <QTimer>
#include <unistd.h>

namespace Switchboard::Bench {

HubProcess::HubProcess()
{
    m_dir.setAutoRemove(true);
}

HubProcess::~HubProcess()
{
    if (isRunning())
        stop(5000);
}

qint64 HubProcess::pid() const
{
    return m_process.processId();
}

QString HubProcess::dataPath() const
{
    return m_dir.filePath(QStringLiteral("data"));
}

QString HubProcess::logPath() const
{
    return m_dir.filePath(QStringLiteral("hub.log"));
}

bool HubProcess::start(
    const QString &program, const QString &configPath, int timeoutMs, QString *error)
{
    if (!m_dir.isValid()) {
        *error = QStringLiteral("cannot create a temporary data directory");
        return false;
    }
    // Only the port is left to the hub; the address is loopback by construction.
    m_process.setProgram(program);
    QStringList arguments;
    if (!configPath.isEmpty())
        arguments << QStringLiteral("--config") << configPath;
    // The command line wins over the file, so the address and data stay the benchmark's.
    arguments << QStringLiteral("--listen") << QStringLiteral("127.0.0.1:0")
              << QStringLiteral("--data") << dataPath() << QStringLiteral("--demo");
    m_process.setArguments(arguments);
    // The demo's data, without its live traffic: only what the benchmark sends is measured.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("SWITCHBOARD_DEMO_TRAFFIC_SECONDS"), QStringLiteral("0"));
    m_process.setProcessEnvironment(environment);
    // A file rather than a pipe: a hub that logs a lot must never block on a full pipe.
    m_process.setStandardErrorFile(logPath());
    QObject::connect(&m_process, &QProcess::readyReadStandardOutput, &m_process,
        [this] { m_stdout.append(m_process.readAllStandardOutput()); });
    m_process.start();
    if (!m_process.waitForStarted(timeoutMs)) {
        *error = QStringLiteral("cannot start %1: %2").arg(program, m_process.errorString());
        return false;
    }

    static const QRegularExpression line(
        QStringLiteral("switchboard-hub listening on (http://[^\\s]+)"));
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (!isRunning() || line.match(QString::fromUtf8(m_stdout)).hasMatch())
            loop.quit();
    });
    const QDeadlineTimer deadline(timeoutMs);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (deadline.hasExpired())
            loop.quit();
    });
    poll.start(20);
    loop.exec();

    const auto match = line.match(QString::fromUtf8(m_stdout));
    if (!match.hasMatch()) {
        *error = isRunning()
            ? QStringLiteral("the hub did not report listening within %1 ms").arg(timeoutMs)
            : QStringLiteral("the hub exited (code %1) before listening; see %2")
                  .arg(m_process.exitCode())
                  .arg(logPath());
        return false;
    }
    m_url = QUrl(match.captured(1));
    if (!QHostAddress(m_url.host()).isLoopback()) {
        *error = QStringLiteral("the hub listens on %1, which is not loopback").arg(m_url.host());
        return false;
    }
    return true;
}

QString HubProcess::stop(int timeoutMs)
{
    if (m_process.state() == QProcess::NotRunning) {
        return m_process.exitStatus() == QProcess::CrashExit
            ? QStringLiteral("had crashed before the end")
            : QStringLiteral("had exited before the end with code %1").arg(m_process.exitCode());
    }
    m_process.terminate(); // SIGTERM
    if (m_process.waitForFinished(timeoutMs)) {
        return m_process.exitStatus() == QProcess::NormalExit
            ? QStringLiteral("stopped on SIGTERM with code %1").arg(m_process.exitCode())
            : QStringLiteral("crashed while stopping");
    }
    m_process.kill();
    m_process.waitForFinished(timeoutMs);
    return QStringLiteral("did not stop within %1 ms of SIGTERM; killed").arg(timeoutMs);
}

HubProcess::Memory HubProcess::memory() const
{
    Memory out;
    QFile status(QStringLiteral("/proc/%1/status").arg(pid()));
    if (pid() <= 0 || !status.open(QIODevice::ReadOnly))
        return out;
    const QList<QByteArray> lines = status.readAll().split('\n');
    const auto number = [](const QByteArray &l) {
        return l.mid(l.indexOf(':') + 1).trimmed().split(' ').constFirst().toLongLong();
    };
    for (const QByteArray &l : lines) {
        if (l.startsWith("VmRSS:"))
            out.rssKiB = number(l);
        else if (l.startsWith("VmHWM:"))
            out.peakKiB = number(l);
        else if (l.startsWith("Threads:"))
            out.threads = int(number(l));
    }
    return out;
}

double HubProcess::cpuSeconds() const
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid()));
    if (pid() <= 0 || !stat.open(QIODevice::ReadOnly))
        return -1;
    // The command name may hold spaces; the fields after its closing parenthesis do not.
    const QByteArray all = stat.readAll();
    const QList<QByteArray> fields = all.mid(all.lastIndexOf(')') + 2).split(' ');
    // Fields 14 and 15 of proc(5), counted from the state (field 3) here.
    if (fields.size() < 13)
        return -1;
    const double ticks = double(::sysconf(_SC_CLK_TCK));
    return (fields[11].toLongLong() + fields[12].toLongLong()) / ticks;
}

double HubProcess::runQueueWaitSeconds() const
{
    QFile schedstat(QStringLiteral("/proc/%1/schedstat").arg(pid()));
    if (pid() <= 0 || !schedstat.open(QIODevice::ReadOnly))
        return -1;
    // "time on CPU (ns), time waiting on a run queue (ns), time slices"
    const QList<QByteArray> fields = schedstat.readAll().trimmed().split(' ');
    return fields.size() >= 2 ? fields[1].toLongLong() / 1e9 : -1;
}

void HubProcess::copyLog(const QString &path) const
{
    if (path.isEmpty())
        return;
    QFile::remove(path);
    QFile::copy(logPath(), path);
}

QStringList HubProcess::problemLines(int max, int *count) const
{
    QStringList out;
    *count = 0;
    QFile log(logPath());
    if (!log.open(QIODevice::ReadOnly))
        return out;
    for (const QByteArray &l : log.readAll().split('\n')) {
        if (l.contains(" warning ") || l.contains(" error ")) {
            ++*count;
            if (out.size() < max)
                out.append(QString::fromUtf8(l));
        }
    }
    return out;
}

} // namespace Switchboard::Bench
