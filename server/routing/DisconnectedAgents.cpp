// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DisconnectedAgents.h"

namespace Switchboard::Hub {

const QString DisconnectedAgents::Reason = QStringLiteral("disconnected");

void DisconnectedAgents::excludeFrom(RoutingInput &input) const
{
    for (const Domain::Id id : m_ids)
        input.excluded.insert(id, Reason);
}

} // namespace Switchboard::Hub
