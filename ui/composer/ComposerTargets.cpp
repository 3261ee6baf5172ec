// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ComposerTargets.h"

#include "domain/PrivateChannels.h"

namespace Switchboard::Ui {

using Domain::ChannelKind;
using Domain::PrivateChannels;

namespace {

bool isPublic(const Domain::Conversation &conversation)
{
    return Domain::visibilityOf(conversation.channel) == Domain::Visibility::Public;
}

//! The customer's conversation on channel that is not resolved, if any.
std::optional<Domain::Conversation> ongoing(const ComposerContext &context, ChannelKind channel)
{
    for (const Domain::Conversation &conversation : context.conversations) {
        if (conversation.channel == channel
            && conversation.status != Domain::ConversationStatus::Resolved)
            return conversation;
    }
    return std::nullopt;
}

ComposerTarget targetOf(const Domain::Conversation &conversation)
{
    return {conversation.id, conversation.channel, conversation.subject, 0};
}

//! The public conversations of the customer, the one on screen first: a new private
//! conversation is linked to the first that lets the hub reach the customer on its channel.
QList<Domain::Conversation> publicOnes(const ComposerContext &context)
{
    QList<Domain::Conversation> list;
    for (const Domain::Conversation &conversation : context.conversations) {
        if (!isPublic(conversation))
            continue;
        if (conversation.id == context.conversationId)
            list.prepend(conversation);
        else
            list.append(conversation);
    }
    return list;
}

} // namespace

QList<ComposerTarget> ComposerTargets::all(const ComposerContext &context)
{
    QList<ComposerTarget> targets;
    for (const Domain::Conversation &conversation : context.conversations)
        targets << targetOf(conversation);
    QList<ComposerTarget> fresh;
    const auto offer = [&](ChannelKind channel, const std::optional<Domain::Conversation> &from) {
        for (const ComposerTarget &known : std::as_const(fresh)) {
            if (known.channel == channel)
                return;
        }
        if (!ongoing(context, channel))
            fresh << ComposerTarget{
                0, channel, from ? from->subject : QString(), from ? from->id : 0};
    };
    const QList<Domain::Conversation> origins = publicOnes(context);
    for (const Domain::Conversation &from : origins) {
        for (const ChannelKind channel : PrivateChannels::reachable(context.customer, from.channel))
            offer(channel, from);
    }
    if (origins.isEmpty()) {
        for (const ChannelKind channel : PrivateChannels::reachable(context.customer))
            offer(channel, std::nullopt);
    }
    return targets + fresh;
}

std::optional<ComposerTarget> ComposerTargets::privateTargetFor(
    const ComposerContext &context, const Domain::Conversation &from)
{
    const QList<ChannelKind> order = PrivateChannels::reachable(context.customer, from.channel);
    for (const ChannelKind channel : order) {
        if (const auto conversation = ongoing(context, channel))
            return targetOf(*conversation);
    }
    // A private conversation on a channel the customer's identities no longer name still works.
    for (const Domain::Conversation &conversation : context.conversations) {
        if (!isPublic(conversation) && conversation.channel != ChannelKind::Voice
            && conversation.status != Domain::ConversationStatus::Resolved)
            return targetOf(conversation);
    }
    if (order.isEmpty())
        return std::nullopt;
    return ComposerTarget{0, order.first(), from.subject, from.id};
}

std::optional<Domain::Conversation> ComposerTargets::publicConversation(
    const ComposerContext &context, const std::optional<ComposerTarget> &target)
{
    if (!target || target->isNew())
        return std::nullopt;
    for (const Domain::Conversation &conversation : context.conversations) {
        if (conversation.id == target->conversationId && isPublic(conversation))
            return conversation;
    }
    return std::nullopt;
}

} // namespace Switchboard::Ui
