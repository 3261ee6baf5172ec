// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MoveToPrivate.h"

#include "policy/Placeholders.h"

namespace Switchboard::Ui {

MoveToPrivate::MoveToPrivate(QString builtIn)
    : m_builtIn(std::move(builtIn))
{
}

void MoveToPrivate::setCannedResponses(const Policy::CannedResponses &responses)
{
    const auto response = responses.byId(Policy::CannedResponses::MoveToPrivate);
    m_canned = response ? response->body : QString();
}

QString MoveToPrivate::templateText() const
{
    if (!m_set.isEmpty())
        return m_set;
    return m_canned.isEmpty() ? m_builtIn : m_canned;
}

std::optional<MoveToPrivate::Plan> MoveToPrivate::plan(
    const ComposerContext &context, const std::optional<ComposerTarget> &target) const
{
    const std::optional<Domain::Conversation> from
        = ComposerTargets::publicConversation(context, target);
    if (!from)
        return std::nullopt;
    return Plan{*from, ComposerTargets::privateTargetFor(context, *from),
        Policy::Placeholders::expand(templateText(), context.customer, context.agent).text};
}

} // namespace Switchboard::Ui
