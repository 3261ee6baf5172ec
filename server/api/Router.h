// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiRequest.h"
#include "ApiResponse.h"
#include "HttpRequest.h"
#include "domain/Enums.h"

#include <QStringList>
#include <functional>
#include <vector>

namespace Switchboard::Hub {

class Metrics;
class SessionService;

//! Matches method and path to an endpoint and does what every endpoint needs first: body size
//! and JSON checks, the caller's token and role. Answers 404 for unknown paths and 405 (with
//! Allow) for a known path with the wrong method; storage failures become 503.
class Router
{
public:
    //! Who may call a route. Webhook: anyone, like Public, but the body reaches the handler
    //! unparsed (ApiRequest::rawBody) so it can check the provider's signature over the exact
    //! bytes before anything is parsed; any content type is accepted.
    enum class Access { Public, Agent, Supervisor, Admin, Webhook };
    using Handler = std::function<ApiResponse(ApiRequest &)>;
    //! Work a webhook route can do on the HTTP thread that received the request, before it
    //! waits for the services' thread: checking the provider's signature and parsing the
    //! delivery need only the request and the hub's configuration, and the one services' thread
    //! runs every request. Its result reaches the handler as ApiRequest::prepared (dispatch()
    //! runs the step itself for a request that was not prepared). Runs on any thread: it must
    //! only read.
    using Prepare = std::function<std::any(const HttpRequest &)>;

    Router(SessionService &sessions, Metrics &metrics, int maxBodyBytes);

    //! pattern: "/api/v1/conversations/{id}/messages"; {id} matches a positive whole number.
    void add(const QString &method, const QString &pattern, Access access, Handler handler,
        Prepare prepare = {});
    //! A registered route, for documentation and for tests that check every route.
    struct RouteInfo
    {
        QString method;
        QString pattern;
        Access access;
    };
    QList<RouteInfo> routes() const;
    //! Runs the prepare step of the route the request is for, if it has one, into
    //! request.prepared. Any thread; the routes are not changed once requests arrive.
    void prepare(HttpRequest &request) const;
    //! Runs on the thread that owns the services and their database connection.
    ApiResponse dispatch(const HttpRequest &request);

private:
    struct Route
    {
        QString method;
        QString pattern;
        QStringList segments;
        Access access;
        Handler handler;
        Prepare prepare;
    };
    static bool match(const Route &route, const QStringList &segments, QList<Domain::Id> *ids);
    ApiResponse run(const Route &route, const HttpRequest &request, ApiRequest &api);

    SessionService &m_sessions;
    Metrics &m_metrics;
    int m_maxBodyBytes;
    std::vector<Route> m_routes;
};

} // namespace Switchboard::Hub
