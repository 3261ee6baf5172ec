// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace Switchboard::Bench {

//! SplitMix64: a tiny generator whose output depends only on its seed, so every record of the
//! data set can be rebuilt from its id alone, in any order, on any platform.
class Rng
{
public:
    //! One stream per (seed, key): records of different kinds never share a stream.
    Rng(quint64 seed, quint64 key)
        : m_state(seed * 0x9E3779B97F4A7C15ULL + key)
    {
        next();
    }

    //! The next 64 random bits.
    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    //! A number in [0, bound); bound must be positive.
    int below(int bound) { return int(next() % quint64(bound)); }
    //! True with the given chance in percent.
    bool percent(int chance) { return below(100) < chance; }

    //! A value that depends only on (seed, key), without a generator to carry around.
    static quint64 hash(quint64 seed, quint64 key) { return Rng(seed, key).next(); }

private:
    quint64 m_state;
};

} // namespace Switchboard::Bench
