// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CallRecord.h"

#include "JsonReader.h"
#include "WireTime.h"

namespace Switchboard::Domain {

namespace {
QJsonValue optionalId(const std::optional<Id> &id)
{
    return id ? QJsonValue(*id) : QJsonValue();
}
} // namespace

CallRecord::State CallRecord::state() const
{
    if (endedAt.isValid())
        return State::Ended;
    if (!answeredAt.isValid())
        return State::Offered;
    return onHold ? State::OnHold : State::Answered;
}

QJsonObject CallRecord::toJson() const
{
    return {{QLatin1String("id"), id}, {QLatin1String("customer_id"), customerId},
        {QLatin1String("conversation_id"), optionalId(conversationId)},
        {QLatin1String("direction"), toWire(direction)}, {QLatin1String("from_number"), fromNumber},
        {QLatin1String("to_number"), toNumber}, {QLatin1String("agent_id"), optionalId(agentId)},
        {QLatin1String("offered_at"), WireTime::toJson(offeredAt)},
        {QLatin1String("answered_at"), WireTime::toJson(answeredAt)},
        {QLatin1String("ended_at"), WireTime::toJson(endedAt)},
        {QLatin1String("duration_seconds"), durationSeconds}, {QLatin1String("on_hold"), onHold},
        {QLatin1String("hold_started_at"), WireTime::toJson(holdStartedAt)},
        {QLatin1String("held_seconds"), heldSeconds}, {QLatin1String("disposition"), disposition},
        {QLatin1String("wrap_up_notes"), wrapUpNotes},
        {QLatin1String("wrap_up_seconds"), wrapUpSeconds},
        {QLatin1String("recording_url"), recordingUrl},
        {QLatin1String("provider_call_id"), providerCallId}};
}

std::optional<CallRecord> CallRecord::fromJson(const QJsonObject &json, QString *error)
{
    JsonReader r(json);
    CallRecord out;
    out.id = r.requiredId(QLatin1String("id"));
    out.customerId = r.requiredId(QLatin1String("customer_id"));
    out.conversationId = r.optionalId(QLatin1String("conversation_id"));
    out.direction = r.requiredEnum(QLatin1String("direction"), CallDirection::Inbound);
    out.fromNumber = r.optionalString(QLatin1String("from_number"));
    out.toNumber = r.optionalString(QLatin1String("to_number"));
    out.agentId = r.optionalId(QLatin1String("agent_id"));
    out.offeredAt = r.optionalTime(QLatin1String("offered_at"));
    out.answeredAt = r.optionalTime(QLatin1String("answered_at"));
    out.endedAt = r.optionalTime(QLatin1String("ended_at"));
    out.durationSeconds = int(r.optionalInteger(QLatin1String("duration_seconds"), 0, INT_MAX, 0));
    // Hold members arrived with call control; records from older hubs lack them.
    out.onHold = r.optionalBool(QLatin1String("on_hold"), false);
    out.holdStartedAt = r.optionalTime(QLatin1String("hold_started_at"));
    out.heldSeconds = int(r.optionalInteger(QLatin1String("held_seconds"), 0, INT_MAX, 0));
    out.disposition = r.optionalString(QLatin1String("disposition"));
    out.wrapUpNotes = r.optionalString(QLatin1String("wrap_up_notes"));
    // From hubs before schema 12: none recorded.
    out.wrapUpSeconds = int(r.optionalInteger(QLatin1String("wrap_up_seconds"), 0, INT_MAX, 0));
    out.recordingUrl = r.optionalString(QLatin1String("recording_url"));
    out.providerCallId = r.optionalString(QLatin1String("provider_call_id"));
    if (!r.ok()) {
        if (error)
            *error = r.error();
        return std::nullopt;
    }
    return out;
}

} // namespace Switchboard::Domain
