// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WaitingIndex.h"

#include "domain/WireTime.h"

namespace Switchboard::Hub {

using namespace Domain;

Conversation WaitingIndex::Group::sample() const
{
    Conversation c;
    c.channel = channel;
    c.queueId = queueId;
    Analysis analysis;
    analysis.topic = topic;
    analysis.language = language;
    c.analysis = analysis;
    return c;
}

bool WaitingIndex::isWaiting(const Conversation &conversation)
{
    return conversation.status == ConversationStatus::Open && !conversation.assigneeId
        && conversation.channel != ChannelKind::Voice;
}

void WaitingIndex::reset(const QList<Conversation> &conversations)
{
    m_groups.clear();
    m_where.clear();
    for (const Conversation &c : conversations)
        apply(c);
}

void WaitingIndex::apply(const Conversation &conversation)
{
    remove(conversation.id);
    if (!isWaiting(conversation))
        return;
    const QString topic = conversation.analysis ? conversation.analysis->topic : QString();
    const QString language = conversation.analysis ? conversation.analysis->language : QString();
    // Queue ids start at 1: 0 stands for none.
    const Key key{int(conversation.channel), conversation.queueId.value_or(0), topic, language};
    auto group = m_groups.find(key);
    if (group == m_groups.end()) {
        group = m_groups.emplace(key, Group{}).first;
        group->second.channel = conversation.channel;
        group->second.queueId = conversation.queueId;
        group->second.topic = topic;
        group->second.language = language;
    }
    const Entry entry{int(conversation.priority), WireTime::toMs(conversation.createdAt),
        conversation.id};
    group->second.entries.insert(entry);
    m_where.insert(conversation.id, {key, entry});
}

void WaitingIndex::remove(Id id)
{
    const auto where = m_where.constFind(id);
    if (where == m_where.cend())
        return;
    const auto group = m_groups.find(where->first);
    if (group != m_groups.end()) {
        group->second.entries.erase(where->second);
        if (group->second.entries.empty())
            m_groups.erase(group);
    }
    m_where.erase(where);
}

} // namespace Switchboard::Hub
