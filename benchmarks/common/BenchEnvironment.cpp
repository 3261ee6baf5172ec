// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BenchEnvironment.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QThread>
#include <QTimer>
#include <cstdio>
#include <sys/resource.h>

namespace Switchboard::Bench::Environment {

void progress(const QString &line)
{
    std::fprintf(stderr, "%s\n", qPrintable(line));
    std::fflush(stderr);
}

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

QString machineDescription()
{
    QString cpu = QStringLiteral("unknown CPU");
    QFile cpuinfo(QStringLiteral("/proc/cpuinfo"));
    if (cpuinfo.open(QIODevice::ReadOnly)) {
        for (const QByteArray &l : cpuinfo.readAll().split('\n')) {
            if (l.startsWith("model name")) {
                cpu = QString::fromUtf8(l.mid(l.indexOf(':') + 1).trimmed());
                break;
            }
        }
    }
    double ramGiB = -1;
    QFile meminfo(QStringLiteral("/proc/meminfo"));
    if (meminfo.open(QIODevice::ReadOnly)) {
        for (const QByteArray &l : meminfo.readAll().split('\n')) {
            if (l.startsWith("MemTotal:"))
                ramGiB = l.mid(9).trimmed().split(' ').constFirst().toDouble() / 1048576.0;
        }
    }
    return QStringLiteral("%1 cores, %2 GiB RAM, %3")
        .arg(QThread::idealThreadCount())
        .arg(ramGiB, 0, 'f', 1)
        .arg(cpu);
}

double loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? f.readAll().split(' ').constFirst().toDouble() : -1;
}

bool writeJson(const QString &path, const QJsonObject &json, const char *program)
{
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || out.write(QJsonDocument(json).toJson()) < 0) {
        std::fprintf(stderr, "%s: cannot write %s\n", program, qPrintable(path));
        return false;
    }
    return true;
}

bool waitUntil(const std::function<bool()> &done, qint64 timeoutMs,
    const std::function<void()> &progressReport)
{
    if (done())
        return true;
    const QDeadlineTimer deadline(timeoutMs);
    QDeadlineTimer nextProgress(2000);
    bool ok = false;
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done()) {
            ok = true;
            loop.quit();
        } else if (deadline.hasExpired()) {
            loop.quit();
        } else if (progressReport && nextProgress.hasExpired()) {
            progressReport();
            nextProgress.setRemainingTime(2000);
        }
    });
    poll.start(20);
    loop.exec();
    return ok;
}

} // namespace Switchboard::Bench::Environment
