// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MimeMessage.h"

#include <QByteArrayView>
#include <QHash>
#include <QPair>

namespace Switchboard::Hub {

//! The header section of a message or of one MIME part, unfolded, with readers for the
//! structured headers (Content-Type parameters with RFC 2231, addresses, message ids, dates).
class MimeHeaders
{
public:
    //! A structured header: its value before the first ";" (lower case) and its parameters by
    //! lower-case name, decoded (RFC 2231 continuations and charsets, RFC 2047 words).
    struct Structured
    {
        QByteArray value;
        QHash<QByteArray, QString> parameters;
    };

    //! Reads the header section at the start of entity; *bodyOffset is where the body starts
    //! (entity's size when there is no body).
    static MimeHeaders parse(QByteArrayView entity, qsizetype *bodyOffset);

    //! No header line at all was found.
    bool isEmpty() const { return m_fields.isEmpty(); }
    //! The first header with that name (case-insensitive), unfolded and trimmed; empty if none.
    QByteArray raw(QByteArrayView name) const;
    //! raw() decoded to text (RFC 2047, RFC 6532).
    QString text(QByteArrayView name) const;
    //! raw() read as a structured header.
    Structured structured(QByteArrayView name) const;

    //! The mailboxes of an address header value ("A <a@x>, \"B, b\" <b@y>, c@z"); groups are
    //! flattened and entries without an address are dropped.
    static QList<MailAddress> addresses(QByteArrayView raw);
    //! The "<id>" tokens of Message-ID, In-Reply-To or References, in order.
    static QStringList messageIds(QByteArrayView raw);
    //! An RFC 5322 date ("Tue, 28 Jun 2005 01:02:11 -0700 (PDT)"); invalid if unreadable.
    static QDateTime date(QByteArrayView raw);

private:
    QList<QPair<QByteArray, QByteArray>> m_fields;
};

} // namespace Switchboard::Hub
