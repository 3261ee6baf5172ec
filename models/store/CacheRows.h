// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/CallRecord.h"
#include "domain/Enums.h"
#include "domain/Message.h"
#include "domain/User.h"

#include <QDateTime>
#include <QList>
#include <optional>

namespace Switchboard::Store {

//! Which conversations the inbox shows.
struct InboxFilter
{
    enum class Scope {
        //! Assigned to the signed-in agent.
        Mine,
        //! Waiting in a queue.
        Unassigned,
        //! Everything in the cache.
        All,
    };
    enum class Sort {
        //! Soonest service-level deadline first; customers without one last.
        SlaDue,
        //! Most recent message first.
        LastActivity,
    };
    Scope scope = Scope::Mine;
    std::optional<Domain::ChannelKind> channel;
    //! Empty means open and pending.
    QList<Domain::ConversationStatus> statuses;
    Sort sort = Sort::SlaDue;
    bool operator==(const InboxFilter &) const = default;
};

//! One customer in the inbox: their conversations that pass the filter, taken together.
struct InboxRow
{
    Domain::Id customerId = 0;
    QString customerName;
    //! Channels of the matching conversations, most recent first, each once.
    QList<Domain::ChannelKind> channels;
    int conversationCount = 0;
    int unread = 0;
    //! Soonest SLA deadline; invalid if none.
    QDateTime slaDueAt;
    QDateTime lastActivityAt;
    Domain::Priority priority = Domain::Priority::Normal;
    //! The most recently active matching conversation: what opening the row opens.
    Domain::Id topConversationId = 0;
    QString topSubject;
    std::optional<Domain::Id> topAssigneeId;
    //! The sort key the page query ordered by (for keyset paging).
    qint64 sortKey = 0;
    bool operator==(const InboxRow &) const = default;
};

//! One entry of a customer's timeline: a message or a call.
struct TimelineEntry
{
    enum class Type { Message, Call };
    Type type = Type::Message;
    QDateTime at;
    Domain::Message message;
    Domain::CallRecord call;
    //! For a whisper, the name of the agent it is for as cached; empty otherwise or if unknown.
    QString whisperToName;
    qint64 id() const { return type == Type::Message ? message.id : call.id; }
    bool operator==(const TimelineEntry &) const = default;
};

//! A user with the load the supervisor board shows.
struct AgentRow
{
    Domain::User user;
    //! Open and pending conversations assigned to them.
    int activeConversations = 0;
    //! Of those, how many have a customer message not yet read on this desktop.
    int waitingOnAgent = 0;
    bool operator==(const AgentRow &) const = default;
};

//! A full-text search result.
struct SearchHit
{
    Domain::Id customerId = 0;
    QString customerName;
    //! Zero when the customer matched by name or identity rather than a message.
    Domain::Id messageId = 0;
    Domain::Id conversationId = 0;
    //! The matching text with the hits marked by [ and ].
    QString snippet;
    QDateTime at;
};

} // namespace Switchboard::Store
