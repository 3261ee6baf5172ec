// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AgentRoster.h"

#include <algorithm>

namespace Switchboard::Hub {

using namespace Domain;

void AgentRoster::reset(const QList<User> &users, const QList<Conversation> &unfinished)
{
    m_users = users;
    std::sort(m_users.begin(), m_users.end(),
        [](const User &a, const User &b) { return a.id < b.id; });
    m_at.clear();
    for (qsizetype i = 0; i < m_users.size(); ++i)
        m_at.insert(m_users.at(i).id, i);
    m_team = TeamCoverage::of(m_users);
    m_work.clear();
    m_load.clear();
    for (const Conversation &c : unfinished)
        applyConversation(c);
}

void AgentRoster::applyUser(const User &user)
{
    if (const auto at = m_at.constFind(user.id); at != m_at.cend()) {
        m_users[*at] = user;
    } else {
        // Ids grow, so a new user almost always goes last.
        const auto pos = std::lower_bound(m_users.begin(), m_users.end(), user.id,
            [](const User &u, Id id) { return u.id < id; });
        const qsizetype index = pos - m_users.begin();
        m_users.insert(index, user);
        reindexFrom(index);
    }
    m_team = TeamCoverage::of(m_users);
}

void AgentRoster::removeUser(Id id)
{
    const auto at = m_at.constFind(id);
    if (at == m_at.cend())
        return;
    const qsizetype index = *at;
    m_at.erase(at);
    m_users.removeAt(index);
    reindexFrom(index);
    m_team = TeamCoverage::of(m_users);
}

void AgentRoster::reindexFrom(qsizetype index)
{
    for (qsizetype i = index; i < m_users.size(); ++i)
        m_at.insert(m_users.at(i).id, i);
}

bool AgentRoster::applyPresence(Id userId, const Presence &presence)
{
    const auto at = m_at.constFind(userId);
    if (at == m_at.cend())
        return false;
    m_users[*at].presence = presence;
    return true;
}

void AgentRoster::applyConversation(const Conversation &conversation)
{
    const bool counted = conversation.assigneeId
        && (conversation.status == ConversationStatus::Open
            || conversation.status == ConversationStatus::Pending);
    setWork(conversation.id,
        counted ? std::optional<Work>(Work{*conversation.assigneeId, conversation.channel})
                : std::nullopt);
}

void AgentRoster::setWork(Id conversationId, std::optional<Work> work)
{
    const auto was = m_work.constFind(conversationId);
    if (was != m_work.cend()) {
        if (work && was->agentId == work->agentId && was->channel == work->channel)
            return;
        count(*was, -1);
        m_work.erase(was);
    }
    if (!work)
        return;
    m_work.insert(conversationId, *work);
    count(*work, 1);
}

std::optional<AgentRoster::Work> AgentRoster::work(Id conversationId) const
{
    const auto it = m_work.constFind(conversationId);
    return it == m_work.cend() ? std::nullopt : std::optional<Work>(*it);
}

void AgentRoster::count(const Work &work, int by)
{
    auto &loads = m_load[work.channel];
    const int now = loads.value(work.agentId) + by;
    if (now > 0)
        loads.insert(work.agentId, now);
    else
        loads.remove(work.agentId);
}

const User *AgentRoster::user(Id id) const
{
    const auto at = m_at.constFind(id);
    return at == m_at.cend() ? nullptr : &m_users.at(*at);
}

int AgentRoster::load(Id agentId, ChannelKind channel) const
{
    const auto loads = m_load.constFind(channel);
    return loads == m_load.cend() ? 0 : loads->value(agentId);
}

QHash<Id, int> AgentRoster::loadOn(ChannelKind channel) const
{
    return m_load.value(channel);
}

} // namespace Switchboard::Hub
