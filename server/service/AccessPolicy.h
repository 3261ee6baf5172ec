// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Conversation.h"
#include "domain/User.h"
#include "storage/Audience.h"
#include "storage/MessageRepository.h"

namespace Switchboard::Hub {

//! Who may act on which conversation, and who hears about changes to it.
//! Supervisors and admins may act on everything. Agents read every customer's history (that is
//! the point of one inbox), but act only on conversations assigned to them, and on waiting
//! (unassigned) ones unless the hub is configured otherwise.
class AccessPolicy
{
public:
    struct Settings
    {
        //! Agents may reply to, and thereby claim, conversations waiting in a queue.
        bool agentsActOnUnassigned = true;
        //! Agents may act on conversations assigned to a colleague.
        bool agentsActOnOthers = false;
        //! The lowest role that may send a reply the reply policy blocks, with a reason.
        Domain::Role overrideRole = Domain::Role::Supervisor;
    };

    AccessPolicy() = default;
    explicit AccessPolicy(Settings settings);

    bool isSupervisor(const Domain::User &user) const;
    //! May the user send a reply the reply policy blocks (giving a reason)?
    bool mayOverrideReplyPolicy(const Domain::User &user) const;
    //! May the user write to, assign or change the status of this conversation?
    bool canAct(const Domain::User &user, const Domain::Conversation &conversation) const;
    //! Who hears about a change to a conversation that was assigned to `before` and now is
    //! as given: everyone while it waits unassigned (before or after), else the assignees.
    Audience audienceFor(
        const Domain::Conversation &conversation, std::optional<Domain::Id> before) const;
    Audience audienceFor(const Domain::Conversation &conversation) const;
    //! How a user reads messages: supervisors and admins everything, an agent all but the
    //! whispers to other agents.
    MessageRepository::Reader messageReader(const Domain::User &user) const;
    //! Whether a user should receive an event on their stream or in a catch-up read.
    bool mayReceive(const Domain::User &user, const Audience &audience) const;

    const Settings &settings() const { return m_settings; }

private:
    Settings m_settings;
};

} // namespace Switchboard::Hub
