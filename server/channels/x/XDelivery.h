// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "service/InboundService.h"

#include <QList>
#include <QString>

namespace Switchboard::Hub {

//! The X settings the hub is configured with; the secret is never logged.
struct XSettings
{
    //! The app's consumer secret: answers the CRC check and signs every delivery
    //! (x-twitter-webhooks-signature); without it the webhook stores nothing.
    QString consumerSecret;
    //! The account's own user id: what it posts or sends itself is not customer work. The
    //! delivery's for_user_id counts as the account too.
    QString userId;
};

//! What one verified Account Activity delivery asks of the hub, in the order X listed it.
struct XDelivery
{
    //! Mentions and replies (x_post) and direct messages (x_dm) from customers.
    QList<InboundMessage> messages;
    //! Items that are no customer work: the account's own posts and DMs, retweets, and events
    //! the hub does not take in (favorites, follows, typing indicators …).
    int ignored = 0;
};

} // namespace Switchboard::Hub
