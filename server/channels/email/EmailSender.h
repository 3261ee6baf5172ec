// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EmailSettings.h"
#include "MailWorker.h"
#include "channels/ChannelSender.h"

#include <QObject>
#include <memory>

namespace Switchboard::Hub {

//! The email channel's outbound half: writes a reply with the threading headers that put it in
//! the customer's thread and hands it to the SMTP server on a MailWorker thread.
class EmailSender : public QObject, public ChannelSender
{
    Q_OBJECT
public:
    //! settings must be smtpConfigured().
    explicit EmailSender(const EmailSettings &settings, QObject *parent = nullptr);
    ~EmailSender() override;

    QList<Domain::ChannelKind> channels() const override;
    //! Sent carries the Message-ID it went out with as providerMessageId and message_id,
    //! in_reply_to, references and subject as channel metadata.
    void send(const OutboundReply &reply, std::function<void(const SendOutcome &)> done) override;

private:
    EmailSettings m_settings;
    //! Last: joined first when the sender goes.
    std::unique_ptr<MailWorker> m_worker;
};

} // namespace Switchboard::Hub
