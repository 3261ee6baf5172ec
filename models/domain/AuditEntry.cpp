// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditEntry.h"

#include "JsonReader.h"
#include "WireTime.h"

namespace Switchboard::Domain {

namespace {

QJsonValue optionalIdJson(const std::optional<Id> &id)
{
    return id ? QJsonValue(*id) : QJsonValue();
}

} // namespace

QJsonObject AuditEntry::toJson() const
{
    return {{QLatin1String("id"), id}, {QLatin1String("at"), WireTime::toJson(at)},
        {QLatin1String("user_id"), userId}, {QLatin1String("user_name"), userName},
        {QLatin1String("action"), action},
        {QLatin1String("conversation_id"), optionalIdJson(conversationId)},
        {QLatin1String("message_id"), optionalIdJson(messageId)}, {QLatin1String("reason"), reason},
        {QLatin1String("details"), details}};
}

std::optional<AuditEntry> AuditEntry::fromJson(const QJsonObject &json, QString *error)
{
    JsonReader r(json);
    AuditEntry out;
    out.id = r.requiredId(QLatin1String("id"));
    out.at = r.optionalTime(QLatin1String("at"));
    out.userId = r.requiredId(QLatin1String("user_id"));
    out.userName = r.optionalString(QLatin1String("user_name"));
    out.action = r.requiredString(QLatin1String("action"));
    out.conversationId = r.optionalId(QLatin1String("conversation_id"));
    out.messageId = r.optionalId(QLatin1String("message_id"));
    out.reason = r.optionalString(QLatin1String("reason"));
    out.details = r.object(QLatin1String("details"));
    if (!r.ok()) {
        if (error)
            *error = r.error();
        return std::nullopt;
    }
    return out;
}

} // namespace Switchboard::Domain
