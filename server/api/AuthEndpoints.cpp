// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Endpoints.h"
#include "HubServices.h"
#include "RequestHelpers.h"
#include "Router.h"
#include "domain/JsonReader.h"
#include "domain/WireTime.h"
#include "events/StreamServer.h"
#include "service/SessionService.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcAuth, "switchboard.hub.auth")

namespace Switchboard::Hub::Endpoints {

using Access = Router::Access;
using namespace Domain;

void registerAuth(Router &router, HubServices &hub)
{
    router.add(QStringLiteral("POST"), QStringLiteral("/api/v1/auth/login"), Access::Public,
        [&hub](ApiRequest &r) {
            JsonReader body(r.body);
            const QString username = body.requiredString(QLatin1String("username"));
            const QString password = body.requiredString(QLatin1String("password"), true);
            if (!body.ok())
                return RequestHelpers::invalid(body);
            const auto session = hub.sessions.login(username, password, r.remoteAddress);
            if (!session.ok()) {
                // The username is logged to trace attacks; the password never is.
                qCInfo(lcAuth) << "sign-in refused for" << username << "from" << r.remoteAddress
                               << ":" << session.error().code;
                return ApiResponse::fromError(session.error());
            }
            qCInfo(lcAuth) << "signed in:" << username << "from" << r.remoteAddress;
            return ApiResponse::json(200,
                {{QStringLiteral("token"), session.value().token},
                    {QStringLiteral("expires_at"), WireTime::toJson(session.value().expiresAt)},
                    {QStringLiteral("user"), session.value().user.toJson()}});
        });
    router.add(QStringLiteral("POST"), QStringLiteral("/api/v1/auth/logout"), Access::Agent,
        [&hub](ApiRequest &r) {
            hub.sessions.logout(r.session->tokenHash);
            hub.stream.endSession(r.session->tokenHash);
            return ApiResponse::noContent();
        });
    router.add(
        QStringLiteral("GET"), QStringLiteral("/api/v1/me"), Access::Agent, [](ApiRequest &r) {
            // The user came with the session; encoding needs no database.
            return ApiResponse::json(200, [user = r.user()] { return user.toJson(); });
        });
}

} // namespace Switchboard::Hub::Endpoints
