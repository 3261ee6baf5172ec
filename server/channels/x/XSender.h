// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "channels/ChannelSender.h"
#include "channels/ProviderHttp.h"

namespace Switchboard::Hub {

//! Replies on X through the v2 API: a post in reply to the customer's post (POST /2/tweets)
//! and direct messages (POST /2/dm_conversations/with/{participant_id}/messages).
class XSender : public ChannelSender
{
public:
    //! Where and as whom replies go; the token is a secret, never logged.
    struct Settings
    {
        QString apiUrl = QStringLiteral("https://api.x.com");
        //! An OAuth 2.0 user access token with tweet.write and dm.write.
        QString accessToken;
    };

    explicit XSender(Settings settings);

    QList<Domain::ChannelKind> channels() const override;
    void send(const OutboundReply &reply, std::function<void(const SendOutcome &)> done) override;

    //! The outcome of an X API answer: the post or DM event id on success, the problem's title
    //! and detail as the reason otherwise.
    static SendOutcome outcomeOf(const ProviderResponse &response);

private:
    Settings m_settings;
    ProviderHttp m_http;
};

} // namespace Switchboard::Hub
