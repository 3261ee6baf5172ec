// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CallCoordinator.h"

#include "ActiveCallBar.h"
#include "IncomingCallDialog.h"
#include "WrapUpDialog.h"
#include "item/CustomerDirectory.h"

namespace Switchboard::Ui {

using namespace Domain;

CallCoordinator::CallCoordinator(QWidget *window, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_bar(new ActiveCallBar)
{
    connect(m_bar, &ActiveCallBar::holdRequested, this, [this](Id id) { hold(id, true); });
    connect(m_bar, &ActiveCallBar::resumeRequested, this, [this](Id id) { hold(id, false); });
    connect(m_bar, &ActiveCallBar::transferRequested, this, &CallCoordinator::transfer);
    connect(m_bar, &ActiveCallBar::endRequested, this, &CallCoordinator::end);
}

CallCoordinator::~CallCoordinator()
{
    // The window owns the bar once it is placed; before that it is ours.
    if (m_bar && !m_bar->parent())
        delete m_bar.data();
}

ActiveCallBar *CallCoordinator::bar() const
{
    return m_bar.data();
}

IncomingCallDialog *CallCoordinator::incomingDialog() const
{
    return m_incoming.data();
}

WrapUpDialog *CallCoordinator::wrapUpDialog() const
{
    return m_wrapUp.data();
}

void CallCoordinator::attach(Item::CustomerDirectory *directory, const User &me)
{
    m_directory = directory;
    m_me = me;
}

void CallCoordinator::detach()
{
    closeIncoming();
    if (m_wrapUp)
        m_wrapUp->deleteLater();
    if (m_bar)
        m_bar->clearCall();
    m_directory = nullptr;
    m_me = User{};
    m_popped.clear();
    m_wrapUpShown.clear();
    m_finished.clear();
}

void CallCoordinator::callsChanged(const QSet<Id> &callIds)
{
    if (!m_directory)
        return;
    for (const Id id : callIds) {
        if (const auto call = m_directory->call(id))
            callChanged(*call);
    }
}

QString CallCoordinator::callerName(const CallRecord &call) const
{
    const auto customer = m_directory ? m_directory->customer(call.customerId) : std::nullopt;
    return customer ? customer->name : QString();
}

void CallCoordinator::callChanged(const CallRecord &call)
{
    if (m_me.id <= 0)
        return;
    const bool mine = call.agentId == m_me.id;
    const CallRecord::State state = call.state();

    const bool ringing = mine && state == CallRecord::State::Offered;
    if (m_incoming && m_incoming->callId() == call.id && !ringing)
        closeIncoming(); // answered elsewhere, declined, hung up or passed on
    const bool fresh = !call.offeredAt.isValid()
        || call.offeredAt.secsTo(QDateTime::currentDateTimeUtc()) < StaleAfterSeconds;
    if (ringing && fresh && !m_popped.contains(call.id)) {
        // A call transferred back to the agent rings again.
        m_finished.remove(call.id);
        showIncoming(call);
    }
    if (!ringing)
        m_popped.remove(call.id);

    const bool onCall
        = mine && (state == CallRecord::State::Answered || state == CallRecord::State::OnHold);
    if (onCall && !m_finished.contains(call.id)) {
        showActive(call);
    } else if (m_bar->callId() == call.id && !ringing) {
        // Still ringing means the agent's answer is on its way: keep the bar.
        m_bar->clearCall();
        // The caller hung up: the agent still owes the wrap-up.
        if (mine && state == CallRecord::State::Ended)
            showWrapUp(call);
    }
}

void CallCoordinator::showIncoming(const CallRecord &call)
{
    m_popped.insert(call.id);
    closeIncoming();
    const QString name = callerName(call);
    const QList<Conversation> conversations
        = m_directory ? m_directory->conversations(call.customerId) : QList<Conversation>();
    const QList<CallRecord> calls
        = m_directory ? m_directory->recentCalls(call.customerId, 6) : QList<CallRecord>();
    m_incoming = new IncomingCallDialog(m_window);
    m_incoming->setAttribute(Qt::WA_DeleteOnClose);
    m_incoming->setCall(call, name, conversations, calls);
    connect(m_incoming, &IncomingCallDialog::acceptRequested, this, &CallCoordinator::accept);
    connect(m_incoming, &IncomingCallDialog::declineRequested, this, &CallCoordinator::decline);
    m_incoming->show();
    m_incoming->raise();
    m_incoming->activateWindow();
    Q_EMIT incomingCall(call.customerId, name.isEmpty() ? call.fromNumber : name);
}

void CallCoordinator::closeIncoming()
{
    if (!m_incoming)
        return;
    m_incoming->disconnect(this);
    m_incoming->hide();
    m_incoming->deleteLater();
    m_incoming = nullptr;
}

void CallCoordinator::showActive(const CallRecord &call)
{
    m_bar->setCall(call, callerName(call));
    if (m_directory)
        m_bar->setTransferTargets(m_directory->transferTargets(m_me.id));
}

void CallCoordinator::showWrapUp(const CallRecord &call)
{
    if (m_wrapUpShown.contains(call.id) || !call.disposition.isEmpty())
        return;
    m_wrapUpShown.insert(call.id);
    if (m_wrapUp)
        m_wrapUp->deleteLater();
    m_wrapUp = new WrapUpDialog(m_window);
    m_wrapUp->setAttribute(Qt::WA_DeleteOnClose);
    m_wrapUp->setCall(call, callerName(call));
    connect(m_wrapUp, &WrapUpDialog::wrapUpRequested, this, &CallCoordinator::wrapUpRequested);
    m_wrapUp->show();
    m_wrapUp->raise();
}

void CallCoordinator::accept(Id callId)
{
    const auto call = m_directory ? m_directory->call(callId) : std::nullopt;
    m_incoming = nullptr;
    Q_EMIT actionRequested(callId, QStringLiteral("answer"), {});
    if (!call)
        return;
    Q_EMIT customerRequested(call->customerId);
    // Shown at once; the hub's answer brings the exact times.
    CallRecord answered = *call;
    answered.answeredAt = QDateTime::currentDateTimeUtc();
    showActive(answered);
}

void CallCoordinator::decline(Id callId)
{
    m_incoming = nullptr;
    Q_EMIT actionRequested(callId, QStringLiteral("decline"), {});
}

void CallCoordinator::hold(Id callId, bool on)
{
    Q_EMIT actionRequested(callId, on ? QStringLiteral("hold") : QStringLiteral("resume"), {});
    CallRecord call = m_bar->call();
    if (call.id != callId)
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (on) {
        call.onHold = true;
        call.holdStartedAt = now;
    } else if (call.onHold) {
        call.heldSeconds += int(std::max<qint64>(0, call.holdStartedAt.secsTo(now)));
        call.onHold = false;
        call.holdStartedAt = QDateTime();
    }
    m_bar->setCall(call, callerName(call));
}

void CallCoordinator::transfer(Id callId, Id toUserId)
{
    Q_EMIT actionRequested(
        callId, QStringLiteral("transfer"), {{QStringLiteral("to_user_id"), toUserId}});
    m_finished.insert(callId);
    m_bar->clearCall();
}

void CallCoordinator::end(Id callId)
{
    CallRecord call = m_bar->call();
    Q_EMIT actionRequested(callId, QStringLiteral("end"), {});
    m_finished.insert(callId);
    m_bar->clearCall();
    if (call.id != callId)
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    call.durationSeconds = int(ActiveCallBar::talkSeconds(call, now));
    call.endedAt = now;
    showWrapUp(call);
}

} // namespace Switchboard::Ui
