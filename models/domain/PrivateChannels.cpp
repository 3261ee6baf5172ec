// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PrivateChannels.h"

namespace Switchboard::Domain {

namespace {

//! The private channel on the same platform as a public one.
std::optional<ChannelKind> samePlatform(ChannelKind publicChannel)
{
    switch (publicChannel) {
    case ChannelKind::FacebookComment:
        return ChannelKind::Messenger;
    case ChannelKind::InstagramComment:
        return ChannelKind::InstagramDm;
    case ChannelKind::XPost:
        return ChannelKind::XDm;
    default:
        return std::nullopt;
    }
}

bool hasIdentity(const Customer &customer, IdentityKind kind)
{
    for (const Identity &identity : customer.identities) {
        if (identity.kind == kind && !identity.value.trimmed().isEmpty())
            return true;
    }
    return false;
}

} // namespace

std::optional<IdentityKind> PrivateChannels::identityFor(ChannelKind channel)
{
    switch (channel) {
    case ChannelKind::Email:
        return IdentityKind::Email;
    case ChannelKind::Sms:
        return IdentityKind::Phone;
    case ChannelKind::WhatsApp:
        return IdentityKind::WhatsApp;
    case ChannelKind::Messenger:
        return IdentityKind::Facebook;
    case ChannelKind::InstagramDm:
        return IdentityKind::Instagram;
    case ChannelKind::XDm:
        return IdentityKind::X;
    case ChannelKind::Voice:
    case ChannelKind::FacebookComment:
    case ChannelKind::InstagramComment:
    case ChannelKind::XPost:
        break;
    }
    return std::nullopt;
}

QList<ChannelKind> PrivateChannels::reachable(
    const Customer &customer, std::optional<ChannelKind> from)
{
    QList<ChannelKind> order;
    const std::optional<ChannelKind> same = from ? samePlatform(*from) : std::nullopt;
    if (same)
        order.append(*same);
    for (ChannelKind channel : {ChannelKind::WhatsApp, ChannelKind::Email, ChannelKind::Sms,
             ChannelKind::Messenger, ChannelKind::InstagramDm, ChannelKind::XDm}) {
        if (!order.contains(channel))
            order.append(channel);
    }
    QList<ChannelKind> out;
    for (ChannelKind channel : std::as_const(order)) {
        // A comment's author can be answered privately on the comment's own platform (a
        // "private reply") even when no direct-message identity is known yet.
        if (channel == same || hasIdentity(customer, *identityFor(channel)))
            out.append(channel);
    }
    return out;
}

bool PrivateChannels::canReach(
    const Customer &customer, ChannelKind channel, std::optional<ChannelKind> from)
{
    return reachable(customer, from).contains(channel);
}

} // namespace Switchboard::Domain
