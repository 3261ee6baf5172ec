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
#include <any>
#include <variant>

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

constexpr QByteArrayView SignatureHeader = "x-twitter-webhooks-signature";
using CheckedX = std::variant<ApiResponse, XDelivery>;

// The signature over the raw body, then the JSON and the delivery's items: everything before
// the database. Only reads settings, so it runs on the HTTP thread that received the delivery
// (the route's prepare step).
CheckedX checkX(const XSettings &x, const HttpRequest &request)
{
    if (x.consumerSecret.isEmpty())
        return notConfigured();
    const QByteArray signature = request.header(SignatureHeader);
    if (!XWebhook::signatureValid(x.consumerSecret.toUtf8(), request.body, signature))
        return RequestHelpers::badSignature(
            QString::fromLatin1(SignatureHeader), !signature.isEmpty());
    ApiResponse refused;
    const auto body = RequestHelpers::rawJsonObject(request.body, &refused);
    if (!body)
        return refused;
    QString error;
    auto delivery = XWebhook::parse(*body, x.userId, &error);
    if (!delivery)
        return ApiResponse::error(400, QStringLiteral("invalid_delivery"), error);
    return std::move(*delivery);
}

ApiResponse receiveX(HubServices &hub, const ApiRequest &request)
{
    const auto &checked = std::any_cast<const CheckedX &>(request.prepared);
    if (const auto *refused = std::get_if<ApiResponse>(&checked))
        return *refused;
    const XDelivery &delivery = std::get<XDelivery>(checked);

    // Each item commits on its own; X retries a delivery that failed, and what was stored
    // already is recognised by its provider id.
    int stored = 0;
    int duplicates = 0;
    for (InboundMessage message : delivery.messages) {
        resolve(hub.storage, message);
        ++(hub.inbound.receive(message).duplicate ? duplicates : stored);
    }
    return ApiResponse::json(200,
        QJsonObject{{QStringLiteral("stored"), stored}, {QStringLiteral("duplicates"), duplicates},
            {QStringLiteral("ignored"), delivery.ignored}});
}

} // namespace

void registerXWebhook(Router &router, HubServices &hub)
{
    router.add(QStringLiteral("GET"), QStringLiteral("/webhooks/x"), Access::Public,
        [&hub](ApiRequest &request) { return crcCheck(hub, request); });
    router.add(
        QStringLiteral("POST"), QStringLiteral("/webhooks/x"), Access::Webhook,
        [&hub](ApiRequest &request) { return receiveX(hub, request); },
        [&x = std::as_const(hub.x)](
            const HttpRequest &request) { return std::any(checkX(x, request)); });
}

} // namespace Switchboard::Hub::Endpoints
