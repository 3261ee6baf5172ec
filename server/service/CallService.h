// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CallProviderControl.h"
#include "Outcome.h"
#include "domain/CallRecord.h"
#include "domain/User.h"

#include <functional>

namespace Switchboard::Hub {

class AccessPolicy;
class EventRecorder;
class Storage;

//! What agents do to call records: call control (answer, decline, hold, resume, transfer, end)
//! and the wrap-up after a call. Every change records call.updated in the same transaction.
class CallService
{
public:
    CallService(Storage &storage, EventRecorder &events, const AccessPolicy &access);

    //! Offered → answered; only the agent the call is offered to answers it.
    Outcome<Domain::CallRecord> answer(const Domain::User &caller, Domain::Id callId);
    //! Offered → back to the queue (no agent).
    Outcome<Domain::CallRecord> decline(const Domain::User &caller, Domain::Id callId);
    //! Answered → on hold.
    Outcome<Domain::CallRecord> hold(const Domain::User &caller, Domain::Id callId);
    //! On hold → answered; the hold's time is added to held_seconds.
    Outcome<Domain::CallRecord> resume(const Domain::User &caller, Domain::Id callId);
    //! Answered or on hold → offered to another active user.
    Outcome<Domain::CallRecord> transfer(
        const Domain::User &caller, Domain::Id callId, Domain::Id toUserId);
    //! Offered, answered or on hold → ended; ending an offered call makes it a missed call.
    Outcome<Domain::CallRecord> end(const Domain::User &caller, Domain::Id callId);

    //! Completes a call record with a disposition code and notes; the agent who took the call
    //! or a supervisor may do it.
    //! Notes that are not given (nullopt) stay as they were.
    Outcome<Domain::CallRecord> wrapUp(const Domain::User &caller, Domain::Id callId,
        const QString &disposition, const std::optional<QString> &notes);

    //! The telephony provider's call control, told of each committed answer, hold, resume,
    //! transfer and end of a call it carries (one with a provider call id); null: none.
    void setProviderControl(CallProviderControl *control) { m_provider = control; }

private:
    //! Loads the call, checks who may act and that it is in one of the allowed states, applies
    //! change (which may refuse) and records the event for the agents before and after.
    Outcome<Domain::CallRecord> control(const Domain::User &caller, Domain::Id callId,
        std::initializer_list<Domain::CallRecord::State> allowed, const QString &stateRule,
        bool offeredAgentOnly,
        const std::function<std::optional<ServiceError>(Domain::CallRecord &)> &change);

    //! Tells the provider, if the call is one of its own.
    Outcome<Domain::CallRecord> tellProvider(
        Outcome<Domain::CallRecord> result, CallProviderControl::Step step);

    Storage &m_storage;
    EventRecorder &m_events;
    const AccessPolicy &m_access;
    CallProviderControl *m_provider = nullptr;
};

} // namespace Switchboard::Hub
