// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Message.h"

#include <QFrame>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace Switchboard::Ui {

//! Shown above the editor when the hub refused a reply because messages arrived since it was
//! written: lists them and lets the agent revise, send anyway or discard.
class ConflictPanel : public QFrame
{
    Q_OBJECT

public:
    explicit ConflictPanel(QWidget *parent = nullptr);

    //! Shows the messages the reply did not take into account, oldest first.
    void setConflict(const QList<Domain::Message> &missed, const QString &reason);

Q_SIGNALS:
    //! The agent wants the draft back in the editor.
    void reviseClicked();
    //! The agent confirms the reply as written.
    void sendAnywayClicked();
    //! The agent drops the reply altogether.
    void discardClicked();

private:
    QLabel *m_title = nullptr;
    QLabel *m_reason = nullptr;
    QVBoxLayout *m_messages = nullptr;
    QPushButton *m_revise = nullptr;
    QPushButton *m_sendAnyway = nullptr;
    QPushButton *m_discard = nullptr;
};

} // namespace Switchboard::Ui
