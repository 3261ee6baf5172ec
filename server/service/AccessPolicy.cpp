// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccessPolicy.h"

namespace Switchboard::Hub {

using namespace Domain;

AccessPolicy::AccessPolicy(Settings settings)
    : m_settings(settings)
{
}

bool AccessPolicy::isSupervisor(const User &user) const
{
    return roleAtLeast(user.role, Role::Supervisor);
}

bool AccessPolicy::mayOverrideReplyPolicy(const User &user) const
{
    return roleAtLeast(user.role, m_settings.overrideRole);
}

bool AccessPolicy::canAct(const User &user, const Conversation &conversation) const
{
    if (isSupervisor(user))
        return true;
    if (!conversation.assigneeId)
        return m_settings.agentsActOnUnassigned;
    return *conversation.assigneeId == user.id || m_settings.agentsActOnOthers;
}

Audience AccessPolicy::audienceFor(const Conversation &conversation, std::optional<Id> before) const
{
    if (!conversation.assigneeId || !before)
        return Audience::all();
    return Audience::usersAndSupervisors({before, conversation.assigneeId});
}

Audience AccessPolicy::audienceFor(const Conversation &conversation) const
{
    return audienceFor(conversation, conversation.assigneeId);
}

MessageRepository::Reader AccessPolicy::messageReader(const User &user) const
{
    return isSupervisor(user) ? MessageRepository::Reader() : MessageRepository::Reader(user.id);
}

bool AccessPolicy::mayReceive(const User &user, const Audience &audience) const
{
    return audience.admits(user.id, user.role);
}

} // namespace Switchboard::Hub
