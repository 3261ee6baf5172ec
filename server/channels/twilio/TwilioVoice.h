// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TwilioDelivery.h"
#include "domain/User.h"

#include <QByteArray>
#include <QSet>
#include <optional>

namespace Switchboard::Hub {

//! Twilio's voice webhooks: reading an incoming call and its status callbacks, the TwiML the
//! hub answers, and which agent's desktop rings. Holds no state.
class TwilioVoice
{
public:
    //! The call a voice request announces; none with a reason without CallSid or From.
    static std::optional<TwilioCall> readCall(const TwilioParams &params, QString *error);
    //! A voice status callback; none with a reason without CallSid or CallStatus.
    static std::optional<TwilioCallStatus> readStatus(const TwilioParams &params, QString *error);
    //! Applies a status callback to the stored call; false when it changed nothing.
    static bool applyStatus(Domain::CallRecord &call, const TwilioCallStatus &status);
    //! TwiML for an incoming call: a greeting, then the caller waits in the queue while the
    //! chosen agent's desktop rings. Other calls get an empty answer.
    static QByteArray answer(const Domain::CallRecord &call);
    //! An empty TwiML answer (status callbacks, messages the hub answers later).
    static QByteArray emptyAnswer();
    //! The Twilio queue callers wait in until an agent is on the line.
    static QString queueName() { return QStringLiteral("switchboard"); }
};

} // namespace Switchboard::Hub
