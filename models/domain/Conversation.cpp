// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Conversation.h"

#include "JsonReader.h"
#include "WireTime.h"

#include <QJsonArray>

namespace Switchboard::Domain {

QJsonObject Conversation::toJson() const
{
    return {{QLatin1String("id"), id}, {QLatin1String("customer_id"), customerId},
        {QLatin1String("channel"), toWire(channel)},
        {QLatin1String("visibility"), toWire(visibility())},
        {QLatin1String("status"), toWire(status)},
        {QLatin1String("assignee_id"), assigneeId ? QJsonValue(*assigneeId) : QJsonValue()},
        {QLatin1String("priority"), toWire(priority)},
        {QLatin1String("sla_due_at"), WireTime::toJson(slaDueAt)},
        {QLatin1String("tags"), QJsonArray::fromStringList(tags)},
        {QLatin1String("subject"), subject},
        {QLatin1String("external_thread_id"), externalThreadId},
        {QLatin1String("created_at"), WireTime::toJson(createdAt)},
        {QLatin1String("updated_at"), WireTime::toJson(updatedAt)},
        {QLatin1String("last_message_at"), WireTime::toJson(lastMessageAt)},
        {QLatin1String("last_message_id"), lastMessageId},
        {QLatin1String("origin_conversation_id"),
            originConversationId ? QJsonValue(*originConversationId) : QJsonValue()},
        {QLatin1String("analysis"), analysis ? QJsonValue(analysis->toJson()) : QJsonValue()},
        {QLatin1String("queue_id"), queueId ? QJsonValue(*queueId) : QJsonValue()}};
}

std::optional<Conversation> Conversation::fromJson(const QJsonObject &json, QString *error)
{
    JsonReader r(json);
    Conversation out;
    out.id = r.requiredId(QLatin1String("id"));
    out.customerId = r.requiredId(QLatin1String("customer_id"));
    out.channel = r.requiredEnum(QLatin1String("channel"), ChannelKind::Email);
    out.status = r.requiredEnum(QLatin1String("status"), ConversationStatus::Open);
    out.assigneeId = r.optionalId(QLatin1String("assignee_id"));
    out.priority = r.optionalEnum(QLatin1String("priority"), Priority::Normal);
    out.slaDueAt = r.optionalTime(QLatin1String("sla_due_at"));
    out.tags = r.stringList(QLatin1String("tags"));
    out.subject = r.optionalString(QLatin1String("subject"));
    out.externalThreadId = r.optionalString(QLatin1String("external_thread_id"));
    out.createdAt = r.optionalTime(QLatin1String("created_at"));
    out.updatedAt = r.optionalTime(QLatin1String("updated_at"));
    out.lastMessageAt = r.optionalTime(QLatin1String("last_message_at"));
    out.lastMessageId
        = r.optionalInteger(QLatin1String("last_message_id"), 0, Q_INT64_C(1) << 53, 0);
    out.originConversationId = r.optionalId(QLatin1String("origin_conversation_id"));
    // Absent from older hubs: no queue.
    out.queueId = r.optionalId(QLatin1String("queue_id"));
    const QJsonValue analysis = json.value(QLatin1String("analysis"));
    if (analysis.isObject()) {
        QString problem;
        out.analysis = Analysis::fromJson(analysis.toObject(), &problem);
        if (!out.analysis)
            r.fail(QLatin1String("analysis"), problem);
    } else if (!analysis.isUndefined() && !analysis.isNull()) {
        r.fail(QLatin1String("analysis"), QStringLiteral("must be an object"));
    }
    if (!r.ok()) {
        if (error)
            *error = r.error();
        return std::nullopt;
    }
    return out;
}

} // namespace Switchboard::Domain
