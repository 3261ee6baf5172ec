// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>

namespace Switchboard::Bench {

//! Timings of repeated runs of one measurement, in milliseconds.
class Samples
{
public:
    void add(double ms) { m_values << ms; }
    int count() const { return int(m_values.size()); }
    double median() const { return percentile(50); }
    //! Nearest-rank percentile (p in 0-100); 0 without samples.
    double percentile(double p) const;
    double max() const;
    //! count, median, p95 and max.
    QJsonObject toJson() const;

private:
    QList<double> m_values;
};

} // namespace Switchboard::Bench
