// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "channels/ChannelSender.h"
#include "channels/ProviderHttp.h"

namespace Switchboard::Hub {

//! SMS replies through Twilio's Messages resource
//! (POST /2010-04-01/Accounts/{AccountSid}/Messages.json).
class TwilioSmsSender : public ChannelSender
{
public:
    //! The account replies go out on; the auth token is a secret, never logged.
    struct Settings
    {
        QString apiUrl = QStringLiteral("https://api.twilio.com");
        QString accountSid;
        QString authToken;
        //! The Twilio number replies are sent from (E.164).
        QString fromNumber;
    };

    explicit TwilioSmsSender(Settings settings);

    QList<Domain::ChannelKind> channels() const override;
    void send(const OutboundReply &reply, std::function<void(const SendOutcome &)> done) override;

    //! The outcome of a Twilio answer: the message SID on success, Twilio's error message and
    //! code as the reason otherwise.
    static SendOutcome outcomeOf(const ProviderResponse &response);
    //! A form POST to the account's REST resource at path below /2010-04-01/Accounts/{sid}
    //! (e.g. "/Messages.json"), with HTTP Basic account:auth token.
    static QNetworkRequest apiRequest(const Settings &settings, const QString &path);

private:
    Settings m_settings;
    ProviderHttp m_http;
};

} // namespace Switchboard::Hub
