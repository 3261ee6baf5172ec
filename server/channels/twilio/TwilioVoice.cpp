// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TwilioVoice.h"

#include "TwilioWebhook.h"

#include <algorithm>

namespace Switchboard::Hub {

using namespace Domain;

namespace {

int secondsBetween(const QDateTime &from, const QDateTime &to)
{
    return from.isValid() ? int(std::max<qint64>(0, from.secsTo(to))) : 0;
}

} // namespace

std::optional<TwilioCall> TwilioVoice::readCall(const TwilioParams &params, QString *error)
{
    const QString sid = TwilioWebhook::value(params, QLatin1String("CallSid"));
    const QString from = TwilioWebhook::value(params, QLatin1String("From"));
    if (sid.isEmpty() || from.isEmpty()) {
        *error = QStringLiteral("a voice request has CallSid and From");
        return std::nullopt;
    }
    TwilioCall out;
    CallRecord &call = out.call;
    call.providerCallId = sid;
    call.fromNumber = from;
    call.toNumber = TwilioWebhook::value(params, QLatin1String("To"));
    // "inbound", or "outbound-api" / "outbound-dial" for calls the contact centre placed.
    call.direction = TwilioWebhook::value(params, QLatin1String("Direction"))
                         .startsWith(QLatin1String("outbound"))
        ? CallDirection::Outbound
        : CallDirection::Inbound;
    call.offeredAt = QDateTime::currentDateTimeUtc();
    const QString customer
        = call.direction == CallDirection::Inbound ? call.fromNumber : call.toNumber;
    out.customer = Identity{0, IdentityKind::Phone, customer};
    out.customerName = TwilioWebhook::value(params, QLatin1String("CallerName"));
    return out;
}

std::optional<TwilioCallStatus> TwilioVoice::readStatus(const TwilioParams &params, QString *error)
{
    TwilioCallStatus status;
    status.callSid = TwilioWebhook::value(params, QLatin1String("CallSid"));
    status.status = TwilioWebhook::value(params, QLatin1String("CallStatus"));
    if (status.callSid.isEmpty() || status.status.isEmpty()) {
        *error = QStringLiteral("a status callback has CallSid and CallStatus");
        return std::nullopt;
    }
    status.at = QDateTime::fromString(
        TwilioWebhook::value(params, QLatin1String("Timestamp")), Qt::RFC2822Date);
    if (!status.at.isValid())
        status.at = QDateTime::currentDateTimeUtc();
    status.at = status.at.toUTC();
    const QString duration = TwilioWebhook::value(params, QLatin1String("CallDuration"));
    bool ok = false;
    const int seconds = duration.toInt(&ok);
    if (ok && seconds >= 0)
        status.durationSeconds = seconds;
    status.recordingUrl = TwilioWebhook::value(params, QLatin1String("RecordingUrl"));
    return status;
}

bool TwilioVoice::applyStatus(CallRecord &call, const TwilioCallStatus &status)
{
    const CallRecord before = call;
    const QString &s = status.status;
    const bool outbound = call.direction == CallDirection::Outbound;
    if (s == QLatin1String("in-progress") || s == QLatin1String("answered")) {
        // On an outbound call the customer picked up. On an inbound one Twilio answered and the
        // caller waits in the queue: the call is answered when the agent answers it.
        if (outbound && !call.answeredAt.isValid())
            call.answeredAt = status.at;
    } else if (s == QLatin1String("completed") || s == QLatin1String("busy")
        || s == QLatin1String("no-answer") || s == QLatin1String("failed")
        || s == QLatin1String("canceled")) {
        if (!call.endedAt.isValid()) {
            // The line closed while the hub still had the call live: close the hold and the
            // agent's leg as ending it on the desktop would.
            if (call.onHold)
                call.heldSeconds += secondsBetween(call.holdStartedAt, status.at);
            call.onHold = false;
            call.holdStartedAt = QDateTime();
            call.durationSeconds += secondsBetween(call.answeredAt, status.at);
            call.endedAt = status.at;
        }
        // Twilio's CallDuration counts from its own pickup, queue time included: it is the talk
        // time only of a call the customer picked up.
        if (outbound && s == QLatin1String("completed") && status.durationSeconds
            && *status.durationSeconds > 0) {
            call.durationSeconds = *status.durationSeconds;
            if (!call.answeredAt.isValid())
                call.answeredAt = call.endedAt.addSecs(-*status.durationSeconds);
        }
    }
    if (!status.recordingUrl.isEmpty())
        call.recordingUrl = status.recordingUrl;
    return !(call == before);
}

QByteArray TwilioVoice::answer(const CallRecord &call)
{
    if (call.direction != CallDirection::Inbound || call.endedAt.isValid())
        return emptyAnswer();
    // The queue holds the caller (with Twilio's hold music) until an agent takes the call.
    return QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Response>"
                          "<Say>Thank you for calling. Please hold while we connect you.</Say>"
                          "<Enqueue>%1</Enqueue></Response>\n")
        .arg(queueName())
        .toUtf8();
}

QByteArray TwilioVoice::emptyAnswer()
{
    return QByteArrayLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Response/>\n");
}

} // namespace Switchboard::Hub
