// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MimeCodec.h"

#include <QStringDecoder>

namespace Switchboard::Hub {

namespace {

bool isAscii(QByteArrayView bytes)
{
    for (const char c : bytes) {
        if (uchar(c) > 0x7f)
            return false;
    }
    return true;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

std::optional<QString> decodeStrict(QByteArrayView bytes, const QByteArray &charset)
{
    QStringDecoder decoder(charset.constData(), QStringDecoder::Flag::Stateless);
    if (!decoder.isValid())
        return std::nullopt;
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

// One RFC 2047 encoded word starting at from: "=?charset?B|Q?text?=". Returns its text and
// sets *end past it; none if what is there is no well-formed word in a known charset.
std::optional<QString> encodedWord(QByteArrayView raw, qsizetype from, qsizetype *end)
{
    const qsizetype charsetEnd = raw.indexOf('?', from + 2);
    if (charsetEnd < 0 || charsetEnd + 2 >= raw.size() || raw.at(charsetEnd + 2) != '?')
        return std::nullopt;
    const qsizetype textEnd = raw.indexOf("?=", charsetEnd + 3);
    if (textEnd < 0)
        return std::nullopt;
    QByteArray charset = raw.sliced(from + 2, charsetEnd - from - 2).toByteArray();
    // RFC 2231 lets a language follow: "UTF-8*en".
    if (const qsizetype star = charset.indexOf('*'); star >= 0)
        charset.truncate(star);
    const char encoding = char(raw.at(charsetEnd + 1) | 0x20);
    const QByteArrayView text = raw.sliced(charsetEnd + 3, textEnd - charsetEnd - 3);
    if (text.contains(' '))
        return std::nullopt;
    std::optional<QByteArray> bytes;
    if (encoding == 'b')
        bytes = MimeCodec::decodeBase64(text);
    else if (encoding == 'q')
        bytes = MimeCodec::decodeQuotedPrintable(text, true);
    if (!bytes)
        return std::nullopt;
    auto decoded = MimeCodec::decodeText(*bytes, charset);
    if (decoded)
        *end = textEnd + 2;
    return decoded;
}

} // namespace

std::optional<QString> MimeCodec::decodeText(QByteArrayView bytes, QByteArrayView charset)
{
    QByteArray name = charset.toByteArray().trimmed().toLower();
    if (name.isEmpty() || name == "us-ascii" || name == "ascii") {
        if (isAscii(bytes))
            return QString::fromLatin1(bytes);
        name = "utf-8";
    }
    // Mailers write "latin1", "utf8" and the like; ICU knows most aliases but not all.
    if (name == "utf8")
        name = "utf-8";
    else if (name == "latin1")
        name = "iso-8859-1";
    // ISO-8859-1 labelled mail is nearly always Windows-1252 in practice (curly quotes, euro),
    // which is a superset for every printable character.
    if (name == "iso-8859-1")
        name = "windows-1252";
    return decodeStrict(bytes, name);
}

QByteArray MimeCodec::decodeQuotedPrintable(QByteArrayView bytes, bool qEncoding)
{
    QByteArray out;
    out.reserve(bytes.size());
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes.at(i);
        if (c == '_' && qEncoding) {
            out.append(' ');
        } else if (c != '=') {
            out.append(c);
        } else if (i + 1 < bytes.size() && (bytes.at(i + 1) == '\n' || bytes.at(i + 1) == '\r')) {
            // A soft line break: "=" ends the line, which continues on the next.
            i += bytes.at(i + 1) == '\r' && i + 2 < bytes.size() && bytes.at(i + 2) == '\n' ? 2 : 1;
        } else if (i + 2 < bytes.size() && hexValue(bytes.at(i + 1)) >= 0
            && hexValue(bytes.at(i + 2)) >= 0) {
            out.append(char(hexValue(bytes.at(i + 1)) * 16 + hexValue(bytes.at(i + 2))));
            i += 2;
        } else if (i + 1 == bytes.size()) {
            // A trailing "=" is a soft break at the very end.
        } else {
            out.append(c);
        }
    }
    return out;
}

std::optional<QByteArray> MimeCodec::decodeBase64(QByteArrayView bytes)
{
    QByteArray compact;
    compact.reserve(bytes.size());
    for (const char c : bytes) {
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n')
            compact.append(c);
    }
    // Some mailers leave the padding out.
    while (compact.size() % 4 != 0 && compact.size() % 4 != 1)
        compact.append('=');
    auto result = QByteArray::fromBase64Encoding(compact, QByteArray::AbortOnBase64DecodingErrors);
    if (!result)
        return std::nullopt;
    return *result;
}

QString MimeCodec::decodeHeader(QByteArrayView raw)
{
    QString out;
    qsizetype plainStart = 0;
    bool lastWasEncoded = false;
    const auto flushPlain = [&](qsizetype until) {
        const QByteArrayView plain = raw.sliced(plainStart, until - plainStart);
        if (plain.isEmpty())
            return;
        // White space between two encoded words is dropped (RFC 2047 6.2).
        if (lastWasEncoded && plain.trimmed().isEmpty())
            return;
        const auto utf8 = decodeStrict(plain, "utf-8");
        out += utf8 ? *utf8 : *decodeStrict(plain, "windows-1252");
    };
    for (qsizetype i = 0; i + 1 < raw.size(); ++i) {
        if (raw.at(i) != '=' || raw.at(i + 1) != '?')
            continue;
        qsizetype end = 0;
        const auto word = encodedWord(raw, i, &end);
        if (!word)
            continue;
        flushPlain(i);
        out += *word;
        lastWasEncoded = true;
        plainStart = end;
        i = end - 1;
    }
    lastWasEncoded = false;
    flushPlain(raw.size());
    return out;
}

QByteArray MimeCodec::encodeHeader(const QString &text)
{
    bool plain = true;
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            plain = false;
    }
    if (plain && !text.contains(QLatin1String("=?")))
        return text.toLatin1();
    // Each word carries whole characters (never a split UTF-8 sequence) and stays within 75
    // characters: "=?UTF-8?B?" + at most 60 base64 characters (45 bytes) + "?=".
    QByteArray out;
    QByteArray chunk;
    const auto flush = [&] {
        if (chunk.isEmpty())
            return;
        if (!out.isEmpty())
            out += "\r\n ";
        out += "=?UTF-8?B?" + chunk.toBase64() + "?=";
        chunk.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const qsizetype length = text.at(i).isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        const QByteArray bytes = text.mid(i, length).toUtf8();
        if (chunk.size() + bytes.size() > 45)
            flush();
        chunk += bytes;
        i += length - 1;
    }
    flush();
    return out;
}

QByteArray MimeCodec::encodeQuotedPrintable(QByteArrayView text)
{
    static constexpr char hex[] = "0123456789ABCDEF";
    QByteArray out;
    int lineLength = 0;
    const auto put = [&](QByteArrayView piece) {
        if (lineLength + piece.size() > 75) {
            out += "=\r\n";
            lineLength = 0;
        }
        out += piece;
        lineLength += int(piece.size());
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const uchar c = uchar(text.at(i));
        if (c == '\r' && i + 1 < text.size() && text.at(i + 1) == '\n')
            continue;
        if (c == '\n') {
            out += "\r\n";
            lineLength = 0;
            continue;
        }
        const bool lineEnds = i + 1 == text.size() || text.at(i + 1) == '\n'
            || text.at(i + 1) == '\r';
        // Spaces before a line end would be stripped in transit, and a leading "." or "From "
        // upsets some relays; encoding them keeps the text exact.
        const bool literal = (c >= 33 && c <= 126 && c != '=' && !(c == '.' && lineLength == 0))
            || ((c == ' ' || c == '\t') && !lineEnds);
        if (literal) {
            const char ch = char(c);
            put(QByteArrayView(&ch, 1));
        } else {
            const char encoded[3] = {'=', hex[c >> 4], hex[c & 15]};
            put(QByteArrayView(encoded, 3));
        }
    }
    return out;
}

} // namespace Switchboard::Hub
