// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StartRun.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>

namespace Switchboard::Bench {

namespace {

// A start slower than this is reported as failed rather than waited for.
constexpr int StartTimeoutMs = 60000;
// The desktop's second line comes 2 s after the first.
constexpr int LaterTimeoutMs = 10000;

// A "VmRSS:"-style line of /proc/<pid>/status, in KiB; 0 if absent.
qint64 statusKb(qint64 pid, const QByteArray &field)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    // readAll(): /proc files report a size of 0, so atEnd() would stop at once.
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(field.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

// Waits for a line of standard error that matches, gathering what comes before it.
QRegularExpressionMatch waitForLine(QProcess &process, const QRegularExpression &pattern,
    int timeoutMs, QByteArray &buffer, QByteArray &log)
{
    QElapsedTimer waited;
    waited.start();
    while (true) {
        qsizetype end;
        while ((end = buffer.indexOf('\n')) >= 0) {
            const QByteArray line = buffer.left(end);
            buffer.remove(0, end + 1);
            log += line + '\n';
            const auto match = pattern.match(QString::fromUtf8(line));
            if (match.hasMatch())
                return match;
        }
        const qint64 left = timeoutMs - waited.elapsed();
        if (left <= 0 || process.state() == QProcess::NotRunning)
            return {};
        // Wakes as soon as the line is written, so the time taken after it is a poll's.
        if (process.waitForReadyRead(int(left)))
            buffer += process.readAllStandardError();
    }
}

} // namespace

StartRun::StartRun(QString program, QString dataDir)
    : m_program(std::move(program))
    , m_dataDir(std::move(dataDir))
{
}

StartRun::Result StartRun::run()
{
    static const QRegularExpression painted(QStringLiteral(
        "^startup: inbox painted after (-?\\d+) ms \\((\\d+) ms after main\\), (\\d+) rows, rss "
        "(-?\\d+) KiB"));
    static const QRegularExpression later(QStringLiteral("^startup: rss (-?\\d+) KiB"));
    Result result;
    QProcess process;
    process.setReadChannel(QProcess::StandardError);
    process.setStandardOutputFile(QProcess::nullDevice());
    process.setStandardInputFile(QProcess::nullDevice());
    QByteArray buffer;
    QByteArray log;
    QElapsedTimer sinceFork;
    sinceFork.start();
    process.start(
        m_program, {QStringLiteral("--data-dir"), m_dataDir, QStringLiteral("--report-startup")});
    if (!process.waitForStarted()) {
        result.error = QStringLiteral("cannot start %1: %2").arg(m_program, process.errorString());
        return result;
    }
    const auto first = waitForLine(process, painted, StartTimeoutMs, buffer, log);
    if (first.hasMatch()) {
        result.paintedMs = double(sinceFork.nsecsElapsed()) / 1e6;
        result.appSinceStartMs = first.captured(1).toLongLong();
        result.appSinceMainMs = first.captured(2).toLongLong();
        result.rows = first.captured(3).toInt();
        result.rssPaintedKb = first.captured(4).toLongLong();
        const auto second = waitForLine(process, later, LaterTimeoutMs, buffer, log);
        // Read from outside as well, at the same moment: the number the target is about.
        result.rssLaterKb = statusKb(process.processId(), "VmRSS:");
        result.peakRssKb = statusKb(process.processId(), "VmHWM:");
        if (!second.hasMatch())
            result.error = QStringLiteral("no memory report 2 s after the inbox");
    } else {
        result.error = process.state() == QProcess::NotRunning
            ? QStringLiteral("the desktop ended (exit code %1) before painting the inbox")
                  .arg(process.exitCode())
            : QStringLiteral("no painted inbox within %1 s").arg(StartTimeoutMs / 1000);
    }
    if (!result.error.isEmpty())
        result.error += QStringLiteral("; its output:\n") + QString::fromUtf8(log + buffer);
    process.terminate();
    if (!process.waitForFinished(5000)) {
        process.kill();
        process.waitForFinished(5000);
    }
    return result;
}

} // namespace Switchboard::Bench
