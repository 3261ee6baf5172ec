// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Ids.h"

#include <QDateTime>
#include <QJsonObject>
#include <QLatin1String>
#include <optional>

namespace Switchboard::Domain {

//! Actions the hub's audit log records.
namespace AuditAction {
//! A user with the permission sent a reply the reply policy blocks.
inline constexpr QLatin1String ReplyPolicyOverride{"reply_policy.override"};
//! An admin replaced the reply policy's brand contacts and rules.
inline constexpr QLatin1String ReplyPolicyUpdated{"reply_policy.updated"};
//! A supervisor merged one customer record into another (the same person).
inline constexpr QLatin1String CustomerMerge{"customer.merge"};
//! A supervisor moved identities and conversations off a customer into a new record.
inline constexpr QLatin1String CustomerSplit{"customer.split"};
//! An admin replaced the topic rules the analysis of incoming work reads.
inline constexpr QLatin1String TopicRulesUpdated{"topic_rules.updated"};
//! Routing gave waiting work to an agent (user "routing"); details say who and why.
inline constexpr QLatin1String RoutingAssigned{"routing.assigned"};
//! New work came in that no agent could take now; it waits unassigned.
inline constexpr QLatin1String RoutingQueued{"routing.queued"};
//! A call that rang out or was declined was offered to the next agent (or left waiting).
inline constexpr QLatin1String RoutingReoffered{"routing.reoffered"};
//! The open conversations of an agent offline past the grace period went back to the queue.
inline constexpr QLatin1String RoutingRequeued{"routing.requeued"};
//! An admin created, changed or removed a queue; details hold the queue.
inline constexpr QLatin1String QueueCreated{"queue.created"};
inline constexpr QLatin1String QueueUpdated{"queue.updated"};
inline constexpr QLatin1String QueueDeleted{"queue.deleted"};
//! A supervisor opened a conversation to follow it live.
inline constexpr QLatin1String SupervisorMonitor{"supervisor.monitor"};
//! A supervisor wrote a note only the conversation's assignee (and supervisors) can read.
inline constexpr QLatin1String SupervisorWhisper{"supervisor.whisper"};
//! A supervisor took a conversation over from its assignee (details: previous assignee).
inline constexpr QLatin1String SupervisorTakeOver{"supervisor.take_over"};
//! A supervisor moved someone else's conversation to another assignee (details: from, to).
inline constexpr QLatin1String SupervisorReassign{"supervisor.reassign"};
//! A supervisor changed another user's presence (details: user, from, to; the reason).
inline constexpr QLatin1String SupervisorSetState{"supervisor.set_state"};
} // namespace AuditAction

//! One entry of the hub's audit log: who did what, when, why.
struct AuditEntry
{
    Id id = 0;
    QDateTime at;
    Id userId = 0;
    QString userName;
    QString action;
    std::optional<Id> conversationId;
    std::optional<Id> messageId;
    //! The reason the user gave; empty if none.
    QString reason;
    //! Action-specific facts; for an override the channel, visibility and finding kinds and
    //! offsets, never the text itself.
    QJsonObject details;

    QJsonObject toJson() const;
    static std::optional<AuditEntry> fromJson(const QJsonObject &json, QString *error = nullptr);
    bool operator==(const AuditEntry &) const = default;
};

} // namespace Switchboard::Domain
