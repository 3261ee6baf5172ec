// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "channels/ChannelSender.h"
#include "EmailSettings.h"

#include <atomic>

namespace Switchboard::Hub {

//! Hands one message to the SMTP server through libcurl, blocking (MailWorker thread).
class SmtpClient
{
public:
    SmtpClient(const EmailSettings &settings, const std::atomic<bool> &stopping);

    //! Sends message (CRLF lines) from the configured address to recipients. Sent when the
    //! server took it; Retry when it could not be reached, timed out, answered 4xx or refused
    //! the hub's login; Failed on any other 5xx. The reason never holds a credential.
    SendOutcome send(const QStringList &recipients, const QByteArray &message);

private:
    const EmailSettings &m_settings;
    const std::atomic<bool> &m_stopping;
};

} // namespace Switchboard::Hub
