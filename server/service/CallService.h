// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Outcome.h"
#include "domain/CallRecord.h"
#include "domain/User.h"

namespace Switchboard::Hub {

class AccessPolicy;
class EventRecorder;
class Storage;

//! What agents do to call records: the wrap-up after a call.
class CallService
{
public:
    CallService(Storage &storage, EventRecorder &events, const AccessPolicy &access);

    //! Completes a call record with a disposition code and notes; the agent who took the call
    //! or a supervisor may do it.
    //! Notes that are not given (nullopt) stay as they were.
    Outcome<Domain::CallRecord> wrapUp(const Domain::User &caller, Domain::Id callId,
        const QString &disposition, const std::optional<QString> &notes);

private:
    Storage &m_storage;
    EventRecorder &m_events;
    const AccessPolicy &m_access;
};

} // namespace Switchboard::Hub
