// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "service/InboundService.h"

#include <QList>
#include <QString>

namespace Switchboard::Hub {

//! The Meta settings the hub is configured with; secrets, never logged.
struct MetaSettings
{
    //! Signs every delivery (X-Hub-Signature-256); without it the webhook stores nothing.
    QString appSecret;
    //! What Meta sends back in the subscription handshake.
    QString verifyToken;
    //! The page's (or Instagram account's) own id: what it writes itself is not customer work.
    QString pageId;
    //! Where replies go: the Graph API with its version.
    QString graphUrl = QStringLiteral("https://graph.facebook.com/v19.0");
    //! Authorises replies on the page, Instagram and WhatsApp; without it none is sent.
    QString pageAccessToken;
    //! The WhatsApp Business phone number replies go out from; without it WhatsApp waits.
    QString whatsappPhoneNumberId;
};

//! A change Meta reports about a comment the hub may have stored.
struct MetaCommentChange
{
    enum class Kind { Edited, Hidden, Unhidden, Removed };
    Domain::ChannelKind channel = Domain::ChannelKind::FacebookComment;
    QString commentId;
    Kind kind = Kind::Edited;
    //! The new text of an edited comment.
    QString text;
};

//! A WhatsApp delivery status of a message the hub sent.
struct MetaStatus
{
    QString providerMessageId;
    Domain::DeliveryState state = Domain::DeliveryState::Sent;
    //! The provider's reason when state is Failed.
    QString error;
};

//! What one verified webhook delivery asks of the hub, in the order Meta listed it.
struct MetaDelivery
{
    QList<InboundMessage> messages;
    QList<MetaCommentChange> commentChanges;
    QList<MetaStatus> statuses;
    //! Items that are no customer work: echoes, the page's own comments, read receipts, fields
    //! the hub does not take in.
    int ignored = 0;
};

} // namespace Switchboard::Hub
