// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Switchboard::Sync {

//! Exponential backoff with full jitter: the n-th delay is uniform in [base/2, min(cap, base·2ⁿ)],
//! so a hub coming back is not hit by every desktop at the same instant.
class Backoff
{
public:
    Backoff(int baseMs = 1000, int capMs = 60000)
        : m_baseMs(baseMs)
        , m_capMs(capMs)
    {
    }
    //! The delay before the next attempt; each call lengthens the following one.
    int next();
    void reset() { m_attempt = 0; }
    int attempts() const { return m_attempt; }
    void setLimits(int baseMs, int capMs)
    {
        m_baseMs = baseMs;
        m_capMs = capMs;
    }

private:
    int m_baseMs;
    int m_capMs;
    int m_attempt = 0;
};

} // namespace Switchboard::Sync
