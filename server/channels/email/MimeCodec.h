// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <optional>

namespace Switchboard::Hub {

//! The encodings of an email's bytes: character sets (through ICU, so ISO-8859-*, Windows-125x,
//! ISO-2022-JP, Shift_JIS … decode by name), quoted-printable, base64 and RFC 2047 encoded words.
class MimeCodec
{
public:
    //! bytes in charset as text; none when the charset is unknown or the bytes are not valid in
    //! it. An empty or US-ASCII charset takes UTF-8 when the bytes are not plain ASCII, since
    //! mailers often leave the label out.
    static std::optional<QString> decodeText(QByteArrayView bytes, QByteArrayView charset);
    //! Quoted-printable (RFC 2045 6.7); qEncoding also reads "_" as a space (RFC 2047 "Q").
    //! A malformed "=" sequence is kept as it stands.
    static QByteArray decodeQuotedPrintable(QByteArrayView bytes, bool qEncoding = false);
    //! Base64 with line breaks and other white space ignored; none if anything else is wrong.
    static std::optional<QByteArray> decodeBase64(QByteArrayView bytes);
    //! An unfolded header value as text: RFC 2047 encoded words decoded, raw bytes read as UTF-8
    //! (RFC 6532) or, failing that, as Windows-1252. An encoded word in an unknown charset is
    //! left as written.
    static QString decodeHeader(QByteArrayView raw);
    //! A header value for the wire: as is when plain printable ASCII, else RFC 2047 "B" words of
    //! UTF-8, each at most 75 characters, folded onto continuation lines.
    static QByteArray encodeHeader(const QString &text);
    //! Quoted-printable with CRLF line ends and soft breaks keeping lines within 76 characters;
    //! LF or CRLF in text both end a line.
    static QByteArray encodeQuotedPrintable(QByteArrayView text);
};

} // namespace Switchboard::Hub
