// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>

namespace Switchboard::Bench {

class HubProcess;

//! The CPU the hub and this benchmark used over a stretch of wall time, from its construction
//! to usage().
class CpuWindow
{
public:
    explicit CpuWindow(const HubProcess &hub);

    struct Usage
    {
        double wallSeconds = 0;
        //! The hub's user plus system CPU seconds; -1 when unknown.
        double hubSeconds = -1;
        //! 100 % = one core.
        double hubPercent = -1;
        double benchPercent = -1;
        //! Share of the time the hub's main thread was ready to run but had no CPU.
        double hubRunQueueWaitPercent = -1;

        //! Hub CPU milliseconds per unit of work; -1 when unknown or count is 0.
        double hubMsPer(qint64 count) const
        {
            return hubSeconds < 0 || count <= 0 ? -1 : 1000.0 * hubSeconds / double(count);
        }
    };
    Usage usage() const;

private:
    const HubProcess &m_hub;
    QElapsedTimer m_wall;
    double m_hubCpu;
    double m_benchCpu;
    double m_hubWait;
};

} // namespace Switchboard::Bench
