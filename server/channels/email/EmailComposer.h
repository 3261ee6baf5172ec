// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EmailSettings.h"
#include "channels/ChannelSender.h"

#include <QDateTime>

namespace Switchboard::Hub {

//! A reply written out as an RFC 5322 message.
struct ComposedEmail
{
    //! The whole message with CRLF line ends, ready for SMTP.
    QByteArray data;
    //! The Message-ID it carries ("<…@domain>"): the reply's provider message id.
    QString messageId;
    QString inReplyTo;
    QStringList references;
    QString subject;
};

//! Writes an agent's reply as an email that lands in the customer's thread: In-Reply-To the
//! message it answers, References continuing that message's own, "Re:" before the subject.
class EmailComposer
{
public:
    static ComposedEmail compose(
        const OutboundReply &reply, const EmailSettings &settings, const QDateTime &now);
    //! "Re: subject", unless it already starts with "Re:" in any case.
    static QString replySubject(const QString &subject);
    //! A new, globally unique Message-ID in the sender's domain.
    static QString newMessageId(const QString &fromAddress);

    //! References keeps the thread's first message and the latest ones, no more than this.
    static constexpr int MaxReferences = 20;
};

} // namespace Switchboard::Hub
