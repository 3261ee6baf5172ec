// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Router.h"

#include "Metrics.h"
#include "auth/TokenService.h"
#include "service/SessionService.h"
#include "storage/StorageError.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcApi, "switchboard.hub.api")

namespace Switchboard::Hub {

namespace {

QStringList splitPath(const QString &path)
{
    return path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
}

Domain::Role minimumRole(Router::Access access)
{
    switch (access) {
    case Router::Access::Admin:
        return Domain::Role::Admin;
    case Router::Access::Supervisor:
        return Domain::Role::Supervisor;
    case Router::Access::Agent:
    case Router::Access::Public:
    case Router::Access::Webhook:
        break;
    }
    return Domain::Role::Agent;
}

} // namespace

Router::Router(SessionService &sessions, Metrics &metrics, int maxBodyBytes)
    : m_sessions(sessions)
    , m_metrics(metrics)
    , m_maxBodyBytes(maxBodyBytes)
{
}

void Router::add(
    const QString &method, const QString &pattern, Access access, Handler handler, Prepare prepare)
{
    Q_ASSERT_X(!prepare || access == Access::Webhook, "Router::add",
        "only webhook routes take their body unparsed to a prepare step");
    m_routes.push_back(
        {method, pattern, splitPath(pattern), access, std::move(handler), std::move(prepare)});
}

void Router::prepare(HttpRequest &request) const
{
    // Too large a body is refused by dispatch() before anything reads it.
    if (request.body.size() > m_maxBodyBytes)
        return;
    const QStringList segments = splitPath(request.url.path());
    for (const Route &route : m_routes) {
        if (route.method != request.method || !match(route, segments, nullptr))
            continue;
        if (route.prepare)
            request.prepared = route.prepare(request);
        return;
    }
}

bool Router::match(const Route &route, const QStringList &segments, QList<Domain::Id> *ids)
{
    if (route.segments.size() != segments.size())
        return false;
    QList<Domain::Id> found;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        if (route.segments[i] == QLatin1String("{id}")) {
            bool ok = false;
            const Domain::Id id = segments[i].toLongLong(&ok);
            // Only the canonical spelling: "07" or "+7" would name the same record twice.
            if (!ok || id <= 0 || segments[i] != QString::number(id))
                return false;
            found.append(id);
        } else if (route.segments[i] != segments[i]) {
            return false;
        }
    }
    if (ids)
        *ids = found;
    return true;
}

QList<Router::RouteInfo> Router::routes() const
{
    QList<RouteInfo> out;
    for (const Route &r : m_routes)
        out.append({r.method, r.pattern, r.access});
    return out;
}

ApiResponse Router::dispatch(const HttpRequest &request)
{
    QElapsedTimer timer;
    timer.start();
    const QString &method = request.method;
    const QString path = request.url.path();
    const QStringList segments = splitPath(path);

    const Route *found = nullptr;
    QStringList allowed;
    ApiRequest api;
    for (const Route &route : m_routes) {
        QList<Domain::Id> ids;
        if (!match(route, segments, &ids))
            continue;
        allowed.append(route.method);
        if (route.method == method) {
            found = &route;
            api.ids = ids;
        }
    }
    ApiResponse response;
    QString routeLabel = found ? found->pattern : QStringLiteral("unmatched");
    if (!found && allowed.isEmpty()) {
        response = ApiResponse::error(
            404, QStringLiteral("not_found"), QStringLiteral("no such endpoint: %1").arg(path));
    } else if (!found) {
        response = ApiResponse::error(405, QStringLiteral("method_not_allowed"),
            QStringLiteral("%1 is not allowed on %2; use %3")
                .arg(method, path, allowed.join(QStringLiteral(", "))));
        response.addHeader("Allow", allowed.join(QStringLiteral(", ")).toLatin1());
    } else {
        api.method = method;
        api.path = path;
        api.query = QUrlQuery(request.url);
        api.remoteAddress = request.remoteAddress.toString();
        try {
            response = run(*found, request, api);
        } catch (const StorageError &e) {
            qCWarning(lcApi) << "storage failure on" << method << found->pattern << ":" << e.what();
            response = ApiResponse::storageUnavailable();
        }
    }
    m_metrics.recordRequest(method, routeLabel, response.status, timer.nsecsElapsed() / 1e9);
    return response;
}

ApiResponse Router::run(const Route &route, const HttpRequest &request, ApiRequest &api)
{
    if (route.access != Access::Public && route.access != Access::Webhook) {
        const QString token
            = TokenService::fromAuthorizationHeader(request.header("Authorization"));
        api.session = m_sessions.authenticate(token);
        if (!api.session) {
            ApiResponse r = ApiResponse::error(401, QStringLiteral("unauthorized"),
                token.isEmpty()
                    ? QStringLiteral(
                        "sign in and send the token as \"Authorization: Bearer <token>\"")
                    : QStringLiteral("the token is invalid, expired or revoked; sign in again"));
            r.addHeader("WWW-Authenticate", "Bearer");
            return r;
        }
        if (!Domain::roleAtLeast(api.user().role, minimumRole(route.access))) {
            return ApiResponse::error(403, QStringLiteral("forbidden"),
                QStringLiteral("this endpoint needs the %1 role")
                    .arg(Domain::toWire(minimumRole(route.access))));
        }
    }
    const QByteArray &body = request.body;
    if (body.size() > m_maxBodyBytes) {
        return ApiResponse::error(413, QStringLiteral("body_too_large"),
            QStringLiteral("the body is %1 bytes; at most %2 are accepted")
                .arg(body.size())
                .arg(m_maxBodyBytes));
    }
    api.rawBody = body;
    api.headers = request.headers;
    if (route.access == Access::Webhook) {
        // Prepared on the receiving thread; here when the request came another way.
        if (route.prepare)
            api.prepared = request.prepared.has_value() ? request.prepared : route.prepare(request);
        return route.handler(api);
    }
    if (!body.trimmed().isEmpty()) {
        const QByteArray type = request.header("Content-Type").toLower();
        if (!type.isEmpty() && !type.startsWith("application/json")) {
            return ApiResponse::error(415, QStringLiteral("unsupported_media_type"),
                QStringLiteral("send the body as application/json"));
        }
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
        if (error.error != QJsonParseError::NoError) {
            return ApiResponse::error(400, QStringLiteral("invalid_json"),
                QStringLiteral("the body is not valid JSON: %1 at offset %2")
                    .arg(error.errorString())
                    .arg(error.offset));
        }
        if (!doc.isObject())
            return ApiResponse::error(400, QStringLiteral("invalid_json"),
                QStringLiteral("the body must be a JSON object"));
        api.body = doc.object();
    }
    return route.handler(api);
}

} // namespace Switchboard::Hub
