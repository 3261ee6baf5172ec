// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportFormat.h"

#include <QStringList>
#include <algorithm>
#include <cmath>

namespace Switchboard::Bench {

namespace {

double percentile(std::vector<qint32> &values, double p)
{
    // Nearest rank: the smallest value with at least p of the samples at or below it.
    const auto rank = std::size_t(std::max(1.0, std::ceil(p * double(values.size())))) - 1;
    std::nth_element(values.begin(), values.begin() + qsizetype(rank), values.end());
    return values[rank] / 1000.0;
}

} // namespace

LatencySummary LatencySummary::of(std::vector<qint32> &microseconds)
{
    LatencySummary s;
    s.samples = qint64(microseconds.size());
    if (microseconds.empty())
        return s;
    s.p50 = percentile(microseconds, 0.50);
    s.p90 = percentile(microseconds, 0.90);
    s.p99 = percentile(microseconds, 0.99);
    s.max = *std::max_element(microseconds.begin(), microseconds.end()) / 1000.0;
    return s;
}

QJsonObject LatencySummary::toJson() const
{
    return {{QStringLiteral("samples"), samples}, {QStringLiteral("p50_ms"), p50},
        {QStringLiteral("p90_ms"), p90}, {QStringLiteral("p99_ms"), p99},
        {QStringLiteral("max_ms"), max}};
}

QString LatencySummary::text() const
{
    return QStringLiteral("p50 %1  p90 %2  p99 %3  max %4")
        .arg(Format::ms(p50), Format::ms(p90), Format::ms(p99), Format::ms(max));
}

namespace Format {

QString ms(double value)
{
    return value < 0 ? QStringLiteral("n/a") : QString::number(value, 'f', 1);
}

QString percent(double value)
{
    return value < 0 ? QStringLiteral("n/a") : QString::number(value, 'f', 0) + u'%';
}

QString mib(qint64 kib)
{
    return kib < 0 ? QStringLiteral("n/a")
                   : QString::number(kib / 1024.0, 'f', 1) + QStringLiteral(" MiB");
}

QJsonObject countsToJson(const QMap<QString, int> &map)
{
    QJsonObject out;
    for (auto it = map.begin(); it != map.end(); ++it)
        out.insert(it.key(), it.value());
    return out;
}

QString table(const QList<std::pair<QString, QString>> &rows)
{
    qsizetype width = 0;
    for (const auto &row : rows)
        width = std::max(width, row.first.size());
    QString out;
    for (const auto &row : rows)
        out += row.first.leftJustified(width) + QStringLiteral(" | ") + row.second + u'\n';
    return out;
}

} // namespace Format

} // namespace Switchboard::Bench
