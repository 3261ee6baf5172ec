// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Metrics.h"

#include <QStringList>

namespace Switchboard::Hub {

void Metrics::recordRequest(const QString &method, const QString &route, int status, double seconds)
{
    ++m_requests[method + QLatin1Char('|') + route + QLatin1Char('|') + QString::number(status)];
    Histogram &h = m_durations[route];
    for (size_t i = 0; i < Buckets.size(); ++i) {
        if (seconds <= Buckets[i])
            ++h.counts[i];
    }
    ++h.count;
    h.sum += seconds;
}

void Metrics::addGauge(const QString &name, const QString &help, GaugeReader reader)
{
    m_gauges.insert(name, {help, std::move(reader)});
}

QByteArray Metrics::render() const
{
    QString out;
    out += QStringLiteral(
        "# HELP switchboard_http_requests_total HTTP requests by method, route and status.\n"
        "# TYPE switchboard_http_requests_total counter\n");
    for (auto it = m_requests.cbegin(); it != m_requests.cend(); ++it) {
        const QStringList parts = it.key().split(QLatin1Char('|'));
        out += QStringLiteral(
            "switchboard_http_requests_total{method=\"%1\",route=\"%2\",status=\"%3\"} %4\n")
                   .arg(parts[0], parts[1], parts[2])
                   .arg(it.value());
    }
    out += QStringLiteral(
        "# HELP switchboard_http_request_duration_seconds Time to answer a request.\n"
        "# TYPE switchboard_http_request_duration_seconds histogram\n");
    for (auto it = m_durations.cbegin(); it != m_durations.cend(); ++it) {
        for (size_t i = 0; i < Buckets.size(); ++i) {
            out += QStringLiteral(
                "switchboard_http_request_duration_seconds_bucket{route=\"%1\",le=\"%2\"} %3\n")
                       .arg(it.key())
                       .arg(Buckets[i])
                       .arg(it->counts[i]);
        }
        out += QStringLiteral(
            "switchboard_http_request_duration_seconds_bucket{route=\"%1\",le=\"+Inf\"} %2\n"
            "switchboard_http_request_duration_seconds_sum{route=\"%1\"} %3\n"
            "switchboard_http_request_duration_seconds_count{route=\"%1\"} %2\n")
                   .arg(it.key())
                   .arg(it->count)
                   .arg(it->sum, 0, 'f', 6);
    }
    for (auto it = m_gauges.cbegin(); it != m_gauges.cend(); ++it) {
        out += QStringLiteral("# HELP %1 %2\n# TYPE %1 gauge\n%1 %3\n")
                   .arg(it.key(), it->help)
                   .arg(it->reader(), 0, 'g', 15);
    }
    return out.toUtf8();
}

} // namespace Switchboard::Hub
