// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Endpoints.h"
#include "HubServices.h"
#include "RequestHelpers.h"
#include "Router.h"
#include "service/TopicRuleService.h"

namespace Switchboard::Hub::Endpoints {

using Access = Router::Access;

void registerRouting(Router &router, HubServices &hub)
{
    // The topic rules of the analysis: supervisors read them, admins replace them.
    router.add(QStringLiteral("GET"), QStringLiteral("/api/v1/topic-rules"), Access::Supervisor,
        [&hub](ApiRequest &) { return ApiResponse::json(200, hub.topics.describe()); });
    router.add(QStringLiteral("PUT"), QStringLiteral("/api/v1/topic-rules"), Access::Admin,
        [&hub](ApiRequest &r) {
            return RequestHelpers::idempotent(hub, r, [&] {
                const auto updated = hub.topics.update(r.user(), r.body);
                return updated.ok() ? ApiResponse::json(200, updated.value())
                                    : ApiResponse::fromError(updated.error());
            });
        });
}

} // namespace Switchboard::Hub::Endpoints
