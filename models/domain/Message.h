// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Enums.h"
#include "Ids.h"

#include <QDateTime>
#include <QJsonObject>
#include <optional>

namespace Switchboard::Domain {

//! Something written in a conversation: by the customer, a reply to them, or an internal note.
struct Message
{
    Id id = 0;
    Id conversationId = 0;
    Id customerId = 0;
    //! The conversation's channel, repeated so a timeline item stands on its own.
    ChannelKind channel = ChannelKind::Email;
    MessageKind kind = MessageKind::Inbound;
    //! The user who wrote a reply or note; nullopt for what the customer wrote.
    std::optional<Id> authorUserId;
    QString authorName;
    //! Plain text; for email the text part (or text derived from the HTML part).
    QString body;
    //! The HTML part of an email as received; empty for everything else.
    QString bodyHtml;
    QDateTime createdAt;
    DeliveryState delivery = DeliveryState::None;
    //! The provider's reason when delivery failed.
    QString deliveryError;
    //! The provider's id for this message (email Message-ID, Graph id, tweet id, Twilio SID).
    QString providerMessageId;
    //! Channel specifics (thread ids, In-Reply-To, attachments) as the connector recorded them.
    QJsonObject channelMetadata;
    //! The id the writing client chose, which makes the write idempotent; empty for inbound.
    QString clientId;
    //! A supervisor's whisper: the one agent (the conversation's assignee) who may read this note
    //! besides supervisors and admins; 0 for every other message. On the wire only when set.
    Id whisperTo = 0;

    QJsonObject toJson() const;
    static std::optional<Message> fromJson(const QJsonObject &json, QString *error = nullptr);
    bool operator==(const Message &) const = default;
};

} // namespace Switchboard::Domain
