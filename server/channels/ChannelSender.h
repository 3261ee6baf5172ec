// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Customer.h"
#include "domain/Enums.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>

namespace Switchboard::Hub {

//! A reply on its way to a channel, with everything a connector needs to address it. Built by
//! the delivery dispatcher from the deliveries table, which only ever holds replies: an internal
//! note can never become an OutboundReply.
struct OutboundReply
{
    //! The hub's id of the reply message.
    qint64 messageId = 0;
    Domain::ChannelKind channel = Domain::ChannelKind::Email;
    QString body;
    //! The conversation's subject (email).
    QString subject;
    //! The customer's identity on this channel (email address, phone number, page-scoped id …).
    Domain::Identity recipient;
    QString recipientName;
    //! The conversation's provider thread (email thread root, post id, DM conversation id).
    QString threadId;
    //! The latest inbound message of the conversation, which the reply answers: its provider id
    //! (email Message-ID, comment id, post id, SMS sid) and its channel metadata.
    QString inReplyToProviderId;
    QJsonObject inReplyToMetadata;
    //! 1 for the first try, then 2, 3 … after retries.
    int attempt = 1;
};

//! What became of one try to send a reply.
struct SendOutcome
{
    enum class Status {
        //! The provider accepted it (state becomes "sent"; later statuses may follow).
        Sent,
        //! The provider or the network failed in a way worth trying again (5xx, 429, timeouts,
        //! connection refused); the dispatcher backs off and retries.
        Retry,
        //! The provider refused it for good (4xx other than 429): state becomes "failed" with
        //! reason shown to the agent.
        Failed,
    };
    Status status = Status::Sent;
    //! The provider's id of the sent message, so later delivery statuses find the reply.
    QString providerMessageId;
    //! Merged into the reply's channel metadata (e.g. the Message-ID and References it went out
    //! with).
    QJsonObject channelMetadata;
    //! The provider's reason for Retry or Failed, as the provider put it (never a secret).
    QString reason;
    //! The provider's Retry-After in seconds; 0 lets the dispatcher choose its backoff.
    int retryAfterSeconds = 0;
};

//! A channel connector's outbound half. Lives on the hub thread; send() never blocks it.
class ChannelSender
{
public:
    virtual ~ChannelSender() = default;
    //! The channel kinds this sender delivers.
    virtual QList<Domain::ChannelKind> channels() const = 0;
    //! Starts sending reply; done is called exactly once, on the hub thread, with the outcome.
    virtual void send(const OutboundReply &reply, std::function<void(const SendOutcome &)> done)
        = 0;
};

} // namespace Switchboard::Hub
