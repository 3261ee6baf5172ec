// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/CallRecord.h"
#include "domain/User.h"

namespace Switchboard::Hub {

//! What the hub asks of the telephony provider when call control changes a call that came
//! through it: the agent's answer in the desktop has to reach the caller's line. Told after the
//! change is committed; the provider's answer changes nothing in the hub.
class CallProviderControl
{
public:
    enum class Step {
        //! Connect the caller to the agent (answered, resumed).
        Connect,
        //! Keep the caller waiting, with music, while no agent is on the line (on hold,
        //! transferred and not yet answered).
        Wait,
        //! Hang up the caller's line (the agent ended the call).
        HangUp,
    };

    virtual ~CallProviderControl() = default;
    //! call as committed; agent is the user the call is now with (for Connect, who to ring).
    virtual void apply(const Domain::CallRecord &call, Step step, const Domain::User &agent) = 0;
};

} // namespace Switchboard::Hub
