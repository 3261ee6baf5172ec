// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/CallRecord.h"
#include "domain/User.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QSet>

namespace Switchboard::Item {
class CustomerDirectory;
}

namespace Switchboard::Ui {

class ActiveCallBar;
class IncomingCallDialog;
class WrapUpDialog;

//! Follows the signed-in agent's calls as the cache reports them and shows the right thing: the
//! pop-up of a call ringing for them, the bar of the call they are on, the wrap-up form once it
//! ends. What the agent does comes out as requests; the application queues them for the hub,
//! and the hub's answer comes back here as the call's new state.
class CallCoordinator : public QObject
{
    Q_OBJECT
public:
    //! Dialogs open over window; the bar is created here and placed by the window.
    explicit CallCoordinator(QWidget *window, QObject *parent = nullptr);
    ~CallCoordinator() override;

    //! Starts following the calls of `me`, reading callers and history through directory.
    void attach(Item::CustomerDirectory *directory, const Domain::User &me);
    //! Signed out: closes every call window.
    void detach();

    ActiveCallBar *bar() const;
    //! The pop-up on screen, if a call is ringing.
    IncomingCallDialog *incomingDialog() const;
    //! The wrap-up form on screen, if any.
    WrapUpDialog *wrapUpDialog() const;

    //! Calls that changed in the cache (ChangeSet::calls).
    void callsChanged(const QSet<Domain::Id> &callIds);
    //! One call as it is now.
    void callChanged(const Domain::CallRecord &call);

    //! A call offered longer ago than this is not popped up: the connector missed its end.
    static constexpr int StaleAfterSeconds = 15 * 60;

Q_SIGNALS:
    //! Call control for the hub: "answer", "decline", "hold", "resume", "transfer", "end".
    void actionRequested(
        Switchboard::Domain::Id callId, const QString &action, const QJsonObject &body);
    void wrapUpRequested(
        Switchboard::Domain::Id callId, const QString &disposition, const QString &notes);
    //! The agent took a call: show the caller's history.
    void customerRequested(Switchboard::Domain::Id customerId);
    //! A call started ringing for the agent (for the tray notification).
    void incomingCall(Switchboard::Domain::Id customerId, const QString &caller);

private:
    QString callerName(const Domain::CallRecord &call) const;
    void showIncoming(const Domain::CallRecord &call);
    void closeIncoming();
    void showActive(const Domain::CallRecord &call);
    void showWrapUp(const Domain::CallRecord &call);
    void accept(Domain::Id callId);
    void decline(Domain::Id callId);
    void hold(Domain::Id callId, bool on);
    void transfer(Domain::Id callId, Domain::Id toUserId);
    void end(Domain::Id callId);

    QWidget *m_window;
    Item::CustomerDirectory *m_directory = nullptr;
    Domain::User m_me;
    //! Owned by the window once placed there, which may go first.
    QPointer<ActiveCallBar> m_bar;
    QPointer<IncomingCallDialog> m_incoming;
    QPointer<WrapUpDialog> m_wrapUp;
    //! Calls popped up once already this session; each rings once.
    QSet<Domain::Id> m_popped;
    //! Calls whose wrap-up form was shown.
    QSet<Domain::Id> m_wrapUpShown;
    //! Calls the agent ended or passed on here, so a late answer does not bring the bar back.
    QSet<Domain::Id> m_finished;
};

} // namespace Switchboard::Ui
