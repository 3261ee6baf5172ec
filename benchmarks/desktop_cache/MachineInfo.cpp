// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MachineInfo.h"

#include <QFile>
#include <QRegularExpression>
#include <thread>

namespace Switchboard::Bench {

QString MachineInfo::describe()
{
    QString cpu;
    QFile cpuinfo(QStringLiteral("/proc/cpuinfo"));
    if (cpuinfo.open(QIODevice::ReadOnly)) {
        static const QRegularExpression model(QStringLiteral("model name\\s*:\\s*([^\\n]+)"));
        cpu = model.match(QString::fromUtf8(cpuinfo.readAll())).captured(1).trimmed();
    }
    qint64 memoryKb = 0;
    QFile meminfo(QStringLiteral("/proc/meminfo"));
    if (meminfo.open(QIODevice::ReadOnly))
        memoryKb
            = meminfo.readLine().split(':').value(1).trimmed().split(' ').value(0).toLongLong();
    return QStringLiteral("%1, %2 cores, %3 GiB")
        .arg(cpu.isEmpty() ? QStringLiteral("unknown processor") : cpu)
        .arg(std::thread::hardware_concurrency())
        .arg(double(memoryKb) / 1024 / 1024, 0, 'f', 0);
}

} // namespace Switchboard::Bench
