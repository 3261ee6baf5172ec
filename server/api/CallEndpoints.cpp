// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Endpoints.h"
#include "HubServices.h"
#include "RequestHelpers.h"
#include "Router.h"
#include "domain/JsonReader.h"
#include "service/CallService.h"
#include "storage/CallRepository.h"
#include "storage/Storage.h"

namespace Switchboard::Hub::Endpoints {

using Access = Router::Access;
using namespace Domain;

void registerCalls(Router &router, HubServices &hub)
{
    router.add(QStringLiteral("GET"), QStringLiteral("/api/v1/calls"), Access::Agent,
        [&hub](ApiRequest &r) {
            ApiResponse error;
            const auto agent = RequestHelpers::queryInteger(
                r, QStringLiteral("agent_id"), 1, LLONG_MAX, 0, &error);
            const auto customer = RequestHelpers::queryInteger(
                r, QStringLiteral("customer_id"), 1, LLONG_MAX, 0, &error);
            const auto window = RequestHelpers::pageWindow(r, 500, 100, &error);
            if (!agent || !customer || !window)
                return error;
            const auto calls
                = hub.storage.calls().list(*agent ? std::optional<Id>(*agent) : std::nullopt,
                    *customer ? std::optional<Id>(*customer) : std::nullopt, window->after,
                    window->limit);
            return RequestHelpers::page(calls, window->limit);
        });
    router.add(QStringLiteral("GET"), QStringLiteral("/api/v1/calls/{id}"), Access::Agent,
        [&hub](ApiRequest &r) {
            const auto call = hub.storage.calls().byId(r.ids[0]);
            return call ? ApiResponse::json(200, call->toJson())
                        : ApiResponse::fromError(
                            ServiceError::notFound(QStringLiteral("call %1").arg(r.ids[0])));
        });
    // Call control: a body with only client_id; the service checks who acts and the call's state.
    using Action = Outcome<CallRecord> (CallService::*)(const User &, Id);
    const std::pair<const char *, Action> actions[] = {
        {"answer", &CallService::answer},
        {"decline", &CallService::decline},
        {"hold", &CallService::hold},
        {"resume", &CallService::resume},
        {"end", &CallService::end},
    };
    for (const auto &[name, action] : actions) {
        router.add(QStringLiteral("POST"),
            QStringLiteral("/api/v1/calls/{id}/%1").arg(QLatin1String(name)), Access::Agent,
            [&hub, action = action](ApiRequest &r) {
                return RequestHelpers::idempotent(hub, r, [&] {
                    const auto call = (hub.calls.*action)(r.user(), r.ids[0]);
                    return call.ok() ? ApiResponse::json(200, call.value().toJson())
                                     : ApiResponse::fromError(call.error());
                });
            });
    }
    router.add(QStringLiteral("POST"), QStringLiteral("/api/v1/calls/{id}/transfer"), Access::Agent,
        [&hub](ApiRequest &r) {
            return RequestHelpers::idempotent(hub, r, [&] {
                JsonReader body(r.body);
                const Id to = body.requiredId(QLatin1String("to_user_id"));
                if (!body.ok())
                    return RequestHelpers::invalid(body);
                const auto call = hub.calls.transfer(r.user(), r.ids[0], to);
                return call.ok() ? ApiResponse::json(200, call.value().toJson())
                                 : ApiResponse::fromError(call.error());
            });
        });
    router.add(QStringLiteral("POST"), QStringLiteral("/api/v1/calls/{id}/wrapup"), Access::Agent,
        [&hub](ApiRequest &r) {
            return RequestHelpers::idempotent(hub, r, [&] {
                JsonReader body(r.body);
                const QString disposition = body.requiredString(QLatin1String("disposition"));
                const std::optional<QString> notes = body.has(QLatin1String("notes"))
                    ? std::optional<QString>(body.requiredString(QLatin1String("notes"), true))
                    : std::nullopt;
                if (!body.ok())
                    return RequestHelpers::invalid(body);
                const auto call = hub.calls.wrapUp(r.user(), r.ids[0], disposition, notes);
                return call.ok() ? ApiResponse::json(200, call.value().toJson())
                                 : ApiResponse::fromError(call.error());
            });
        });
}

} // namespace Switchboard::Hub::Endpoints
