// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Message.h"

#include <QFrame>
#include <optional>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace Switchboard::Ui {

//! The hub's 409 for a reply: what was missed, and the reply as written.
struct ConflictInfo
{
    qint64 outboxId = 0;
    QString draft;
    QList<Domain::Message> missed;
    QString reason;
};

//! Shown above the editor when the hub refused a reply because messages arrived since it was
//! written: lists them and lets the agent revise, send anyway or discard.
class ConflictPanel : public QFrame
{
    Q_OBJECT

public:
    explicit ConflictPanel(QWidget *parent = nullptr);

    //! Shows the messages the reply did not take into account, oldest first.
    void setConflict(const ConflictInfo &conflict);
    //! Hides the panel and forgets the conflict.
    void clear();
    const std::optional<ConflictInfo> &conflict() const { return m_conflict; }

Q_SIGNALS:
    //! The agent wants the draft back in the editor. The panel is cleared before each signal.
    void reviseRequested(const Switchboard::Ui::ConflictInfo &conflict);
    //! The agent confirms the reply as written.
    void sendAnywayRequested(const Switchboard::Ui::ConflictInfo &conflict);
    //! The agent drops the reply altogether.
    void discardRequested(const Switchboard::Ui::ConflictInfo &conflict);

private:
    //! Clears the panel and emits signal with the conflict it held, if any.
    void settle(void (ConflictPanel::*signal)(const ConflictInfo &));

    std::optional<ConflictInfo> m_conflict;
    QLabel *m_title = nullptr;
    QLabel *m_reason = nullptr;
    QVBoxLayout *m_messages = nullptr;
    QPushButton *m_revise = nullptr;
    QPushButton *m_sendAnyway = nullptr;
    QPushButton *m_discard = nullptr;
};

} // namespace Switchboard::Ui
