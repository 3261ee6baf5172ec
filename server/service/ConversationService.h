// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Outcome.h"
#include "domain/Conversation.h"
#include "domain/Message.h"
#include "domain/User.h"

#include <functional>

namespace Switchboard::Hub {

class AccessPolicy;
class EventRecorder;
class ReplyPolicyService;
class Storage;

//! What agents do to conversations: reply, write notes, assign and transfer, change status.
class ConversationService
{
public:
    ConversationService(Storage &storage, EventRecorder &events, const AccessPolicy &access,
        ReplyPolicyService &policy);

    //! What an agent wrote, as it arrives.
    struct Draft
    {
        Domain::MessageKind kind = Domain::MessageKind::Reply;
        QString body;
        QString clientId;
        //! The newest message the author had seen (nullopt: none).
        std::optional<Domain::Id> after;
        //! Set when the author sends a reply the policy blocks anyway, with this reason.
        std::optional<QString> overrideReason;
        //! A note only this user (the assignee) and supervisors may read; set by whisper().
        std::optional<Domain::Id> whisperTo;
    };

    //! A reply or internal note by `author`. A reply must pass the reply policy (422 with the
    //! findings, unless overridden by a permitted user); if the customer or a colleague wrote
    //! since `after`, it is refused with 409 and the missed messages. A reply is queued for its
    //! channel; a note never is, and card numbers in it are stored masked.
    Outcome<Domain::Message> post(
        const Domain::User &author, Domain::Id conversationId, const Draft &draft);

    //! A new conversation and its first reply.
    struct Started
    {
        Domain::Conversation conversation;
        Domain::Message message;
    };
    //! Moves a customer to a private channel: replies on their open conversation there, or
    //! starts one (assigned to the author, linked to `origin`). The channel must be a private
    //! text channel the customer can be reached on.
    Outcome<Started> startPrivate(const Domain::User &author, Domain::Id customerId,
        Domain::ChannelKind channel, std::optional<Domain::Id> origin, const QString &subject,
        const Draft &draft);

    //! Assigns to a user, or returns the conversation to its queue (nullopt).
    Outcome<Domain::Conversation> assign(const Domain::User &caller, Domain::Id conversationId,
        std::optional<Domain::Id> assigneeId);

    Outcome<Domain::Conversation> setStatus(
        const Domain::User &caller, Domain::Id conversationId, Domain::ConversationStatus status);

    //! Replaces the conversation's tags (checked as customer tags are; a tag given twice counts
    //! once) and records who put each new one there and when.
    Outcome<Domain::Conversation> setTags(
        const Domain::User &caller, Domain::Id conversationId, QStringList tags);
    //! A supervisor opens a conversation to follow it live: recorded in the audit log, nothing
    //! else changes (the hub keeps no read state).
    Outcome<Domain::Conversation> monitor(
        const Domain::User &supervisor, Domain::Id conversationId);
    //! A supervisor's note to the conversation's assignee, which other agents never see; 409
    //! no_assignee when it has none. Audited without the text.
    Outcome<Domain::Message> whisper(const Domain::User &supervisor, Domain::Id conversationId,
        const QString &body, const QString &clientId);
    //! Assigns the conversation to the supervisor, audited with the assignee it had.
    Outcome<Domain::Conversation> takeOver(
        const Domain::User &supervisor, Domain::Id conversationId);

    //! Longest body the hub accepts for a reply or note, in UTF-16 code units.
    static constexpr int MaxBodyLength = 100000;

private:
    Outcome<Domain::Conversation> loadForAction(const Domain::User &caller, Domain::Id id);
    static std::optional<ServiceError> validate(const Draft &draft);
    //! Checks and stores a draft on a loaded conversation, inside the caller's transaction.
    Outcome<Domain::Message> write(
        const Domain::User &author, Domain::Conversation conversation, const Draft &draft);
    void saveConversation(
        const Domain::Conversation &conversation, std::optional<Domain::Id> before);
    //! Loads a conversation the caller may act on and lets apply change it (updated_at is
    //! already now); saved with its event only when apply returns true.
    Outcome<Domain::Conversation> change(const Domain::User &caller, Domain::Id conversationId,
        const std::function<bool(Domain::Conversation &)> &apply);
    //! Gives a loaded conversation to assigneeId (nullopt: back to its queue) and saves it.
    void reassign(Domain::Conversation &conversation, std::optional<Domain::Id> assigneeId);

    Storage &m_storage;
    EventRecorder &m_events;
    const AccessPolicy &m_access;
    ReplyPolicyService &m_policy;
};

} // namespace Switchboard::Hub
