// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Endpoints.h"
#include "HubServices.h"
#include "Metrics.h"
#include "RequestHelpers.h"
#include "Router.h"
#include "service/AccessPolicy.h"
#include "storage/EventLog.h"
#include "storage/Storage.h"
#include "storage/StorageError.h"

#include <QJsonDocument>

namespace Switchboard::Hub::Endpoints {

using Access = Router::Access;

void registerSystem(Router &router, HubServices &hub)
{
    router.add(QStringLiteral("GET"), QStringLiteral("/api/v1/events"), Access::Agent,
        [&hub](ApiRequest &r) {
            ApiResponse error;
            const auto since
                = RequestHelpers::queryInteger(r, QStringLiteral("since"), 0, LLONG_MAX, 0, &error);
            const auto limit
                = RequestHelpers::queryInteger(r, QStringLiteral("limit"), 1, 5000, 1000, &error);
            if (!since || !limit)
                return error;
            const Domain::Seq head = hub.storage.events().head();
            if (*since > head) {
                return ApiResponse::error(409, QStringLiteral("cursor_ahead"),
                    QStringLiteral(
                        "since %1 is ahead of this hub's newest event %2; sync from scratch")
                        .arg(*since)
                        .arg(head),
                    QStringLiteral("since"));
            }
            const auto page = hub.storage.events().since(*since, int(*limit));
            // Assembled from each event's stored encoding, filtered to what the caller may see.
            QByteArray events = "[";
            bool first = true;
            for (const StoredEvent &e : page) {
                if (!hub.access.mayReceive(r.user(), e.audience))
                    continue;
                if (!first)
                    events.append(',');
                events.append(e.json);
                first = false;
            }
            events.append(']');
            const Domain::Seq next = page.isEmpty() ? *since : page.last().event.seq;
            ApiResponse response;
            response.body = "{\"events\":" + events + ",\"next\":" + QByteArray::number(next)
                + ",\"head\":" + QByteArray::number(head)
                + ",\"more\":" + (next < head ? "true" : "false") + "}";
            return response;
        });
    router.add(
        QStringLiteral("GET"), QStringLiteral("/healthz"), Access::Public, [&hub](ApiRequest &) {
            try {
                return ApiResponse::json(200,
                    {{QStringLiteral("status"), QStringLiteral("ok")},
                        {QStringLiteral("version"), QStringLiteral(SWITCHBOARD_VERSION)},
                        {QStringLiteral("database"), hub.storage.backendName()},
                        {QStringLiteral("schema_version"), hub.storage.schemaVersion()},
                        {QStringLiteral("event_seq"), hub.storage.events().head()},
                        {QStringLiteral("uptime_seconds"),
                            hub.startedAt.secsTo(QDateTime::currentDateTimeUtc())}});
            } catch (const StorageError &) {
                return ApiResponse::error(503, QStringLiteral("storage_unavailable"),
                    QStringLiteral("the database cannot be read"));
            }
        });
    router.add(
        QStringLiteral("GET"), QStringLiteral("/metrics"), Access::Public, [&hub](ApiRequest &) {
            ApiResponse response;
            response.contentType = "text/plain; version=0.0.4; charset=utf-8";
            response.body = hub.metrics.render();
            return response;
        });
}

} // namespace Switchboard::Hub::Endpoints
