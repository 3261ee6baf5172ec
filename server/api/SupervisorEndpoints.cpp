// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Endpoints.h"
#include "HubServices.h"
#include "RequestHelpers.h"
#include "Router.h"
#include "domain/JsonReader.h"
#include "service/BoardService.h"
#include "service/ConversationService.h"

namespace Switchboard::Hub::Endpoints {

using Access = Router::Access;
using namespace Domain;

namespace {

template <typename Record> ApiResponse answer(const Outcome<Record> &outcome, int status)
{
    return outcome.ok() ? ApiResponse::json(status, outcome.value().toJson())
                        : ApiResponse::fromError(outcome.error());
}

} // namespace

void registerSupervisor(Router &router, HubServices &hub)
{
    router.add(QStringLiteral("GET"), QStringLiteral("/api/v1/board"), Access::Supervisor,
        [&hub](ApiRequest &) { return ApiResponse::json(200, hub.board.snapshot()); });
    router.add(QStringLiteral("POST"), QStringLiteral("/api/v1/conversations/{id}/monitor"),
        Access::Supervisor, [&hub](ApiRequest &r) {
            return RequestHelpers::idempotent(
                hub, r, [&] { return answer(hub.conversations.monitor(r.user(), r.ids[0]), 200); });
        });
    router.add(QStringLiteral("POST"), QStringLiteral("/api/v1/conversations/{id}/whisper"),
        Access::Supervisor, [&hub](ApiRequest &r) {
            return RequestHelpers::idempotent(hub, r, [&] {
                JsonReader body(r.body);
                const QString text = body.requiredString(QLatin1String("body"));
                if (!body.ok())
                    return RequestHelpers::invalid(body);
                return answer(hub.conversations.whisper(r.user(), r.ids[0], text,
                                  r.body.value(QLatin1String("client_id")).toString()),
                    201);
            });
        });
    router.add(QStringLiteral("POST"), QStringLiteral("/api/v1/conversations/{id}/take-over"),
        Access::Supervisor, [&hub](ApiRequest &r) {
            return RequestHelpers::idempotent(hub, r,
                [&] { return answer(hub.conversations.takeOver(r.user(), r.ids[0]), 200); });
        });
}

} // namespace Switchboard::Hub::Endpoints
