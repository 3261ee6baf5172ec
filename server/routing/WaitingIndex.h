// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Conversation.h"

#include <QHash>
#include <map>
#include <set>
#include <tuple>

namespace Switchboard::Hub {

//! The conversations waiting for an agent (open, unassigned, on a text channel), grouped by what
//! decides who may take them: channel, queue, topic and language, so every conversation of a
//! group has the same Requirements, and each group in routing order (priority, then the oldest,
//! then the lowest id), as the conversations_waiting index orders them. Kept from the committed
//! conversation events like AgentRoster: a routing pass asks each group once whether any ready
//! agent qualifies, and an agent who qualifies for nothing costs no walk over the waiting rows.
class WaitingIndex
{
public:
    //! One waiting conversation, as it sorts.
    struct Entry
    {
        int priority = 0;
        qint64 createdAt = 0;
        Domain::Id id = 0;

        //! Higher priority first, then older, then the lower id.
        bool operator<(const Entry &other) const
        {
            return std::tie(other.priority, createdAt, id)
                < std::tie(priority, other.createdAt, other.id);
        }
    };

    //! Conversations that require the same of an agent, in routing order.
    struct Group
    {
        Domain::ChannelKind channel = Domain::ChannelKind::Email;
        std::optional<Domain::Id> queueId;
        QString topic;
        QString language;
        std::set<Entry> entries;

        //! A conversation of this group as Requirements::of reads it.
        Domain::Conversation sample() const;
    };

    //! Replaces everything; conversations that are not waiting are ignored.
    void reset(const QList<Domain::Conversation> &conversations);
    //! A conversation as it is now: in its group while waiting, else out.
    void apply(const Domain::Conversation &conversation);

    //! The groups with at least one conversation.
    const auto &groups() const { return m_groups; }
    //! How many conversations are waiting.
    qsizetype size() const { return m_where.size(); }
    //! Whether a conversation is counted as waiting (open, unassigned, not a call).
    static bool isWaiting(const Domain::Conversation &conversation);

private:
    using Key = std::tuple<int, Domain::Id, QString, QString>;

    void remove(Domain::Id id);

    std::map<Key, Group> m_groups;
    //! Each waiting conversation's group and place.
    QHash<Domain::Id, std::pair<Key, Entry>> m_where;
};

} // namespace Switchboard::Hub
