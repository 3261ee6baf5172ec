// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Csv.h"
#include "Endpoints.h"
#include "HubServices.h"
#include "RequestHelpers.h"
#include "Router.h"
#include "domain/JsonReader.h"
#include "service/ConversationService.h"
#include "service/InsightService.h"

namespace Switchboard::Hub::Endpoints {

using Access = Router::Access;
using namespace Domain;

namespace {

QString queryValue(const ApiRequest &r, const QString &name)
{
    return r.query.queryItemValue(name, QUrl::FullyDecoded);
}

ApiResponse csv(const QByteArray &body, const QString &fileName)
{
    ApiResponse response;
    response.body = body;
    response.contentType = "text/csv; charset=utf-8";
    response.addHeader("Content-Disposition",
        QStringLiteral("attachment; filename=\"%1.csv\"").arg(fileName).toUtf8());
    return response;
}

//! "format": json (the default) or csv; none with *error set otherwise.
std::optional<bool> wantsCsv(const ApiRequest &r, ApiResponse *error)
{
    const QString format = queryValue(r, QStringLiteral("format"));
    if (format.isEmpty() || format == QLatin1String("json"))
        return false;
    if (format == QLatin1String("csv"))
        return true;
    *error = ApiResponse::fromError(ServiceError::invalid(
        QStringLiteral("format"), QStringLiteral("format must be json or csv")));
    return std::nullopt;
}

//! Answers a JSON object, or with ?format=csv its array `rows` under `columns`.
ApiResponse answer(const ApiRequest &r, const QJsonObject &json, const QString &rows,
    const QStringList &columns, const QString &fileName)
{
    ApiResponse error;
    const auto asCsv = wantsCsv(r, &error);
    if (!asCsv)
        return error;
    return *asCsv ? csv(Csv::write(columns, json.value(rows).toArray()), fileName)
                  : ApiResponse::json(200, json);
}

//! The day report of GET /reports/agents and /reports/queues.
Router::Handler report(HubServices &hub, QJsonObject (InsightService::*build)(const QDate &),
    const QStringList &columns, const QString &kind)
{
    return [&hub, build, columns, kind](ApiRequest &r) {
        const auto day = InsightService::day(queryValue(r, QStringLiteral("day")));
        if (!day.ok())
            return ApiResponse::fromError(day.error());
        return answer(r, (hub.insights.*build)(day.value()), QStringLiteral("rows"), columns,
            QStringLiteral("%1-%2").arg(kind, day.value().toString(Qt::ISODate)));
    };
}

//! The period of the insights endpoints, and a file name for it.
Outcome<InsightService::Period> readPeriod(const ApiRequest &r)
{
    return InsightService::period(
        queryValue(r, QStringLiteral("from")), queryValue(r, QStringLiteral("to")));
}

QString periodName(const QString &what, const InsightService::Period &p)
{
    return QStringLiteral("%1-%2-%3")
        .arg(what, p.from.toString(QStringLiteral("yyyyMMddTHHmmss")),
            p.to.toString(QStringLiteral("yyyyMMddTHHmmss")));
}

} // namespace

void registerInsights(Router &router, HubServices &hub)
{
    router.add(QStringLiteral("PUT"), QStringLiteral("/api/v1/conversations/{id}/tags"),
        Access::Agent, [&hub](ApiRequest &r) {
            return RequestHelpers::idempotent(hub, r, [&] {
                JsonReader body(r.body);
                if (!body.has(QLatin1String("tags")))
                    body.fail(QLatin1String("tags"), QStringLiteral("is required"));
                const QStringList tags = body.stringList(QLatin1String("tags"));
                if (!body.ok())
                    return RequestHelpers::invalid(body);
                const auto c = hub.conversations.setTags(r.user(), r.ids[0], tags);
                return c.ok() ? ApiResponse::json(200, c.value().toJson())
                              : ApiResponse::fromError(c.error());
            });
        });
    router.add(QStringLiteral("GET"), QStringLiteral("/api/v1/insights"), Access::Supervisor,
        [&hub](ApiRequest &r) {
            const auto period = readPeriod(r);
            if (!period.ok())
                return ApiResponse::fromError(period.error());
            return answer(r, hub.insights.insights(period.value()), QStringLiteral("counts"),
                InsightService::CountColumns,
                periodName(QStringLiteral("insights"), period.value()));
        });
    router.add(QStringLiteral("GET"), QStringLiteral("/api/v1/insights/export"), Access::Supervisor,
        [&hub](ApiRequest &r) {
            const auto period = readPeriod(r);
            if (!period.ok())
                return ApiResponse::fromError(period.error());
            return csv(Csv::write(InsightService::ExportColumns,
                           hub.insights.taggedConversations(period.value())),
                periodName(QStringLiteral("tagged-conversations"), period.value()));
        });
    router.add(QStringLiteral("GET"), QStringLiteral("/api/v1/reports/agents"), Access::Supervisor,
        report(hub, &InsightService::agentReport, InsightService::AgentColumns,
            QStringLiteral("agents")));
    router.add(QStringLiteral("GET"), QStringLiteral("/api/v1/reports/queues"), Access::Supervisor,
        report(hub, &InsightService::queueReport, InsightService::QueueColumns,
            QStringLiteral("queues")));
}

} // namespace Switchboard::Hub::Endpoints
