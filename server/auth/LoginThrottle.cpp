// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LoginThrottle.h"

namespace Switchboard::Hub {

namespace {
// Addresses are shared by a whole office behind one NAT, so they get more room than a username.
constexpr int AddressFactor = 4;
// After this long without a failure beyond the longest lockout, earlier failures are forgotten.
constexpr int QuietSeconds = 15 * 60;
} // namespace

LoginThrottle::LoginThrottle(int freeAttempts, int baseLockoutSeconds, int maxLockoutSeconds)
    : m_freeAttempts(freeAttempts)
    , m_baseLockout(baseLockoutSeconds)
    , m_maxLockout(maxLockoutSeconds)
{
}

int LoginThrottle::wait(
    const QHash<QString, Entry> &table, const QString &key, const QDateTime &now) const
{
    const auto it = table.constFind(key);
    if (it == table.cend() || !it->lockedUntil.isValid() || it->lockedUntil <= now)
        return 0;
    return int(qMax<qint64>(1, (now.msecsTo(it->lockedUntil) + 999) / 1000));
}

int LoginThrottle::retryAfter(
    const QString &username, const QString &address, const QDateTime &now) const
{
    return qMax(wait(m_byUser, username.toCaseFolded(), now), wait(m_byAddress, address, now));
}

void LoginThrottle::fail(QHash<QString, Entry> &table, const QString &key, const QDateTime &now)
{
    Entry &entry = table[key];
    if (entry.lastFailure.isValid() && entry.lastFailure.secsTo(now) > m_maxLockout + QuietSeconds)
        entry = Entry();
    entry.lastFailure = now;
    ++entry.failures;
    const int free = &table == &m_byAddress ? m_freeAttempts * AddressFactor : m_freeAttempts;
    if (entry.failures < free)
        return;
    const int doublings = qMin(entry.failures - free, 16);
    const qint64 seconds = qMin<qint64>(qint64(m_baseLockout) << doublings, m_maxLockout);
    entry.lockedUntil = now.addSecs(seconds);
}

void LoginThrottle::recordFailure(
    const QString &username, const QString &address, const QDateTime &now)
{
    fail(m_byUser, username.toCaseFolded(), now);
    fail(m_byAddress, address, now);
}

void LoginThrottle::recordSuccess(const QString &username)
{
    m_byUser.remove(username.toCaseFolded());
}

} // namespace Switchboard::Hub
