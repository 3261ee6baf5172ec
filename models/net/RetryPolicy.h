// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HttpRequest.h"
#include "HttpResponse.h"
#include "NetworkSettings.h"

#include <optional>

namespace Switchboard::Net {

//! When a request is sent again, and after how long.
class RetryPolicy
{
public:
    //! Full-jitter exponential backoff: uniform in [0, min(max, base * 2^(attempt - 1))].
    static int backoffDelayMs(const NetworkSettings &settings, int attemptsMade);
    //! The delay before the next attempt, or nothing if the response is final: only retryable
    //! requests, only on timeouts, connection failures, 502/503/504, and 429 (after Retry-After).
    static std::optional<int> retryDelayMs(
        const HttpRequest &request, const HttpResponse &response, const NetworkSettings &settings);
    //! A Retry-After header (delta-seconds or HTTP-date) in milliseconds; nothing if unparsable.
    static std::optional<qint64> parseRetryAfter(const QByteArray &value);
};

} // namespace Switchboard::Net
