// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ComposerTargets.h"

#include <QComboBox>
#include <functional>

namespace Switchboard::Ui {

//! The composer's "To:" list: the customer's conversations, then new conversations on the
//! private channels the customer can be reached on.
class TargetSelector : public QComboBox
{
    Q_OBJECT
public:
    using ChannelNamer = std::function<QString(Domain::ChannelKind)>;

    explicit TargetSelector(QWidget *parent = nullptr);

    //! Lists targets, named with namer, without emitting currentIndexChanged; selects `select`
    //! if listed, else the conversation `fallback`.
    void setTargets(const QList<ComposerTarget> &targets, const ChannelNamer &namer,
        const std::optional<ComposerTarget> &select, Domain::Id fallback);
    //! Selects a target (a conversation by id, a new one by channel); false if not listed.
    bool select(const ComposerTarget &wanted);
    std::optional<ComposerTarget> target() const;

    //! The desktop's channel icon (resources/icons, linked in by the desktop's ui library), or
    //! none where the composer is used alone.
    static QIcon channelIcon(const QString &name);

private:
    QList<ComposerTarget> m_targets;
};

} // namespace Switchboard::Ui
