// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// X's Account Activity webhook: verified (CRC, signature) before anything is parsed or stored.
#include "Endpoints.h"
#include "HubServices.h"
#include "RequestHelpers.h"
#include "Router.h"
#include "channels/x/XWebhook.h"
#include "service/InboundService.h"
#include "storage/ConversationRepository.h"
#include "storage/CustomerRepository.h"
#include "storage/MessageRepository.h"
#include "storage/Storage.h"

#include <QJsonObject>

namespace Switchboard::Hub::Endpoints {

using namespace Domain;
using Access = Router::Access;

namespace {

ApiResponse notConfigured()
{
    return ApiResponse::error(503, QStringLiteral("channel_not_configured"),
        QStringLiteral("the X webhook is off: set x/consumer_secret or "
                       "SWITCHBOARD_X_CONSUMER_SECRET in the hub's configuration"));
}

// Joins what the delivery says to what the hub already has: a reply to a post of a thread the
// hub holds continues that thread, and a customer recorded by handle (@name) before X's id was
// known is the same customer.
void resolve(Storage &storage, InboundMessage &message)
{
    const QString inReplyTo
        = message.channelMetadata.value(QLatin1String("in_reply_to_status_id")).toString();
    if (message.channel == ChannelKind::XPost && !inReplyTo.isEmpty()) {
        if (const auto parent = storage.messages().byProviderId(ChannelKind::XPost, inReplyTo)) {
            if (const auto thread = storage.conversations().byId(parent->conversationId))
                message.threadId = thread->externalThreadId;
        }
    }
    const QString handle = message.channelMetadata.value(QLatin1String("screen_name")).toString();
    if (!handle.isEmpty()
        && !storage.customers().findByIdentity(IdentityKind::X, message.sender.value)) {
        const Identity byHandle{0, IdentityKind::X, QLatin1Char('@') + handle};
        if (storage.customers().findByIdentity(byHandle.kind, byHandle.value))
            message.sender = byHandle;
    }
}

ApiResponse crcCheck(HubServices &hub, const ApiRequest &request)
{
    if (hub.x.consumerSecret.isEmpty())
        return notConfigured();
    const QString token
        = request.query.queryItemValue(QStringLiteral("crc_token"), QUrl::FullyDecoded);
    if (token.isEmpty()) {
        return ApiResponse::error(400, QStringLiteral("invalid_parameter"),
            QStringLiteral("the CRC check sends crc_token"), QStringLiteral("crc_token"));
    }
    return ApiResponse::json(200,
        QJsonObject{{QStringLiteral("response_token"),
            QString::fromLatin1(
                XWebhook::crcResponseToken(hub.x.consumerSecret.toUtf8(), token.toUtf8()))}});
}

ApiResponse receiveX(HubServices &hub, const ApiRequest &request)
{
    if (hub.x.consumerSecret.isEmpty())
        return notConfigured();
    const QByteArray signature = request.header("x-twitter-webhooks-signature");
    if (!XWebhook::signatureValid(hub.x.consumerSecret.toUtf8(), request.rawBody, signature))
        return RequestHelpers::badSignature(
            QStringLiteral("x-twitter-webhooks-signature"), !signature.isEmpty());
    ApiResponse refused;
    const auto body = RequestHelpers::rawJsonObject(request, &refused);
    if (!body)
        return refused;
    QString error;
    const auto delivery = XWebhook::parse(*body, hub.x.userId, &error);
    if (!delivery)
        return ApiResponse::error(400, QStringLiteral("invalid_delivery"), error);

    // Each item commits on its own; X retries a delivery that failed, and what was stored
    // already is recognised by its provider id.
    int stored = 0;
    int duplicates = 0;
    for (InboundMessage message : delivery->messages) {
        resolve(hub.storage, message);
        ++(hub.inbound.receive(message).duplicate ? duplicates : stored);
    }
    return ApiResponse::json(200,
        QJsonObject{{QStringLiteral("stored"), stored}, {QStringLiteral("duplicates"), duplicates},
            {QStringLiteral("ignored"), delivery->ignored}});
}

} // namespace

void registerXWebhook(Router &router, HubServices &hub)
{
    router.add(QStringLiteral("GET"), QStringLiteral("/webhooks/x"), Access::Public,
        [&hub](ApiRequest &request) { return crcCheck(hub, request); });
    router.add(QStringLiteral("POST"), QStringLiteral("/webhooks/x"), Access::Webhook,
        [&hub](ApiRequest &request) { return receiveX(hub, request); });
}

} // namespace Switchboard::Hub::Endpoints
