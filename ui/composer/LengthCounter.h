// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Enums.h"

#include <QLabel>
#include <optional>

namespace Switchboard::Ui {

//! The composer's live length counter: what the channel allows (X's weighted count, SMS
//! segments), red when over the limit.
class LengthCounter : public QLabel
{
    Q_OBJECT
public:
    explicit LengthCounter(QWidget *parent = nullptr);

    //! Counts text for a reply on channel (nullopt: nowhere to send), or for a note (no limit).
    //! Returns why the reply cannot go, for the status line: too long, or a channel that takes
    //! no text; empty when it can.
    QString update(std::optional<Domain::ChannelKind> channel, const QString &channelName,
        const QString &text, bool note);
    //! True when the last count was over the channel's limit.
    bool isOver() const { return m_over; }

private:
    bool m_over = false;
};

} // namespace Switchboard::Ui
