// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TwilioDelivery.h"
#include "service/InboundService.h"

#include <QByteArrayView>
#include <optional>

namespace Switchboard::Hub {

//! Twilio's webhooks, what all of them share (the form body and X-Twilio-Signature) and what
//! messaging delivers (incoming SMS/MMS and status callbacks). Holds no state; the endpoints
//! apply the result through InboundService. TwilioVoice reads the voice requests.
class TwilioWebhook
{
public:
    //! Reads an application/x-www-form-urlencoded body; none if it is not one (a bad percent
    //! escape, text that is not UTF-8).
    static std::optional<TwilioParams> parseForm(QByteArrayView body);
    //! The parameters as an application/x-www-form-urlencoded body, in the order given.
    static QByteArray formBody(const TwilioParams &params);
    //! The first value of a parameter; empty if absent.
    static QString value(const TwilioParams &params, QLatin1String name);
    //! base64(HMAC-SHA1(authToken, url + each parameter's name and value, sorted by name)).
    static QByteArray signature(
        QByteArrayView authToken, const QString &url, const TwilioParams &params);
    //! Checks X-Twilio-Signature against the URL Twilio requested (public URL, path and query
    //! as sent) and the parameters. Twilio may have signed the URL with or without the
    //! scheme's default port, so both are accepted. False for an empty token or header.
    static bool signatureValid(QByteArrayView authToken, const QString &url,
        const TwilioParams &params, QByteArrayView header);
    //! True when the request is a status callback of a message the hub sent (it has a
    //! MessageStatus other than received/receiving), not an incoming message.
    static bool isMessageStatus(const TwilioParams &params);
    //! An incoming SMS or MMS as an sms message; none with a reason without MessageSid or From.
    static std::optional<InboundMessage> readMessage(const TwilioParams &params, QString *error);
    //! A messaging status callback; none with a reason without MessageSid or MessageStatus.
    static std::optional<TwilioMessageStatus> readMessageStatus(
        const TwilioParams &params, QString *error);
};

} // namespace Switchboard::Hub
