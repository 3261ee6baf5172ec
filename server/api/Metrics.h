// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>
#include <array>
#include <functional>

namespace Switchboard::Hub {

//! Counters and a latency histogram, rendered in the Prometheus text format.
class Metrics
{
public:
    //! Gauges read when /metrics is rendered (connections, sequence head, queue lengths).
    using GaugeReader = std::function<double()>;

    void recordRequest(const QString &method, const QString &route, int status, double seconds);
    void addGauge(const QString &name, const QString &help, GaugeReader reader);
    QByteArray render() const;

private:
    static constexpr std::array<double, 10> Buckets{
        0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0};
    struct Histogram
    {
        std::array<quint64, Buckets.size()> counts{};
        quint64 count = 0;
        double sum = 0;
    };
    struct Gauge
    {
        QString help;
        GaugeReader reader;
    };
    //! Keyed by "method|route|status".
    QMap<QString, quint64> m_requests;
    //! Keyed by route.
    QMap<QString, Histogram> m_durations;
    QMap<QString, Gauge> m_gauges;
};

} // namespace Switchboard::Hub
