// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace Switchboard::Sync {

//! Notices the machine waking from sleep and the network coming back, the two moments a
//! connection that looks open is most likely dead.
//!
//! Sleep: the monotonic clock stops while the machine sleeps and the wall clock does not, so a
//! periodic check that sees the wall clock run far ahead of the monotonic one has slept.
//! Network: QNetworkInformation's reachability, where the platform has a backend for it.
class WakeDetector : public QObject
{
    Q_OBJECT
public:
    explicit WakeDetector(QObject *parent = nullptr);
    //! How often to compare the clocks, and the gap that counts as a sleep.
    void setTiming(int checkIntervalMs, int sleepThresholdMs);

Q_SIGNALS:
    void woke();
    void networkOnline();
    void networkOffline();

private:
    void check();

    QTimer m_timer;
    QElapsedTimer m_monotonic;
    qint64 m_lastWallMs = 0;
    qint64 m_lastMonotonicMs = 0;
    int m_thresholdMs = 15000;
};

} // namespace Switchboard::Sync
