// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>

namespace Switchboard::Hub {

//! Slows down password guessing: after a few failures for the same username or from the same
//! address, further attempts are refused for a period that doubles with every failure. Failures
//! are forgotten after a quiet period as long as the longest lockout plus 15 minutes.
class LoginThrottle
{
public:
    //! freeAttempts failures are allowed before the first lockout of baseLockoutSeconds.
    LoginThrottle(int freeAttempts = 5, int baseLockoutSeconds = 30, int maxLockoutSeconds = 900);

    //! Seconds to wait before this attempt may be tried; 0 when it may go ahead now.
    int retryAfter(const QString &username, const QString &address, const QDateTime &now) const;
    void recordFailure(const QString &username, const QString &address, const QDateTime &now);
    //! A success forgets the username's failures (not the address's: one right password must
    //! not unlock guessing at every other account from the same place).
    void recordSuccess(const QString &username);

private:
    struct Entry
    {
        int failures = 0;
        QDateTime lockedUntil;
        QDateTime lastFailure;
    };
    void fail(QHash<QString, Entry> &table, const QString &key, const QDateTime &now);
    int wait(const QHash<QString, Entry> &table, const QString &key, const QDateTime &now) const;

    int m_freeAttempts;
    int m_baseLockout;
    int m_maxLockout;
    QHash<QString, Entry> m_byUser;
    QHash<QString, Entry> m_byAddress;
};

} // namespace Switchboard::Hub
