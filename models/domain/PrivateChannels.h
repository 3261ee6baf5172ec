// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Customer.h"
#include "Enums.h"

#include <QList>
#include <optional>

namespace Switchboard::Domain {

//! Where a customer can be written to in private, for "Move to private". Shared by the composer,
//! which offers the channels, and the hub, which refuses any other.
class PrivateChannels
{
public:
    //! The private text channels the customer can be reached on, best first for a move from
    //! `from`: the same platform's private channel (a Facebook comment's author can always be
    //! sent a private reply on Messenger, an Instagram comment's on Instagram), then WhatsApp,
    //! email and SMS, then the other platforms' direct messages.
    static QList<ChannelKind> reachable(
        const Customer &customer, std::optional<ChannelKind> from = std::nullopt);
    //! True when `channel` is in reachable(customer, from).
    static bool canReach(
        const Customer &customer, ChannelKind channel, std::optional<ChannelKind> from);
    //! The identity a channel writes to (email: an email address, sms: a phone number, ...);
    //! nullopt for voice and the public channels.
    static std::optional<IdentityKind> identityFor(ChannelKind channel);
};

} // namespace Switchboard::Domain
