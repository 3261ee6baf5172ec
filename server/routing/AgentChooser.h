// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Conversation.h"
#include "domain/User.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <optional>

namespace Switchboard::Hub {

//! Everything the choice of an agent for one waiting conversation looks at.
struct RoutingInput
{
    Domain::Conversation conversation;
    //! Every user; only active agents who are available are considered.
    QList<Domain::User> users;
    //! Open or pending conversations each user has on the conversation's channel now.
    QHash<Domain::Id, int> load;
    //! Who last worked with this customer, if anyone.
    std::optional<Domain::Id> previousAgent;
};

//! The choice and why: recorded in the audit log for supervisors.
struct RoutingDecision
{
    //! Nullopt: no one qualifies; the conversation waits in the queue.
    std::optional<Domain::Id> agentId;
    //! "previous_agent" or "idle_longest" when chosen; "no_agent" otherwise.
    QString rule;
    //! The skill (the analysis' topic) and language required; empty when none applied.
    QString skill;
    QString language;
    //! How many agents qualified.
    int candidates = 0;
    //! Why agents were passed over, by reason code ("not_available", "no_skill",
    //! "no_language", "at_capacity"), with how many each.
    QHash<QString, int> passedOver;

    QJsonObject toJson() const;
};

//! Picks the agent for a waiting conversation: an active agent who is available, takes the
//! channel and is under their capacity for it, has the skill the topic asks for and speaks the
//! customer's language (each required only when some agent has it, so an unusual topic or
//! language does not leave the work with no one). Among those, the agent who last worked with
//! this customer; else the one available longest. Pure: the caller supplies the state.
class AgentChooser
{
public:
    static RoutingDecision choose(const RoutingInput &input);
};

} // namespace Switchboard::Hub
