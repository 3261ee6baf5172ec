// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Backoff.h"

#include <QRandomGenerator>
#include <algorithm>

namespace Switchboard::Sync {

int Backoff::next()
{
    const qint64 ceiling = std::min<qint64>(m_capMs, qint64(m_baseMs) << std::min(m_attempt, 20));
    ++m_attempt;
    const qint64 floor = std::min<qint64>(m_baseMs / 2, ceiling);
    return int(floor + QRandomGenerator::global()->bounded(ceiling - floor + 1));
}

} // namespace Switchboard::Sync
