// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/CallRecord.h"
#include "domain/Conversation.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QPushButton;

namespace Switchboard::Ui {

//! The pop-up of a call ringing for the agent: who calls, what they contacted us about lately,
//! and Accept (Alt+A) or Decline (Alt+D). Neither button is the default, so an Enter meant for
//! another window never answers a call, and Escape does not decline one.
class IncomingCallDialog : public QDialog
{
    Q_OBJECT
public:
    explicit IncomingCallDialog(QWidget *parent = nullptr);

    //! Shows a call with the caller's name (empty when the number is not known) and their
    //! latest conversations and calls, newest first.
    void setCall(const Domain::CallRecord &call, const QString &callerName,
        const QList<Domain::Conversation> &conversations, const QList<Domain::CallRecord> &calls);
    Domain::Id callId() const { return m_call.id; }

    //! The hh:mm or date form used for history lines.
    static QString when(const QDateTime &at, const QDateTime &now);

public Q_SLOTS:
    //! The caller stays on the line until the agent chooses; closing is not declining.
    void reject() override;

Q_SIGNALS:
    void acceptRequested(Switchboard::Domain::Id callId);
    void declineRequested(Switchboard::Domain::Id callId);

private:
    Domain::CallRecord m_call;
    QLabel *m_name = nullptr;
    QLabel *m_number = nullptr;
    QListWidget *m_history = nullptr;
    QPushButton *m_accept = nullptr;
    QPushButton *m_decline = nullptr;
};

} // namespace Switchboard::Ui
