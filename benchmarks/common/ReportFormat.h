// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <utility>
#include <vector>

namespace Switchboard::Bench {

//! Latency percentiles in milliseconds.
struct LatencySummary
{
    qint64 samples = 0;
    double p50 = -1;
    double p90 = -1;
    double p99 = -1;
    double max = -1;

    //! Summarises microsecond samples; reorders them.
    static LatencySummary of(std::vector<qint32> &microseconds);
    QJsonObject toJson() const;
    //! "p50 1.0  p90 2.0  p99 3.0  max 4.0"
    QString text() const;
};

//! How the benchmarks print their figures.
namespace Format {
//! Milliseconds with one decimal; "n/a" when negative.
QString ms(double value);
//! A whole percentage; "n/a" when negative.
QString percent(double value);
//! KiB as MiB with one decimal; "n/a" when negative.
QString mib(qint64 kib);
QJsonObject countsToJson(const QMap<QString, int> &map);
//! Rows as "name | value" lines, the names padded to one width.
QString table(const QList<std::pair<QString, QString>> &rows);
} // namespace Format

} // namespace Switchboard::Bench
