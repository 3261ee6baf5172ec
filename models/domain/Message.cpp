// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Message.h"

#include "JsonReader.h"
#include "WireTime.h"

#include <climits>

namespace Switchboard::Domain {

QJsonObject Message::toJson() const
{
    QJsonObject out{{QLatin1String("id"), id}, {QLatin1String("conversation_id"), conversationId},
        {QLatin1String("customer_id"), customerId}, {QLatin1String("channel"), toWire(channel)},
        {QLatin1String("kind"), toWire(kind)},
        {QLatin1String("author_user_id"), authorUserId ? QJsonValue(*authorUserId) : QJsonValue()},
        {QLatin1String("author_name"), authorName}, {QLatin1String("body"), body},
        {QLatin1String("body_html"), bodyHtml},
        {QLatin1String("created_at"), WireTime::toJson(createdAt)},
        {QLatin1String("delivery"), toWire(delivery)},
        {QLatin1String("delivery_error"), deliveryError},
        {QLatin1String("provider_message_id"), providerMessageId},
        {QLatin1String("channel_metadata"), channelMetadata},
        {QLatin1String("client_id"), clientId}};
    if (whisperTo != 0)
        out.insert(QLatin1String("whisper_to"), whisperTo);
    return out;
}

std::optional<Message> Message::fromJson(const QJsonObject &json, QString *error)
{
    JsonReader r(json);
    Message out;
    out.id = r.requiredId(QLatin1String("id"));
    out.conversationId = r.requiredId(QLatin1String("conversation_id"));
    out.customerId = r.requiredId(QLatin1String("customer_id"));
    out.channel = r.requiredEnum(QLatin1String("channel"), ChannelKind::Email);
    out.kind = r.requiredEnum(QLatin1String("kind"), MessageKind::Inbound);
    out.authorUserId = r.optionalId(QLatin1String("author_user_id"));
    out.authorName = r.optionalString(QLatin1String("author_name"));
    out.body = r.optionalString(QLatin1String("body"));
    out.bodyHtml = r.optionalString(QLatin1String("body_html"));
    out.createdAt = r.optionalTime(QLatin1String("created_at"));
    out.delivery = r.optionalEnum(QLatin1String("delivery"), DeliveryState::None);
    out.deliveryError = r.optionalString(QLatin1String("delivery_error"));
    out.providerMessageId = r.optionalString(QLatin1String("provider_message_id"));
    out.channelMetadata = r.object(QLatin1String("channel_metadata"));
    out.clientId = r.optionalString(QLatin1String("client_id"));
    out.whisperTo = r.optionalInteger(QLatin1String("whisper_to"), 0, LLONG_MAX, 0);
    if (!r.ok()) {
        if (error)
            *error = r.error();
        return std::nullopt;
    }
    return out;
}

} // namespace Switchboard::Domain
