// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Analysis.h"
#include "Enums.h"
#include "Ids.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>
#include <optional>

namespace Switchboard::Domain {

//! One thread of contact with a customer on one channel.
struct Conversation
{
    Id id = 0;
    Id customerId = 0;
    ChannelKind channel = ChannelKind::Email;
    ConversationStatus status = ConversationStatus::Open;
    //! The agent working it; nullopt while it waits in a queue.
    std::optional<Id> assigneeId;
    Priority priority = Priority::Normal;
    //! When the next response is due under the service-level agreement; invalid if none.
    QDateTime slaDueAt;
    QStringList tags;
    //! Email subject, post excerpt or call summary: what the inbox shows as the title.
    QString subject;
    //! The provider's thread or root-post id, used to join later messages to this conversation.
    QString externalThreadId;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime lastMessageAt;
    //! Id of the newest message; 0 when the conversation has none yet.
    Id lastMessageId = 0;
    //! The public conversation the customer was moved from ("Move to private"); nullopt if none.
    std::optional<Id> originConversationId;
    //! The hub's reading of the newest customer message while it waits; nullopt before any.
    std::optional<Analysis> analysis;
    //! The queue the analysis put it in (the first matching by position); nullopt: none.
    std::optional<Id> queueId;

    Visibility visibility() const { return visibilityOf(channel); }

    QJsonObject toJson() const;
    static std::optional<Conversation> fromJson(const QJsonObject &json, QString *error = nullptr);
    bool operator==(const Conversation &) const = default;
};

} // namespace Switchboard::Domain
