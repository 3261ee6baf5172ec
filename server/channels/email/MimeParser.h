// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MimeMessage.h"

#include <QByteArrayView>
#include <optional>

namespace Switchboard::Hub {

class MimeHeaders;

//! Reads a whole RFC 5322 message with its MIME structure: multipart/alternative, mixed and
//! related, nested; quoted-printable and base64; charsets by name; attachments kept as bytes.
class MimeParser
{
public:
    //! The message; none with a reason when it is no email at all (no header section, no sender
    //! address). Parts that cannot be read are noted in MimeMessage::problems and never become
    //! garbled text: a text part in an unknown charset is kept as an attachment instead.
    static std::optional<MimeMessage> parse(QByteArrayView raw, QString *error);
    //! The readable text of an HTML body: no scripts, styles or tags; entities decoded; block
    //! ends as line breaks.
    static QString htmlToText(const QString &html);

private:
    MimeParser(MimeMessage &message);
    void readEntity(QByteArrayView entity, int depth, bool inAlternative);
    void readLeaf(const MimeHeaders &headers, QByteArrayView body);
    void keepUndecodable(const QString &type, const QString &name, const QByteArray &bytes,
        const QString &problem);

    MimeMessage &m_message;
    QStringList m_texts;
};

} // namespace Switchboard::Hub
