// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WakeDetector.h"

#include "SyncLog.h"

#include <QDateTime>
#include <QNetworkInformation>

namespace Switchboard::Sync {

WakeDetector::WakeDetector(QObject *parent)
    : QObject(parent)
{
    m_monotonic.start();
    m_lastWallMs = QDateTime::currentMSecsSinceEpoch();
    m_timer.setInterval(5000);
    connect(&m_timer, &QTimer::timeout, this, &WakeDetector::check);
    m_timer.start();
    if (QNetworkInformation::loadDefaultBackend()) {
        auto *info = QNetworkInformation::instance();
        connect(info, &QNetworkInformation::reachabilityChanged, this,
            [this](QNetworkInformation::Reachability reachability) {
                if (reachability == QNetworkInformation::Reachability::Online)
                    Q_EMIT networkOnline();
                else if (reachability == QNetworkInformation::Reachability::Disconnected)
                    Q_EMIT networkOffline();
            });
    } else {
        qCDebug(lcSync, "no network information backend; relying on heartbeats and wake checks");
    }
}

void WakeDetector::setTiming(int checkIntervalMs, int sleepThresholdMs)
{
    m_thresholdMs = sleepThresholdMs;
    m_timer.setInterval(checkIntervalMs);
    m_lastWallMs = QDateTime::currentMSecsSinceEpoch();
    m_lastMonotonicMs = m_monotonic.elapsed();
}

void WakeDetector::check()
{
    const qint64 wall = QDateTime::currentMSecsSinceEpoch();
    const qint64 monotonic = m_monotonic.elapsed();
    const qint64 drift = (wall - m_lastWallMs) - (monotonic - m_lastMonotonicMs);
    m_lastWallMs = wall;
    m_lastMonotonicMs = monotonic;
    if (drift > m_thresholdMs) {
        qCInfo(lcSync, "woke from sleep (about %lld s)", drift / 1000);
        Q_EMIT woke();
    }
}

} // namespace Switchboard::Sync
