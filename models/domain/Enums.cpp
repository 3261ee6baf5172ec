// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Enums.h"

namespace Switchboard::Domain {

QList<ChannelKind> allChannelKinds()
{
    QList<ChannelKind> out;
    for (const auto &[v, n] : WireNames<ChannelKind>::names)
        out.append(v);
    return out;
}

Visibility visibilityOf(ChannelKind channel)
{
    switch (channel) {
    case ChannelKind::FacebookComment:
    case ChannelKind::InstagramComment:
    case ChannelKind::XPost:
        return Visibility::Public;
    case ChannelKind::Voice:
    case ChannelKind::Email:
    case ChannelKind::Sms:
    case ChannelKind::WhatsApp:
    case ChannelKind::Messenger:
    case ChannelKind::InstagramDm:
    case ChannelKind::XDm:
        return Visibility::Private;
    }
    Q_UNREACHABLE();
}

bool roleAtLeast(Role role, Role minimum)
{
    return static_cast<int>(role) >= static_cast<int>(minimum);
}

} // namespace Switchboard::Domain
