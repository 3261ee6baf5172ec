// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiRequest.h"
#include "ApiResponse.h"

#include <QJsonArray>
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

//! Where a page of a list starts and how long it is: the "after" and "limit" query parameters.
struct PageWindow
{
    qint64 after = 0;
    int limit = 0;
};
//! Reads "after" (an id, default 0) and "limit" (1 to maxLimit, default defaultLimit); nullopt
//! with *error set when either is malformed.
std::optional<PageWindow> pageWindow(
    const ApiRequest &request, int maxLimit, int defaultLimit, ApiResponse *error);

//! The response for a body that failed validation.
ApiResponse invalid(const Domain::JsonReader &reader);

//! A webhook delivery whose signature header is missing or does not match: 401
//! invalid_signature naming the header.
ApiResponse badSignature(const QString &header, bool present);
//! A webhook's raw body (the bytes its signature covers) as a JSON object; none with *error a
//! 400 invalid_json when it is not one.
std::optional<QJsonObject> rawJsonObject(const ApiRequest &request, ApiResponse *error);
std::optional<QJsonObject> rawJsonObject(const QByteArray &rawBody, ApiResponse *error);

//! Reads the optional "override": {"reason": string} of a reply into *reason; false with *error
//! set when it is malformed. Whether the reason is good enough is the reply policy's call.
bool readOverride(const QJsonObject &body, std::optional<QString> *reason, ApiResponse *error);

//! Runs a client write exactly once per (user, client_id): the body's client_id is required;
//! a repeat returns the stored first response (with "Idempotent-Replay: true"); reusing a
//! client_id for another target is refused with 422. The work, its events and the record of
//! its response commit together; a failed write stores nothing, so it can be retried.
ApiResponse idempotent(
    HubServices &hub, const ApiRequest &request, const std::function<ApiResponse()> &work);

//! A list response: {"items": [...], "next_after": <id of the last record or null>}. A page
//! shorter than the limit is the last one, so it has no next_after.
template <typename Record> ApiResponse page(const QList<Record> &records, qint64 limit)
{
    QJsonArray items;
    for (const Record &r : records)
        items.append(r.toJson());
    const bool full = !records.isEmpty() && records.size() == limit;
    return ApiResponse::json(200,
        {{QStringLiteral("items"), items},
            {QStringLiteral("next_after"), full ? QJsonValue(records.last().id) : QJsonValue()}});
}

} // namespace RequestHelpers

} // namespace Switchboard::Hub
