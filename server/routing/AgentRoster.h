// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AgentChooser.h"

#include <QHash>
#include <QList>
#include <optional>

namespace Switchboard::Hub {

//! What routing knows of the people on every pass: each user (role, active, presence, skills,
//! languages, capacity) and each agent's open or pending conversations per channel. It is read
//! from storage once and then follows the committed events (user.created, user.updated,
//! presence.changed, conversation.created, conversation.updated), whose payloads are the records
//! as they are after the change, so every hub following the same event log holds the same state.
//! Applying a record again, or an older state of one already replaced, leaves the counts right:
//! each conversation is counted once, where it was last seen.
class AgentRoster
{
public:
    //! An open or pending conversation counted for its assignee.
    struct Work
    {
        Domain::Id agentId = 0;
        Domain::ChannelKind channel = Domain::ChannelKind::Email;
    };

    //! Replaces everything with users and their work: every open or pending conversation
    //! (others may be given too and are ignored).
    void reset(const QList<Domain::User> &users, const QList<Domain::Conversation> &unfinished);

    //! A user created or updated, with everything they are now.
    void applyUser(const Domain::User &user);
    //! A user's new presence; false when the user is not known.
    bool applyPresence(Domain::Id userId, const Domain::Presence &presence);
    //! A conversation as it is now: counted for its assignee while open or pending.
    void applyConversation(const Domain::Conversation &conversation);
    //! Counts conversationId as work (none: not counted), whatever was counted for it before.
    void setWork(Domain::Id conversationId, std::optional<Work> work);
    //! Forgets a user (a creation undone).
    void removeUser(Domain::Id id);

    //! Every user, by id.
    const QList<Domain::User> &users() const { return m_users; }
    //! Null when not known.
    const Domain::User *user(Domain::Id id) const;
    //! The skills and languages of the active agents, as TeamCoverage::of(users()).
    const TeamCoverage &team() const { return m_team; }
    //! The agent's open or pending conversations on channel.
    int load(Domain::Id agentId, Domain::ChannelKind channel) const;
    //! Every agent's open or pending conversations on channel (those with none are left out).
    QHash<Domain::Id, int> loadOn(Domain::ChannelKind channel) const;
    //! What conversationId counts as; none when it is not counted.
    std::optional<Work> work(Domain::Id conversationId) const;

private:
    void reindexFrom(qsizetype index);
    void count(const Work &work, int by);

    QList<Domain::User> m_users;
    QHash<Domain::Id, qsizetype> m_at;
    TeamCoverage m_team;
    //! Open or pending conversations with an assignee, by conversation id.
    QHash<Domain::Id, Work> m_work;
    QHash<Domain::ChannelKind, QHash<Domain::Id, int>> m_load;
};

} // namespace Switchboard::Hub
