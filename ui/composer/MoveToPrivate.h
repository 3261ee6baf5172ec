// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ComposerTargets.h"
#include "policy/CannedResponses.h"

#include <optional>

namespace Switchboard::Ui {

//! What "Move to private" does, apart from the widgets: which public reply it leaves and where
//! the conversation goes on. The public reply is, first to last: a text set by the application,
//! the canned response with id "move_to_private" (the team's file over the shipped one), the
//! composer's built-in, translated text.
class MoveToPrivate
{
public:
    //! The public reply and where the text goes next, for one move.
    struct Plan
    {
        Domain::Conversation from;
        //! nullopt when the customer has no private channel to write to.
        std::optional<ComposerTarget> destination;
        //! The public reply with its placeholders filled in.
        QString publicReply;
    };

    //! builtIn is the text used when neither a set text nor a canned response gives one.
    explicit MoveToPrivate(QString builtIn);

    //! A text that wins over the canned responses; empty to go back to them.
    void setTemplate(const QString &text) { m_set = text; }
    //! Picks up the "move_to_private" canned response, if the list has one.
    void setCannedResponses(const Policy::CannedResponses &responses);
    //! The template a move uses now (placeholders not filled in).
    QString templateText() const;
    //! The move for the composer's target: nullopt unless it is a public conversation.
    std::optional<Plan> plan(
        const ComposerContext &context, const std::optional<ComposerTarget> &target) const;

private:
    QString m_builtIn;
    QString m_set;
    QString m_canned;
};

} // namespace Switchboard::Ui
