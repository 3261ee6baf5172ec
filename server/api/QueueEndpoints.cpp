// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Endpoints.h"
#include "HubServices.h"
#include "RequestHelpers.h"
#include "Router.h"
#include "service/QueueService.h"

namespace Switchboard::Hub::Endpoints {

using Access = Router::Access;

namespace {

template <typename T> ApiResponse answer(const Outcome<T> &outcome, int status)
{
    if (!outcome.ok())
        return ApiResponse::fromError(outcome.error());
    if constexpr (std::is_same_v<T, QJsonObject>)
        return ApiResponse::json(status, outcome.value());
    else
        return ApiResponse::json(status, outcome.value().toJson());
}

} // namespace

void registerQueues(Router &router, HubServices &hub)
{
    // Supervisors watch the queues; admins define them.
    router.add(QStringLiteral("GET"), QStringLiteral("/api/v1/queues"), Access::Supervisor,
        [&hub](ApiRequest &) { return ApiResponse::json(200, hub.queues.describe()); });
    router.add(QStringLiteral("POST"), QStringLiteral("/api/v1/queues"), Access::Admin,
        [&hub](ApiRequest &r) {
            return RequestHelpers::idempotent(
                hub, r, [&] { return answer(hub.queues.create(r.user(), r.body), 201); });
        });
    router.add(QStringLiteral("PUT"), QStringLiteral("/api/v1/queues/{id}"), Access::Admin,
        [&hub](ApiRequest &r) {
            return RequestHelpers::idempotent(hub, r,
                [&] { return answer(hub.queues.update(r.user(), r.ids.at(0), r.body), 200); });
        });
    router.add(QStringLiteral("DELETE"), QStringLiteral("/api/v1/queues/{id}"), Access::Admin,
        [&hub](ApiRequest &r) {
            return RequestHelpers::idempotent(
                hub, r, [&] { return answer(hub.queues.remove(r.user(), r.ids.at(0)), 200); });
        });
}

} // namespace Switchboard::Hub::Endpoints
