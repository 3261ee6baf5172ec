// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/CallRecord.h"
#include "domain/Customer.h"

#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <optional>

namespace Switchboard::Hub {

//! The Twilio settings the hub is configured with; the auth token is never logged.
struct TwilioSettings
{
    //! Signs every request (X-Twilio-Signature); without it the webhooks store nothing.
    QString authToken;
    //! Where Twilio reaches the hub, e.g. "https://hub.example.com": part of what Twilio signs.
    QString publicUrl;
};

//! A form-encoded request's parameters in the order they came; names may repeat.
using TwilioParams = QList<QPair<QString, QString>>;

//! An incoming (or hub-placed) call as the voice webhook announces it.
struct TwilioCall
{
    //! direction, numbers, offeredAt and providerCallId (the CallSid) filled in.
    Domain::CallRecord call;
    //! The customer's side of the call: From for an inbound call, To for an outbound one.
    Domain::Identity customer;
    //! Twilio's caller name lookup (CallerName) where the account has it.
    QString customerName;
};

//! A voice status callback: where the call with that CallSid now stands.
struct TwilioCallStatus
{
    QString callSid;
    //! Twilio's CallStatus: queued, ringing, in-progress, completed, busy, no-answer, failed,
    //! canceled.
    QString status;
    //! Twilio's Timestamp of the change; when the hub heard of it if the callback had none.
    QDateTime at;
    //! CallDuration in seconds, on completed calls.
    std::optional<int> durationSeconds;
    QString recordingUrl;
};

//! A messaging status callback for a message the hub sent.
struct TwilioMessageStatus
{
    QString messageSid;
    //! None for statuses that say nothing about delivery (receiving, received).
    std::optional<Domain::DeliveryState> state;
    //! "undelivered (error 30003)" for failed and undelivered messages.
    QString error;
};

} // namespace Switchboard::Hub
