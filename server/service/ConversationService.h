// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Outcome.h"
#include "domain/Conversation.h"
#include "domain/Message.h"
#include "domain/User.h"

namespace Switchboard::Hub {

class AccessPolicy;
class EventRecorder;
class Storage;

//! What agents do to conversations: reply, write notes, assign and transfer, change status.
class ConversationService
{
public:
    ConversationService(Storage &storage, EventRecorder &events, const AccessPolicy &access);

    //! A reply or internal note by `author`. `after` is the newest message the author had seen
    //! (nullopt: none); if the customer or a colleague wrote since, a reply is refused with 409
    //! and the missed messages. A reply is queued for its channel; a note never is.
    Outcome<Domain::Message> post(const Domain::User &author, Domain::Id conversationId,
        Domain::MessageKind kind, const QString &body, const QString &clientId,
        std::optional<Domain::Id> after);

    //! Assigns to a user, or returns the conversation to its queue (nullopt).
    Outcome<Domain::Conversation> assign(const Domain::User &caller, Domain::Id conversationId,
        std::optional<Domain::Id> assigneeId);

    Outcome<Domain::Conversation> setStatus(
        const Domain::User &caller, Domain::Id conversationId, Domain::ConversationStatus status);

    //! Longest body the hub accepts for a reply or note, in UTF-16 code units.
    static constexpr int MaxBodyLength = 100000;

private:
    Outcome<Domain::Conversation> loadForAction(const Domain::User &caller, Domain::Id id);
    void saveConversation(
        const Domain::Conversation &conversation, std::optional<Domain::Id> before);

    Storage &m_storage;
    EventRecorder &m_events;
    const AccessPolicy &m_access;
};

} // namespace Switchboard::Hub
