// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AgentChooser.h"

#include <QSet>

namespace Switchboard::Hub {

//! The agents whose last event stream closed: every routing path (new work, work waiting for a
//! free agent, calls) gives them nothing until they connect again, whatever their presence
//! says, so work requeued from them does not come straight back. Agents offline are left out by
//! their presence already (AgentChooser::refusal).
class DisconnectedAgents
{
public:
    //! The reason code in a decision's passed_over.
    static const QString Reason;

    void connected(Domain::Id userId) { m_ids.remove(userId); }
    void disconnected(Domain::Id userId) { m_ids.insert(userId); }
    bool contains(Domain::Id userId) const { return m_ids.contains(userId); }
    //! Leaves them out of input's choice with the reason "disconnected".
    void excludeFrom(RoutingInput &input) const;

private:
    QSet<Domain::Id> m_ids;
};

} // namespace Switchboard::Hub
