// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Samples.h"

#include <algorithm>
#include <cmath>

namespace Switchboard::Bench {

double Samples::percentile(double p) const
{
    if (m_values.isEmpty())
        return 0;
    QList<double> sorted = m_values;
    std::sort(sorted.begin(), sorted.end());
    const auto rank = qsizetype(std::ceil(p / 100.0 * double(sorted.size())));
    return sorted.at(std::clamp<qsizetype>(rank - 1, 0, sorted.size() - 1));
}

double Samples::max() const
{
    return m_values.isEmpty() ? 0 : *std::max_element(m_values.begin(), m_values.end());
}

QJsonObject Samples::toJson() const
{
    return {{QStringLiteral("runs"), count()}, {QStringLiteral("median_ms"), median()},
        {QStringLiteral("p95_ms"), percentile(95)}, {QStringLiteral("max_ms"), max()}};
}

} // namespace Switchboard::Bench
