// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StartupReport.h"

#include "item/InboxModel.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QFile>
#include <QTimer>
#include <QWidget>
#include <cstdio>
#include <ctime>
#include <unistd.h>

namespace Switchboard::App {

namespace {

// How long the memory is left to settle (deferred loads, the first sync attempt) before the
// second reading.
constexpr int IdleMs = 2000;

// Milliseconds since the kernel started this process, or -1 where /proc cannot tell. The
// kernel counts in clock ticks (10 ms here), so this covers the loader and static
// initialisers that the timer from main() cannot see, at that resolution.
qint64 msSinceProcessStart()
{
#ifdef Q_OS_LINUX
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    // The command name in field 2 may hold spaces; the fields after it are plain numbers.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    // Field 22, the start time, is the 20th after the name.
    bool ok = false;
    const qint64 startTicks = fields.value(19).toLongLong(&ok);
    timespec now{};
    if (!ok || clock_gettime(CLOCK_BOOTTIME, &now) != 0)
        return -1;
    const qint64 ticksPerSecond = sysconf(_SC_CLK_TCK);
    return qint64(now.tv_sec) * 1000 + now.tv_nsec / 1000000 - startTicks * 1000 / ticksPerSecond;
#else
    return -1;
#endif
}

// Resident memory in KiB, or -1 where /proc cannot tell.
qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    // readAll(): /proc files report a size of 0, so atEnd() would stop at once.
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

} // namespace

StartupReport::StartupReport(QElapsedTimer sinceMain, QObject *parent)
    : QObject(parent)
    , m_sinceMain(sinceMain)
{
}

void StartupReport::watch(QWidget *window)
{
    if (m_painted || m_view)
        return;
    // The view that shows the inbox model; the window keeps its widgets to itself.
    const auto views = window->findChildren<QAbstractItemView *>();
    for (QAbstractItemView *view : views) {
        if (qobject_cast<Item::InboxModel *>(view->model())) {
            m_view = view;
            view->viewport()->installEventFilter(this);
            view->viewport()->update();
            return;
        }
    }
}

bool StartupReport::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && m_view && watched == m_view->viewport() && !m_painted
        && m_view->model() && m_view->model()->rowCount() > 0) {
        m_painted = true;
        watched->removeEventFilter(this);
        // Queued, so the time is taken once this paint has been drawn and flushed to the screen.
        QMetaObject::invokeMethod(this, &StartupReport::reportPainted, Qt::QueuedConnection);
    }
    return QObject::eventFilter(watched, event);
}

void StartupReport::reportPainted()
{
    const qint64 sinceMain = m_sinceMain.elapsed();
    const qint64 sinceStart = msSinceProcessStart();
    std::fprintf(stderr,
        "startup: inbox painted after %lld ms (%lld ms after main), %d rows, rss %lld KiB\n",
        sinceStart, sinceMain, m_view ? m_view->model()->rowCount() : 0, residentKiB());
    std::fflush(stderr);
    QTimer::singleShot(IdleMs, this, [] {
        std::fprintf(stderr, "startup: rss %lld KiB %d ms later\n", residentKiB(), IdleMs);
        std::fflush(stderr);
    });
}

} // namespace Switchboard::App
