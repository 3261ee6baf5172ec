// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/CallRecord.h"
#include "domain/User.h"

#include <QFrame>
#include <QTimer>
#include <functional>

class QAction;
class QLabel;
class QMenu;
class QPushButton;
class QToolButton;

namespace Switchboard::Ui {

//! The bar the window shows while the agent is on a call: the caller, the talk time (paused,
//! with "On hold", while the caller waits), and Hold/Resume, Transfer and End. Hold and End are
//! also actions with shortcuts (Ctrl+Shift+H, Ctrl+Shift+X) the window lists with its own.
class ActiveCallBar : public QFrame
{
    Q_OBJECT
public:
    explicit ActiveCallBar(QWidget *parent = nullptr);

    //! Shows a call the agent has answered (or has on hold).
    void setCall(const Domain::CallRecord &call, const QString &callerName);
    //! Hides the bar; the actions go inactive.
    void clearCall();
    Domain::Id callId() const { return m_call.id; }
    const Domain::CallRecord &call() const { return m_call; }
    //! Whom the agent can transfer to (active colleagues); the menu lists them by name.
    void setTransferTargets(const QList<Domain::User> &users);
    //! How presence states read in the transfer menu (the window's presence names).
    void setPresenceNamer(std::function<QString(Domain::PresenceState)> namer);

    QAction *holdAction() const { return m_holdAction; }
    QAction *endAction() const { return m_endAction; }
    QList<QAction *> actions() const;
    //! The talk time as shown, e.g. "04:07" (or "1:02:03" past an hour).
    QString timerText() const;
    //! Where "now" comes from; tests drive it instead of waiting.
    void setClock(std::function<QDateTime()> clock);
    //! Re-reads the clock and redraws the timer (the bar does this every second by itself).
    void tick();

    //! Seconds as mm:ss, or h:mm:ss from an hour on.
    static QString formatDuration(qint64 seconds);
    //! Talk time of a call at `now`: earlier legs plus this one, without time on hold.
    static qint64 talkSeconds(const Domain::CallRecord &call, const QDateTime &now);

Q_SIGNALS:
    void holdRequested(Switchboard::Domain::Id callId);
    void resumeRequested(Switchboard::Domain::Id callId);
    void transferRequested(Switchboard::Domain::Id callId, Switchboard::Domain::Id toUserId);
    void endRequested(Switchboard::Domain::Id callId);

private:
    void updateState();
    void toggleHold();

    Domain::CallRecord m_call;
    std::function<QDateTime()> m_clock;
    std::function<QString(Domain::PresenceState)> m_presenceNamer;
    QTimer m_ticker;
    QLabel *m_caller = nullptr;
    QLabel *m_timer = nullptr;
    QLabel *m_holdBadge = nullptr;
    QPushButton *m_hold = nullptr;
    QToolButton *m_transfer = nullptr;
    QMenu *m_transferMenu = nullptr;
    QPushButton *m_end = nullptr;
    QAction *m_holdAction = nullptr;
    QAction *m_endAction = nullptr;
};

} // namespace Switchboard::Ui
