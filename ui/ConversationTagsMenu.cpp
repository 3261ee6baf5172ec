// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConversationTagsMenu.h"

#include "InsightTags.h"

namespace Switchboard::Ui {

ConversationTagsMenu::ConversationTagsMenu(Current current, QWidget *parent)
    : QMenu(tr("Insight ta&gs"), parent)
    , m_current(std::move(current))
{
    for (const QString &tag : InsightTags::all()) {
        QAction *action = addAction(InsightTags::name(tag));
        action->setCheckable(true);
        action->setData(tag);
        connect(action, &QAction::triggered, this, [this, tag](bool checked) {
            const auto conversation = m_current();
            if (!conversation)
                return;
            QStringList tags = conversation->tags;
            tags.removeAll(tag);
            if (checked)
                tags << tag;
            Q_EMIT tagsRequested(conversation->id, tags);
        });
    }
    connect(this, &QMenu::aboutToShow, this, &ConversationTagsMenu::refresh);
    refresh();
}

void ConversationTagsMenu::refresh()
{
    const auto conversation = m_current();
    for (QAction *action : actions()) {
        action->setEnabled(conversation.has_value());
        action->setChecked(conversation && conversation->tags.contains(action->data().toString()));
    }
}

} // namespace Switchboard::Ui
