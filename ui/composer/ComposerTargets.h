// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Conversation.h"
#include "domain/Customer.h"
#include "domain/User.h"

#include <QList>
#include <optional>

namespace Switchboard::Ui {

//! What the composer writes about: the customer, their conversations and who is writing.
struct ComposerContext
{
    Domain::Customer customer;
    //! Every conversation of the customer a reply may go to; the selector lists them.
    QList<Domain::Conversation> conversations;
    //! The conversation on screen: the default target and the key of the draft.
    Domain::Id conversationId = 0;
    Domain::User agent;
    //! The newest message the agent has seen in that conversation: what a reply answers.
    Domain::Id lastMessageId = 0;
};

//! Where a reply can go: one of the customer's conversations, or a new conversation on a
//! private channel the customer can be reached on (conversationId 0).
struct ComposerTarget
{
    Domain::Id conversationId = 0;
    Domain::ChannelKind channel = Domain::ChannelKind::Email;
    QString subject;
    //! For a new conversation: the public conversation it is linked to (the one the agent
    //! moves from, or the comment that allows a private reply); 0 for none.
    Domain::Id origin = 0;

    bool isNew() const { return conversationId == 0; }
    bool operator==(const ComposerTarget &) const = default;
};

//! Which targets the selector offers, and where "Move to private" goes.
class ComposerTargets
{
public:
    //! The customer's conversations, then a new conversation on each private text channel the
    //! customer can be reached on (Domain::PrivateChannels, as the hub decides) and has no
    //! conversation open or pending on.
    static QList<ComposerTarget> all(const ComposerContext &context);
    //! Where a public conversation moves to: an open or pending private conversation of the
    //! customer, else a new one; the same platform first (a Facebook comment goes to Messenger,
    //! an Instagram comment to an Instagram message, an X post to an X message), then WhatsApp,
    //! email and SMS. nullopt when the customer cannot be reached privately.
    static std::optional<ComposerTarget> privateTargetFor(
        const ComposerContext &context, const Domain::Conversation &from);
    //! The public conversation target names, if it is one of the customer's public ones.
    static std::optional<Domain::Conversation> publicConversation(
        const ComposerContext &context, const std::optional<ComposerTarget> &target);
};

} // namespace Switchboard::Ui
