// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Endpoints.h"
#include "HubServices.h"
#include "RequestHelpers.h"
#include "Router.h"
#include "domain/JsonReader.h"
#include "domain/WireTime.h"
#include "service/AccessPolicy.h"
#include "service/ConversationService.h"
#include "storage/ConversationRepository.h"
#include "storage/MessageRepository.h"
#include "storage/Storage.h"

namespace Switchboard::Hub::Endpoints {

using Access = Router::Access;
using namespace Domain;

namespace {

//! Reads the list filters of GET /api/v1/conversations; nullopt with *error set when malformed.
std::optional<ConversationFilter> readFilter(const ApiRequest &r, ApiResponse *error)
{
    ConversationFilter filter;
    const auto bad = [error](const QString &name, const QString &message) {
        *error = ApiResponse::error(400, QStringLiteral("invalid_parameter"), message, name);
        return std::nullopt;
    };
    const QString assignee = r.query.queryItemValue(QStringLiteral("assignee"));
    if (assignee == QLatin1String("me")) {
        filter.assignee = ConversationFilter::Assignee::User;
        filter.assigneeId = r.user().id;
    } else if (assignee == QLatin1String("unassigned")) {
        filter.assignee = ConversationFilter::Assignee::Unassigned;
    } else if (!assignee.isEmpty() && assignee != QLatin1String("any")) {
        bool ok = false;
        filter.assigneeId = assignee.toLongLong(&ok);
        if (!ok || filter.assigneeId <= 0)
            return bad(QStringLiteral("assignee"),
                QStringLiteral("assignee must be me, unassigned, any or a user id"));
        filter.assignee = ConversationFilter::Assignee::User;
    }
    if (r.query.hasQueryItem(QStringLiteral("status"))) {
        filter.status
            = fromWire<ConversationStatus>(r.query.queryItemValue(QStringLiteral("status")));
        if (!filter.status) {
            return bad(QStringLiteral("status"),
                QStringLiteral("status must be one of: %1")
                    .arg(allWireNames<ConversationStatus>().join(QStringLiteral(", "))));
        }
    }
    if (r.query.hasQueryItem(QStringLiteral("channel"))) {
        filter.channel = fromWire<ChannelKind>(r.query.queryItemValue(QStringLiteral("channel")));
        if (!filter.channel) {
            return bad(QStringLiteral("channel"),
                QStringLiteral("channel must be one of: %1")
                    .arg(allWireNames<ChannelKind>().join(QStringLiteral(", "))));
        }
    }
    if (r.query.hasQueryItem(QStringLiteral("updated_since"))) {
        const auto since = WireTime::parse(
            r.query.queryItemValue(QStringLiteral("updated_since"), QUrl::FullyDecoded));
        if (!since)
            return bad(QStringLiteral("updated_since"),
                QStringLiteral("updated_since must be an ISO 8601 time with an offset"));
        filter.updatedSince = *since;
    }
    const auto customer
        = RequestHelpers::queryInteger(r, QStringLiteral("customer_id"), 1, LLONG_MAX, 0, error);
    const auto window = RequestHelpers::pageWindow(r, 500, 100, error);
    if (!customer || !window)
        return std::nullopt;
    if (*customer > 0)
        filter.customerId = *customer;
    filter.afterId = window->after;
    filter.limit = window->limit;
    return filter;
}

ApiResponse notFound(Id id)
{
    return ApiResponse::fromError(
        ServiceError::notFound(QStringLiteral("conversation %1").arg(id)));
}

} // namespace

void registerConversations(Router &router, HubServices &hub)
{
    router.add(QStringLiteral("GET"), QStringLiteral("/api/v1/conversations"), Access::Agent,
        [&hub](ApiRequest &r) {
            ApiResponse error;
            const auto filter = readFilter(r, &error);
            if (!filter)
                return error;
            const auto conversations = hub.storage.conversations().list(*filter);
            return RequestHelpers::page(conversations, filter->limit);
        });
    router.add(QStringLiteral("GET"), QStringLiteral("/api/v1/conversations/{id}"), Access::Agent,
        [&hub](ApiRequest &r) {
            const auto c = hub.storage.conversations().byId(r.ids[0]);
            return c ? ApiResponse::json(200, c->toJson()) : notFound(r.ids[0]);
        });
    router.add(QStringLiteral("GET"), QStringLiteral("/api/v1/conversations/{id}/messages"),
        Access::Agent, [&hub](ApiRequest &r) {
            if (!hub.storage.conversations().byId(r.ids[0]))
                return notFound(r.ids[0]);
            ApiResponse error;
            const auto window = RequestHelpers::pageWindow(r, 1000, 200, &error);
            if (!window)
                return error;
            const auto messages = hub.storage.messages().inConversation(
                r.ids[0], window->after, window->limit, hub.access.messageReader(r.user()));
            return RequestHelpers::page(messages, window->limit);
        });
    router.add(QStringLiteral("POST"), QStringLiteral("/api/v1/conversations/{id}/messages"),
        Access::Agent, [&hub](ApiRequest &r) {
            return RequestHelpers::idempotent(hub, r, [&] {
                JsonReader body(r.body);
                const auto kind = body.requiredEnum(QLatin1String("kind"), MessageKind::Note);
                const QString text = body.requiredString(QLatin1String("body"));
                // "after" must be stated for a reply, even as null: the guard needs to know what
                // the agent saw.
                if (kind == MessageKind::Reply && body.ok() && !body.has(QLatin1String("after")))
                    body.fail(QLatin1String("after"),
                        QStringLiteral("is required for a reply (null if no message was seen)"));
                ConversationService::Draft draft;
                draft.kind = kind;
                draft.body = text;
                draft.after = body.optionalId(QLatin1String("after"));
                draft.clientId = r.body.value(QLatin1String("client_id")).toString();
                if (body.ok() && kind == MessageKind::Inbound)
                    body.fail(QLatin1String("kind"), QStringLiteral("must be reply or note"));
                if (!body.ok())
                    return RequestHelpers::invalid(body);
                ApiResponse error;
                if (!RequestHelpers::readOverride(r.body, &draft.overrideReason, &error))
                    return error;
                const auto message = hub.conversations.post(r.user(), r.ids[0], draft);
                return message.ok() ? ApiResponse::json(201, message.value().toJson())
                                    : ApiResponse::fromError(message.error());
            });
        });
    router.add(QStringLiteral("POST"), QStringLiteral("/api/v1/conversations/{id}/assign"),
        Access::Agent, [&hub](ApiRequest &r) {
            return RequestHelpers::idempotent(hub, r, [&] {
                JsonReader body(r.body);
                if (!body.has(QLatin1String("assignee_id")))
                    body.fail(QLatin1String("assignee_id"),
                        QStringLiteral("is required (null returns it to the queue)"));
                const auto assignee = body.optionalId(QLatin1String("assignee_id"));
                if (!body.ok())
                    return RequestHelpers::invalid(body);
                const auto c = hub.conversations.assign(r.user(), r.ids[0], assignee);
                return c.ok() ? ApiResponse::json(200, c.value().toJson())
                              : ApiResponse::fromError(c.error());
            });
        });
    router.add(QStringLiteral("POST"), QStringLiteral("/api/v1/conversations/{id}/status"),
        Access::Agent, [&hub](ApiRequest &r) {
            return RequestHelpers::idempotent(hub, r, [&] {
                JsonReader body(r.body);
                const auto status
                    = body.requiredEnum(QLatin1String("status"), ConversationStatus::Open);
                if (!body.ok())
                    return RequestHelpers::invalid(body);
                const auto c = hub.conversations.setStatus(r.user(), r.ids[0], status);
                return c.ok() ? ApiResponse::json(200, c.value().toJson())
                              : ApiResponse::fromError(c.error());
            });
        });
}

} // namespace Switchboard::Hub::Endpoints
