// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Conversation.h"


#include <optional>

namespace Switchboard::Hub {

class Database;

//! What a conversation list is narrowed to; unset members do not narrow it.
struct ConversationFilter
{
    enum class Assignee { Any, Unassigned, User };
    Assignee assignee = Assignee::Any;
    //! The user for Assignee::User.
    Domain::Id assigneeId = 0;
    std::optional<Domain::ConversationStatus> status;
    std::optional<Domain::ChannelKind> channel;
    std::optional<Domain::Id> customerId;
    //! Only conversations updated at or after this time.
    QDateTime updatedSince;
    //! Keyset paging: only ids greater than this.
    Domain::Id afterId = 0;
    int limit = 100;
};

//! Conversations: one thread of contact on one channel.
class ConversationRepository
{
public:
    explicit ConversationRepository(Database &db);

    std::optional<Domain::Conversation> byId(Domain::Id id);
    //! Conversations matching the filter, by id.
    QList<Domain::Conversation> list(const ConversationFilter &filter);
    //! The newest open or pending conversation of a customer on a channel with a thread id.
    std::optional<Domain::Conversation> findOpenThread(
        Domain::Id customerId, Domain::ChannelKind channel, const QString &externalThreadId);
    Domain::Conversation insert(Domain::Conversation conversation);
    //! Writes every field but id, customer and channel.
    void update(const Domain::Conversation &conversation);
    //! Every open or pending conversation, assigned or waiting (what routing keeps in memory).
    QList<Domain::Conversation> unfinished();
    //! Who was last assigned another conversation of this customer; none if no one.
    std::optional<Domain::Id> lastAssignee(Domain::Id customerId, Domain::Id exceptConversation);

private:
    Database &m_db;
};

} // namespace Switchboard::Hub
