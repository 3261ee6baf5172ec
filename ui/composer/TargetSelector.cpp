// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TargetSelector.h"

#include <QFile>

namespace Switchboard::Ui {

TargetSelector::TargetSelector(QWidget *parent)
    : QComboBox(parent)
{
    setObjectName(QStringLiteral("targetSelector"));
    setAccessibleName(tr("Conversation to reply on"));
    setToolTip(tr("Reply on this conversation or on another of the customer's channels"));
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(24);
}

QIcon TargetSelector::channelIcon(const QString &name)
{
    const QString path = QStringLiteral(":/icons/%1.svg").arg(name);
    return QFile::exists(path) ? QIcon(path) : QIcon();
}

void TargetSelector::setTargets(const QList<ComposerTarget> &targets, const ChannelNamer &namer,
    const std::optional<ComposerTarget> &wanted, Domain::Id fallback)
{
    const QSignalBlocker blocker(this);
    clear();
    m_targets = targets;
    for (const ComposerTarget &each : targets) {
        const QString name = namer(each.channel);
        const QString subject = each.subject.simplified();
        QString label;
        if (each.isNew())
            label = tr("New %1 conversation").arg(name);
        else
            label = subject.isEmpty() ? name : tr("%1 — %2").arg(name, subject);
        addItem(channelIcon(Domain::toWire(each.channel)), label);
        setItemData(count() - 1, label, Qt::AccessibleTextRole);
    }
    setCurrentIndex(-1);
    if (!wanted || !select(*wanted))
        select(ComposerTarget{fallback, {}, {}, 0});
}

bool TargetSelector::select(const ComposerTarget &wanted)
{
    for (int i = 0; i < m_targets.size(); ++i) {
        const ComposerTarget &each = m_targets.at(i);
        const bool same = wanted.isNew() ? each.isNew() && each.channel == wanted.channel
                                         : each.conversationId == wanted.conversationId;
        if (same) {
            setCurrentIndex(i);
            return true;
        }
    }
    return false;
}

std::optional<ComposerTarget> TargetSelector::target() const
{
    const int index = currentIndex();
    if (index < 0 || index >= m_targets.size())
        return std::nullopt;
    return m_targets.at(index);
}

} // namespace Switchboard::Ui
