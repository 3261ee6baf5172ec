// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RetryPolicy.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <algorithm>

namespace Switchboard::Net {

int RetryPolicy::backoffDelayMs(const NetworkSettings &settings, int attemptsMade)
{
    const qint64 base = std::max(0, settings.backoffBaseMs);
    const qint64 cap = std::max(0, settings.backoffMaxMs);
    // Shifts past 30 would overflow; the cap is reached long before.
    const int shift = std::clamp(attemptsMade - 1, 0, 30);
    const qint64 ceiling = std::min(cap, base << shift);
    if (ceiling <= 0)
        return 0;
    // Full jitter spreads the retries of many desktops after a hub restart.
    return int(QRandomGenerator::global()->bounded(ceiling + 1));
}

std::optional<qint64> RetryPolicy::parseRetryAfter(const QByteArray &value)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 seconds = trimmed.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? std::nullopt : std::optional<qint64>(seconds * 1000);
    // HTTP dates end in "GMT", which Qt's RFC 2822 parser wants as an offset.
    QString date = QString::fromLatin1(trimmed);
    if (date.endsWith(QLatin1String(" GMT")))
        date = date.chopped(4) + QLatin1String(" +0000");
    const QDateTime at = QDateTime::fromString(date, Qt::RFC2822Date);
    if (!at.isValid())
        return std::nullopt;
    return std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(at));
}

std::optional<int> RetryPolicy::retryDelayMs(
    const HttpRequest &request, const HttpResponse &response, const NetworkSettings &settings)
{
    if (!request.retryable || response.attempts >= settings.maxAttempts)
        return std::nullopt;
    switch (response.error) {
    case TransportError::Timeout:
    case TransportError::ConnectionFailed:
        return backoffDelayMs(settings, response.attempts);
    case TransportError::None:
        break;
    default:
        // A certificate does not fix itself, and an abort is the caller's wish.
        return std::nullopt;
    }
    switch (response.status) {
    case 502:
    case 503:
    case 504:
        return backoffDelayMs(settings, response.attempts);
    case 429: {
        const auto after = parseRetryAfter(response.header("retry-after"));
        if (!after)
            return backoffDelayMs(settings, response.attempts);
        // A lockout of minutes is for the user to see, not for a request to sit through.
        if (*after > settings.backoffMaxMs)
            return std::nullopt;
        return int(*after);
    }
    default:
        return std::nullopt;
    }
}

} // namespace Switchboard::Net
