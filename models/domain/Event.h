// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Ids.h"

#include <QDateTime>
#include <QJsonObject>
#include <QLatin1String>
#include <optional>

namespace Switchboard::Domain {

//! Event types on the hub's stream; the payload is the changed record in full.
namespace EventType {
inline constexpr QLatin1String CustomerCreated{"customer.created"};
inline constexpr QLatin1String CustomerUpdated{"customer.updated"};
//! data: {"customer": the record kept, as it is now, "merged_id": the record that went into it
//! and no longer exists}. Everything of merged_id (identities, conversations, messages, calls)
//! now belongs to customer.
inline constexpr QLatin1String CustomerMerged{"customer.merged"};
//! data: {"customer": the record split, as it is now, "new_customer": the record created,
//! "conversation_ids": the conversations (with their messages and calls) that moved to it}.
inline constexpr QLatin1String CustomerSplit{"customer.split"};
inline constexpr QLatin1String ConversationCreated{"conversation.created"};
inline constexpr QLatin1String ConversationUpdated{"conversation.updated"};
inline constexpr QLatin1String MessageCreated{"message.created"};
//! A stored message changed on its channel: edited, hidden or removed there, or its delivery state.
inline constexpr QLatin1String MessageUpdated{"message.updated"};
inline constexpr QLatin1String CallCreated{"call.created"};
inline constexpr QLatin1String CallUpdated{"call.updated"};
inline constexpr QLatin1String UserCreated{"user.created"};
inline constexpr QLatin1String UserUpdated{"user.updated"};
inline constexpr QLatin1String PresenceChanged{"presence.changed"};
//! data: the reply policy as GET /api/v1/policy returns it.
inline constexpr QLatin1String PolicyUpdated{"policy.updated"};
//! data: a Queue, as it is after an admin created or changed it; to everyone.
inline constexpr QLatin1String QueueUpdated{"queue.updated"};
//! data: {"id": the queue removed}; its conversations now have no queue.
inline constexpr QLatin1String QueueDeleted{"queue.deleted"};
//! data: an AuditEntry; supervisors only.
inline constexpr QLatin1String AuditCreated{"audit.created"};
//! data: one agent's row of the supervisor board (api.md 3.15); supervisors only, recorded only
//! when the row changed.
inline constexpr QLatin1String BoardAgent{"board.agent"};
//! data: one queue's row of the supervisor board (queue_id null: work in no queue); supervisors
//! only, recorded only when the row changed.
inline constexpr QLatin1String BoardQueue{"board.queue"};
} // namespace EventType

//! One change on the hub, numbered in the order it was committed.
struct Event
{
    Seq seq = 0;
    QString type;
    QDateTime at;
    //! The record as it is after the change, e.g. the whole conversation.
    QJsonObject data;

    QJsonObject toJson() const;
    static std::optional<Event> fromJson(const QJsonObject &json, QString *error = nullptr);
    bool operator==(const Event &) const = default;
};

} // namespace Switchboard::Domain
