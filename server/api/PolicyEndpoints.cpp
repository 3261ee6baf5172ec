// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Endpoints.h"
#include "HubServices.h"
#include "RequestHelpers.h"
#include "Router.h"
#include "domain/JsonReader.h"
#include "service/ConversationService.h"
#include "service/ReplyPolicyService.h"
#include "storage/AuditRepository.h"
#include "storage/ConversationRepository.h"
#include "storage/Storage.h"

#include <QJsonArray>

namespace Switchboard::Hub::Endpoints {

using Access = Router::Access;
using namespace Domain;

namespace {

//! POST /api/v1/replies/check: what the reply policy says about a text on a channel.
ApiResponse checkReply(HubServices &hub, const ApiRequest &r)
{
    JsonReader body(r.body);
    const bool hasChannel = body.has(QLatin1String("channel"));
    const bool hasConversation = body.has(QLatin1String("conversation_id"));
    if (hasChannel == hasConversation) {
        return ApiResponse::error(400, QStringLiteral("invalid_field"),
            QStringLiteral("channel: give either channel or conversation_id"),
            QStringLiteral("channel"));
    }
    const QString text = body.requiredString(QLatin1String("text"), true);
    ChannelKind channel = ChannelKind::Email;
    Id conversationId = 0;
    if (hasChannel)
        channel = body.requiredEnum(QLatin1String("channel"), ChannelKind::Email);
    else
        conversationId = body.requiredId(QLatin1String("conversation_id"));
    if (body.ok() && text.size() > ConversationService::MaxBodyLength) {
        body.fail(QLatin1String("text"),
            QStringLiteral("must be at most %1 characters")
                .arg(ConversationService::MaxBodyLength));
    }
    if (!body.ok())
        return RequestHelpers::invalid(body);
    if (hasConversation) {
        const auto conversation = hub.storage.conversations().byId(conversationId);
        if (!conversation) {
            return ApiResponse::fromError(
                ServiceError::notFound(QStringLiteral("conversation %1").arg(conversationId)));
        }
        channel = conversation->channel;
    }
    return ApiResponse::json(200, hub.replyPolicy.check(channel, text).toJson());
}

//! POST /api/v1/customers/{id}/conversations: a first reply on a private channel.
ApiResponse startPrivate(HubServices &hub, const ApiRequest &r)
{
    JsonReader body(r.body);
    const auto channel = body.requiredEnum(QLatin1String("channel"), ChannelKind::Email);
    ConversationService::Draft draft;
    draft.body = body.requiredString(QLatin1String("body"));
    draft.clientId = r.body.value(QLatin1String("client_id")).toString();
    const auto origin = body.optionalId(QLatin1String("origin_conversation_id"));
    const QString subject = body.optionalString(QLatin1String("subject")).trimmed();
    if (body.ok() && subject.size() > 200)
        body.fail(QLatin1String("subject"), QStringLiteral("must be at most 200 characters"));
    if (!body.ok())
        return RequestHelpers::invalid(body);
    ApiResponse error;
    if (!RequestHelpers::readOverride(r.body, &draft.overrideReason, &error))
        return error;
    const auto started
        = hub.conversations.startPrivate(r.user(), r.ids[0], channel, origin, subject, draft);
    if (!started.ok())
        return ApiResponse::fromError(started.error());
    return ApiResponse::json(201,
        {{QStringLiteral("conversation"), started.value().conversation.toJson()},
            {QStringLiteral("message"), started.value().message.toJson()}});
}

} // namespace

void registerPolicy(Router &router, HubServices &hub)
{
    router.add(QStringLiteral("POST"), QStringLiteral("/api/v1/replies/check"), Access::Agent,
        [&hub](ApiRequest &r) { return checkReply(hub, r); });
    router.add(QStringLiteral("GET"), QStringLiteral("/api/v1/policy"), Access::Agent,
        [&hub](ApiRequest &) { return ApiResponse::json(200, hub.replyPolicy.toJson()); });
    router.add(QStringLiteral("PUT"), QStringLiteral("/api/v1/policy"), Access::Admin,
        [&hub](ApiRequest &r) {
            return RequestHelpers::idempotent(hub, r, [&] {
                const auto updated = hub.replyPolicy.update(r.user(), r.body);
                return updated.ok() ? ApiResponse::json(200, updated.value())
                                    : ApiResponse::fromError(updated.error());
            });
        });
    router.add(QStringLiteral("POST"), QStringLiteral("/api/v1/customers/{id}/conversations"),
        Access::Agent, [&hub](ApiRequest &r) {
            return RequestHelpers::idempotent(hub, r, [&] { return startPrivate(hub, r); });
        });
    router.add(QStringLiteral("GET"), QStringLiteral("/api/v1/audit"), Access::Supervisor,
        [&hub](ApiRequest &r) {
            ApiResponse error;
            const auto window = RequestHelpers::pageWindow(r, 500, 100, &error);
            if (!window)
                return error;
            const QString action = r.query.queryItemValue(QStringLiteral("action"));
            return RequestHelpers::page(
                hub.storage.audit().list(window->after, window->limit, action), window->limit);
        });
}

} // namespace Switchboard::Hub::Endpoints
