// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CpuWindow.h"

#include "BenchEnvironment.h"
#include "HubProcess.h"

namespace Switchboard::Bench {

CpuWindow::CpuWindow(const HubProcess &hub)
    : m_hub(hub)
    , m_hubCpu(hub.cpuSeconds())
    , m_benchCpu(Environment::cpuSeconds())
    , m_hubWait(hub.runQueueWaitSeconds())
{
    m_wall.start();
}

CpuWindow::Usage CpuWindow::usage() const
{
    Usage u;
    u.wallSeconds = std::max(1e-9, double(m_wall.nsecsElapsed()) / 1e9);
    const double hubCpu = m_hub.cpuSeconds();
    if (m_hubCpu >= 0 && hubCpu >= 0) {
        u.hubSeconds = hubCpu - m_hubCpu;
        u.hubPercent = 100.0 * u.hubSeconds / u.wallSeconds;
    }
    u.benchPercent = 100.0 * (Environment::cpuSeconds() - m_benchCpu) / u.wallSeconds;
    const double hubWait = m_hub.runQueueWaitSeconds();
    if (m_hubWait >= 0 && hubWait >= 0)
        u.hubRunQueueWaitPercent = 100.0 * (hubWait - m_hubWait) / u.wallSeconds;
    return u;
}

} // namespace Switchboard::Bench
