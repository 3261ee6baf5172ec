// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TwilioDelivery.h"
#include "TwilioSmsSender.h"
#include "channels/ProviderHttp.h"
#include "service/CallProviderControl.h"

namespace Switchboard::Hub {

//! Carries call control in the desktop to a caller's line at Twilio: a caller waits in the
//! hub's Twilio queue until an agent answers; then the hub points the call at new TwiML through
//! Twilio's REST API (POST /2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}.json):
//!
//! | Step    | Update                                                               |
//! |---------|----------------------------------------------------------------------|
//! | Connect | Twiml: <Dial> to the agent's voice address (<Sip>, <Client>, <Number>) |
//! | Wait    | Twiml: <Enqueue> back into the queue, with Twilio's hold music       |
//! | HangUp  | Status=completed                                                     |
//!
//! An agent with no voice address is connected to no one (logged). A request Twilio did not
//! answer, or answered 5xx/429, is tried once more after a second; the outcome is logged.
class TwilioCallControl : public CallProviderControl
{
public:
    //! The API address, account and auth token (fromNumber unused).
    explicit TwilioCallControl(TwilioSmsSender::Settings settings);

    void apply(const Domain::CallRecord &call, Step step, const Domain::User &agent) override;

    //! The TwiML that dials address: <Sip> for sip:/sips:, <Client> for client:, <Number> for a
    //! phone number; empty for anything else.
    static QString dialTwiml(const QString &address, const QString &callerId);
    //! The TwiML that puts the caller back in the hub's queue (TwilioVoice::queueName()).
    static QString waitTwiml();

private:
    void update(const QString &callSid, const TwilioParams &form, int attempt);

    TwilioSmsSender::Settings m_settings;
    ProviderHttp m_http;
};

} // namespace Switchboard::Hub
