// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Twilio's voice and messaging webhooks: each request's X-Twilio-Signature is checked against
// the URL Twilio requested before anything in it is stored.
#include "Endpoints.h"
#include "HubServices.h"
#include "Router.h"
#include "channels/DeliveryStatus.h"
#include "channels/twilio/TwilioVoice.h"
#include "channels/twilio/TwilioWebhook.h"
#include "service/InboundService.h"
#include "service/RoutingService.h"
#include "storage/CallRepository.h"
#include "storage/ConversationRepository.h"
#include "storage/CustomerRepository.h"
#include "storage/Storage.h"

#include <QUrlQuery>
#include <any>
#include <variant>

namespace Switchboard::Hub::Endpoints {

using namespace Domain;
using Access = Router::Access;

namespace {

ApiResponse twiml(const QByteArray &body)
{
    ApiResponse response;
    response.status = 200;
    response.contentType = "text/xml; charset=utf-8";
    response.body = body;
    return response;
}

// The URL Twilio signed: the hub's public address, then the path and query as requested.
QString signedUrl(const TwilioSettings &twilio, const QUrl &url)
{
    const QString query = QUrlQuery(url).query(QUrl::FullyEncoded);
    return twilio.publicUrl + url.path() + (query.isEmpty() ? QString() : QLatin1Char('?') + query);
}

constexpr QByteArrayView SignatureHeader = "X-Twilio-Signature";
using Checked = std::variant<TwilioParams, ApiResponse>;

// The checks every Twilio request passes, in order; none of them stores anything. On success
// the form's parameters, else the answer to give. Only reads settings, so it runs on the HTTP
// thread that received the request (the route's prepare step).
Checked verified(const TwilioSettings &twilio, const HttpRequest &request)
{
    if (twilio.authToken.isEmpty() || twilio.publicUrl.isEmpty()) {
        return ApiResponse::error(503, QStringLiteral("channel_not_configured"),
            QStringLiteral("the Twilio webhooks are off: set twilio/auth_token "
                           "(SWITCHBOARD_TWILIO_AUTH_TOKEN) and hub/public_url "
                           "(SWITCHBOARD_PUBLIC_URL) in the hub's configuration"));
    }
    const QByteArray signature = request.header(SignatureHeader);
    if (signature.isEmpty()) {
        return ApiResponse::error(403, QStringLiteral("invalid_signature"),
            QStringLiteral("the request has no X-Twilio-Signature header"));
    }
    const auto params = TwilioWebhook::parseForm(request.body);
    if (!params) {
        return ApiResponse::error(400, QStringLiteral("invalid_form"),
            QStringLiteral("the body is not an application/x-www-form-urlencoded form"));
    }
    if (!TwilioWebhook::signatureValid(
            twilio.authToken.toUtf8(), signedUrl(twilio, request.url), *params, signature)) {
        return ApiResponse::error(403, QStringLiteral("invalid_signature"),
            QStringLiteral("X-Twilio-Signature does not match the URL and parameters"));
    }
    return *params;
}

// The checks' result, from the route's prepare step.
const Checked &verified(const ApiRequest &request)
{
    return std::any_cast<const Checked &>(request.prepared);
}

ApiResponse invalidDelivery(const QString &error)
{
    return ApiResponse::error(400, QStringLiteral("invalid_delivery"), error);
}

ApiResponse voice(HubServices &hub, const ApiRequest &request)
{
    const Checked &checked = verified(request);
    if (auto *refused = std::get_if<ApiResponse>(&checked))
        return *refused;
    QString error;
    auto incoming = TwilioVoice::readCall(std::get<TwilioParams>(checked), &error);
    if (!incoming)
        return invalidDelivery(error);
    CallRecord call = incoming->call;
    // An incoming call rings one agent's desktop (call.created reaches them); with no one free
    // it waits in the queue, unassigned, as any other work. Routing offers it on if it rings
    // out or is declined.
    std::optional<RoutingDecision> decision;
    if (call.direction == CallDirection::Inbound
        && !hub.storage.calls().byProviderId(call.providerCallId)) {
        std::optional<Id> previous;
        if (const auto known = hub.storage.customers().findByIdentity(
                incoming->customer.kind, incoming->customer.value))
            previous = hub.storage.conversations().lastAssignee(*known, 0);
        decision = hub.routing.chooseForCall(call, {}, previous);
        call.agentId = decision->agentId;
    }
    // Twilio asks again for the same call (a retry): the call is recorded once.
    call = hub.inbound.recordCall(call, incoming->customer, incoming->customerName);
    if (decision)
        hub.routing.recordCallDecision(call, *decision);
    return twiml(TwilioVoice::answer(call));
}

ApiResponse voiceStatus(HubServices &hub, const ApiRequest &request)
{
    const Checked &checked = verified(request);
    if (auto *refused = std::get_if<ApiResponse>(&checked))
        return *refused;
    QString error;
    const auto status = TwilioVoice::readStatus(std::get<TwilioParams>(checked), &error);
    if (!status)
        return invalidDelivery(error);
    // A status of a call the hub never recorded changes nothing.
    hub.inbound.updateCallFromChannel(status->callSid,
        [&status](CallRecord &call) { return TwilioVoice::applyStatus(call, *status); });
    return twiml(TwilioVoice::emptyAnswer());
}

ApiResponse messaging(HubServices &hub, const ApiRequest &request)
{
    const Checked &checked = verified(request);
    if (auto *refused = std::get_if<ApiResponse>(&checked))
        return *refused;
    const TwilioParams &params = std::get<TwilioParams>(checked);
    QString error;
    // Status callbacks of the hub's own messages may come to this URL as well.
    if (TwilioWebhook::isMessageStatus(params)) {
        const auto status = TwilioWebhook::readMessageStatus(params, &error);
        if (!status)
            return invalidDelivery(error);
        if (status->state) {
            hub.inbound.updateFromChannel(
                ChannelKind::Sms, status->messageSid, [&status](Message &m) {
                    return applyDeliveryStatus(m, *status->state, status->error);
                });
        }
        return twiml(TwilioVoice::emptyAnswer());
    }
    const auto message = TwilioWebhook::readMessage(params, &error);
    if (!message)
        return invalidDelivery(error);
    // Twilio retries a message it could not deliver: the MessageSid stores it once. The agent
    // answers later; the TwiML answer sends nothing back now.
    hub.inbound.receive(*message);
    return twiml(TwilioVoice::emptyAnswer());
}

} // namespace

void registerTwilioWebhooks(Router &router, HubServices &hub)
{
    const auto check = [&twilio = std::as_const(hub.twilio)](const HttpRequest &request) {
        return std::any(verified(twilio, request));
    };
    router.add(
        QStringLiteral("POST"), QStringLiteral("/webhooks/twilio/voice"), Access::Webhook,
        [&hub](ApiRequest &request) { return voice(hub, request); }, check);
    router.add(
        QStringLiteral("POST"), QStringLiteral("/webhooks/twilio/voice-status"), Access::Webhook,
        [&hub](ApiRequest &request) { return voiceStatus(hub, request); }, check);
    router.add(
        QStringLiteral("POST"), QStringLiteral("/webhooks/twilio/messaging"), Access::Webhook,
        [&hub](ApiRequest &request) { return messaging(hub, request); }, check);
}

} // namespace Switchboard::Hub::Endpoints
