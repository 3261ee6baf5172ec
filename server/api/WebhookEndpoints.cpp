// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Provider webhooks: each delivery is verified before anything in it is parsed or stored.
#include "Endpoints.h"
#include "HubServices.h"
#include "RequestHelpers.h"
#include "Router.h"
#include "channels/DeliveryStatus.h"
#include "channels/meta/MetaWebhook.h"
#include "service/InboundService.h"

#include <QJsonObject>
#include <any>
#include <variant>

namespace Switchboard::Hub::Endpoints {

using namespace Domain;
using Access = Router::Access;

namespace {

ApiResponse notConfigured(const QString &what)
{
    return ApiResponse::error(503, QStringLiteral("channel_not_configured"),
        QStringLiteral("the Meta webhook is off: set %1 in the hub's configuration").arg(what));
}

bool applyCommentChange(Message &message, const MetaCommentChange &change)
{
    QJsonObject &meta = message.channelMetadata;
    const QJsonObject before = meta;
    const QString bodyBefore = message.body;
    switch (change.kind) {
    case MetaCommentChange::Kind::Edited:
        message.body = change.text;
        meta.insert(QLatin1String("edited"), true);
        break;
    case MetaCommentChange::Kind::Hidden:
        meta.insert(QLatin1String("hidden"), true);
        break;
    case MetaCommentChange::Kind::Unhidden:
        meta.remove(QLatin1String("hidden"));
        break;
    case MetaCommentChange::Kind::Removed:
        meta.insert(QLatin1String("removed"), true);
        break;
    }
    return meta != before || message.body != bodyBefore;
}

constexpr QByteArrayView MetaSignatureHeader = "X-Hub-Signature-256";

//! A Meta delivery checked and parsed, or the answer that refuses it.
using CheckedMeta = std::variant<ApiResponse, MetaDelivery>;

//! Everything a Meta delivery needs before the database: the signature over the raw body,
//! then the JSON and the delivery's items. Only reads settings, so it runs on the HTTP thread
//! that received the delivery (the route's prepare step).
CheckedMeta checkMeta(const MetaSettings &meta, const HttpRequest &request)
{
    const QByteArray signature = request.header(MetaSignatureHeader);
    if (meta.appSecret.isEmpty())
        return notConfigured(QStringLiteral("meta/app_secret or SWITCHBOARD_META_APP_SECRET"));
    if (!MetaWebhook::signatureValid(meta.appSecret.toUtf8(), request.body, signature))
        return RequestHelpers::badSignature(
            QString::fromLatin1(MetaSignatureHeader), !signature.isEmpty());
    ApiResponse refused;
    const auto body = RequestHelpers::rawJsonObject(request.body, &refused);
    if (!body)
        return refused;
    QString error;
    auto delivery = MetaWebhook::parse(*body, meta.pageId, &error);
    if (!delivery)
        return ApiResponse::error(400, QStringLiteral("invalid_delivery"), error);
    return std::move(*delivery);
}

ApiResponse receiveMeta(HubServices &hub, const ApiRequest &request)
{
    const auto &checked = std::any_cast<const CheckedMeta &>(request.prepared);
    if (const auto *refused = std::get_if<ApiResponse>(&checked))
        return *refused;
    const MetaDelivery &delivery = std::get<MetaDelivery>(checked);

    // Each item commits on its own: if the database fails part-way Meta retries the whole
    // delivery, and what was already stored is recognised by its provider id.
    int stored = 0;
    int duplicates = 0;
    int updated = 0;
    int ignored = delivery.ignored;
    for (const InboundMessage &message : delivery.messages) {
        if (hub.inbound.receive(message).duplicate)
            ++duplicates;
        else
            ++stored;
    }
    for (const MetaCommentChange &change : delivery.commentChanges) {
        const bool done = hub.inbound
                              .updateFromChannel(change.channel, change.commentId,
                                  [&change](Message &m) { return applyCommentChange(m, change); })
                              .has_value();
        ++(done ? updated : ignored);
    }
    for (const MetaStatus &status : delivery.statuses) {
        const bool done = hub.inbound
                              .updateFromChannel(ChannelKind::WhatsApp, status.providerMessageId,
                                  [&status](Message &m) {
                                      return applyDeliveryStatus(m, status.state, status.error);
                                  })
                              .has_value();
        ++(done ? updated : ignored);
    }
    return ApiResponse::json(200,
        QJsonObject{{QStringLiteral("stored"), stored}, {QStringLiteral("duplicates"), duplicates},
            {QStringLiteral("updated"), updated}, {QStringLiteral("ignored"), ignored}});
}

ApiResponse verifyMeta(HubServices &hub, const ApiRequest &request)
{
    if (hub.meta.verifyToken.isEmpty())
        return notConfigured(QStringLiteral("meta/verify_token or SWITCHBOARD_META_VERIFY_TOKEN"));
    const QString mode
        = request.query.queryItemValue(QStringLiteral("hub.mode"), QUrl::FullyDecoded);
    const QString token
        = request.query.queryItemValue(QStringLiteral("hub.verify_token"), QUrl::FullyDecoded);
    if (!MetaWebhook::handshakeValid(mode, token, hub.meta.verifyToken)) {
        return ApiResponse::error(403, QStringLiteral("verification_failed"),
            QStringLiteral("hub.mode must be subscribe and hub.verify_token the configured "
                           "token"));
    }
    ApiResponse response;
    response.status = 200;
    response.contentType = "text/plain; charset=utf-8";
    response.body
        = request.query.queryItemValue(QStringLiteral("hub.challenge"), QUrl::FullyDecoded)
              .toUtf8();
    return response;
}

} // namespace

void registerWebhooks(Router &router, HubServices &hub)
{
    router.add(QStringLiteral("GET"), QStringLiteral("/webhooks/meta"), Access::Public,
        [&hub](ApiRequest &request) { return verifyMeta(hub, request); });
    router.add(
        QStringLiteral("POST"), QStringLiteral("/webhooks/meta"), Access::Webhook,
        [&hub](ApiRequest &request) { return receiveMeta(hub, request); },
        [&meta = std::as_const(hub.meta)](
            const HttpRequest &request) { return std::any(checkMeta(meta, request)); });
    registerXWebhook(router, hub);
    registerTwilioWebhooks(router, hub);
}

} // namespace Switchboard::Hub::Endpoints
