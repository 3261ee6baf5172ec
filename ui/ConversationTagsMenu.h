// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Conversation.h"

#include <QMenu>
#include <functional>
#include <optional>

namespace Switchboard::Ui {

//! "Insight tags": one checkable entry per insight tag for the conversation open now, so an
//! agent marks product feedback, a testimonial candidate, a competitor mention, a sales
//! opportunity or a complaint for the supervisors' insights. Other tags the conversation has
//! are kept as they are.
class ConversationTagsMenu : public QMenu
{
    Q_OBJECT
public:
    using Current = std::function<std::optional<Domain::Conversation>()>;
    explicit ConversationTagsMenu(Current current, QWidget *parent = nullptr);

Q_SIGNALS:
    void tagsRequested(Domain::Id conversationId, const QStringList &tags);

private:
    void refresh();

    Current m_current;
};

} // namespace Switchboard::Ui
