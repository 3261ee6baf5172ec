// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "channels/ChannelSender.h"
#include "channels/ProviderHttp.h"
#include "channels/meta/MetaDelivery.h"

namespace Switchboard::Hub {

//! Replies through the Graph API: public replies to Facebook and Instagram comments, a private
//! reply to a comment (a first message moved to Messenger or Instagram), Messenger and Instagram
//! direct messages, and WhatsApp Cloud API messages.
class MetaSender : public ChannelSender
{
public:
    explicit MetaSender(MetaSettings settings);

    QList<Domain::ChannelKind> channels() const override;
    void send(const OutboundReply &reply, std::function<void(const SendOutcome &)> done) override;

    //! The outcome of a Graph API answer: its id on success, its error object's message and
    //! codes as the reason otherwise (throttling and temporary errors are tried again).
    static SendOutcome outcomeOf(const ProviderResponse &response, Domain::ChannelKind channel);

private:
    void post(const QString &path, const QByteArray &body, const QByteArray &contentType,
        Domain::ChannelKind channel, std::function<void(const SendOutcome &)> done);

    MetaSettings m_settings;
    ProviderHttp m_http;
};

} // namespace Switchboard::Hub
