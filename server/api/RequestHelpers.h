// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiRequest.h"
#include "ApiResponse.h"

#include <functional>
#include <optional>

namespace Switchboard::Domain {
class JsonReader;
}

namespace Switchboard::Hub {

struct HubServices;

namespace RequestHelpers {

//! A query parameter as a whole number in [min, max]; fallback when absent; error when malformed.
std::optional<qint64> queryInteger(const ApiRequest &request, const QString &name, qint64 min,
    qint64 max, qint64 fallback, ApiResponse *error);

//! The response for a body that failed validation.
ApiResponse invalid(const Domain::JsonReader &reader);

//! Runs a client write exactly once per (user, client_id): the body's client_id is required;
//! a repeat returns the stored first response (with "Idempotent-Replay: true"); reusing a
//! client_id for another target is refused with 422. The work, its events and the record of
//! its response commit together; a failed write stores nothing, so it can be retried.
ApiResponse idempotent(
    HubServices &hub, const ApiRequest &request, const std::function<ApiResponse()> &work);

//! A list response: {"items": [...], "next_after": <id of the last item or null>}.
ApiResponse page(const QJsonArray &items, qint64 lastId, bool full);

} // namespace RequestHelpers

} // namespace Switchboard::Hub
