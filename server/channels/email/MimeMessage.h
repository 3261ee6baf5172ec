// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace Switchboard::Hub {

//! One mailbox of an address header: "Léa Martin <lea@example.org>".
struct MailAddress
{
    QString name;
    QString address;
};

//! A part of a message the agent can download: a real attachment, an inline image, or a text
//! part the hub could not decode (kept as it came, so nothing is lost).
struct MimeAttachment
{
    QString fileName;
    //! "type/subtype", lower case.
    QString contentType;
    //! Without the angle brackets; empty if the part had none.
    QString contentId;
    bool inlinePart = false;
    QByteArray data;
};

//! An email as the hub keeps it: decoded headers, the plain and HTML text, the attachments.
struct MimeMessage
{
    //! Message-ID, In-Reply-To and References keep their angle brackets: "<id@host>".
    QString messageId;
    QString inReplyTo;
    QStringList references;
    QString subject;
    MailAddress from;
    QList<MailAddress> replyTo;
    QList<MailAddress> to;
    QList<MailAddress> cc;
    //! Invalid when the Date header is missing or unreadable.
    QDateTime date;
    //! The text/plain parts; derived from the HTML when the message has none.
    QString text;
    //! The first text/html part, as sent (the desktop shows it without scripts or remote content).
    QString html;
    QList<MimeAttachment> attachments;
    //! What could not be read, part by part ("text/plain: unknown charset x-foo"); the message
    //! is still usable.
    QStringList problems;
};

} // namespace Switchboard::Hub
