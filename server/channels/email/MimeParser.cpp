// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MimeParser.h"

#include "MimeCodec.h"
#include "MimeHeaders.h"

#include <QRegularExpression>

namespace Switchboard::Hub {

namespace {

// Deeper nesting than this is no mail client's doing; the rest of such a message is ignored.
constexpr int MaxDepth = 16;

// The parts between "--boundary" lines; the preamble and epilogue are dropped.
QList<QByteArrayView> splitMultipart(QByteArrayView body, const QByteArray &boundary, bool *closed)
{
    QList<QByteArrayView> parts;
    const QByteArray delimiter = "--" + boundary;
    qsizetype partStart = -1;
    qsizetype pos = 0;
    *closed = false;
    while (pos <= body.size()) {
        qsizetype eol = body.indexOf('\n', pos);
        if (eol < 0)
            eol = body.size();
        QByteArrayView line = body.sliced(pos, eol - pos);
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.startsWith(delimiter)) {
            const QByteArrayView rest = line.sliced(delimiter.size());
            const bool last = rest.startsWith("--");
            if (last || rest.trimmed().isEmpty()) {
                if (partStart >= 0) {
                    // The line break before the delimiter belongs to the delimiter.
                    qsizetype end = pos;
                    if (end > partStart && body.at(end - 1) == '\n')
                        --end;
                    if (end > partStart && body.at(end - 1) == '\r')
                        --end;
                    parts.append(body.sliced(partStart, end - partStart));
                }
                if (last) {
                    *closed = true;
                    return parts;
                }
                partStart = std::min(eol + 1, body.size());
            }
        }
        pos = eol + 1;
    }
    // No closing delimiter: the last part runs to the end.
    if (partStart >= 0 && partStart < body.size())
        parts.append(body.sliced(partStart));
    return parts;
}

QString attachmentName(const MimeHeaders &headers)
{
    const auto disposition = headers.structured("content-disposition");
    QString name = disposition.parameters.value("filename");
    if (name.isEmpty())
        name = headers.structured("content-type").parameters.value("name");
    // A name is a name, not a path.
    name.replace(QLatin1Char('\\'), QLatin1Char('/'));
    name = name.section(QLatin1Char('/'), -1).trimmed();
    name.remove(QRegularExpression(QStringLiteral("[\\x00-\\x1f\\x7f]")));
    return name;
}

} // namespace

MimeParser::MimeParser(MimeMessage &message)
    : m_message(message)
{
}

std::optional<MimeMessage> MimeParser::parse(QByteArrayView raw, QString *error)
{
    qsizetype bodyOffset = 0;
    const MimeHeaders headers = MimeHeaders::parse(raw, &bodyOffset);
    if (headers.isEmpty()) {
        *error = QStringLiteral("no header section");
        return std::nullopt;
    }
    MimeMessage message;
    const auto from = MimeHeaders::addresses(headers.raw("from"));
    if (from.isEmpty()) {
        *error = QStringLiteral("no sender address (From)");
        return std::nullopt;
    }
    message.from = from.first();
    message.replyTo = MimeHeaders::addresses(headers.raw("reply-to"));
    message.to = MimeHeaders::addresses(headers.raw("to"));
    message.cc = MimeHeaders::addresses(headers.raw("cc"));
    message.subject = headers.text("subject");
    message.messageId = MimeHeaders::messageIds(headers.raw("message-id")).value(0);
    message.inReplyTo = MimeHeaders::messageIds(headers.raw("in-reply-to")).value(0);
    message.references = MimeHeaders::messageIds(headers.raw("references"));
    message.date = MimeHeaders::date(headers.raw("date"));

    MimeParser parser(message);
    parser.readEntity(raw, 0, false);
    message.text = parser.m_texts.join(QStringLiteral("\n\n"));
    if (message.text.trimmed().isEmpty() && !message.html.isEmpty())
        message.text = htmlToText(message.html);
    return message;
}

void MimeParser::readEntity(QByteArrayView entity, int depth, bool inAlternative)
{
    qsizetype bodyOffset = 0;
    const MimeHeaders headers = MimeHeaders::parse(entity, &bodyOffset);
    const QByteArrayView body = entity.sliced(bodyOffset);
    const auto type = headers.structured("content-type");
    if (!type.value.startsWith("multipart/")) {
        readLeaf(headers, body);
        return;
    }
    const QByteArray boundary = type.parameters.value("boundary").toUtf8();
    if (depth >= MaxDepth) {
        m_message.problems.append(QStringLiteral("multipart nested too deeply; rest ignored"));
        return;
    }
    bool closed = false;
    const QList<QByteArrayView> parts
        = boundary.isEmpty() ? QList<QByteArrayView>() : splitMultipart(body, boundary, &closed);
    if (parts.isEmpty()) {
        m_message.problems.append(
            QStringLiteral("%1 without any part").arg(QString::fromLatin1(type.value)));
        return;
    }
    if (!closed)
        m_message.problems.append(
            QStringLiteral("%1 not closed").arg(QString::fromLatin1(type.value)));
    if (type.value != "multipart/alternative") {
        for (const QByteArrayView part : parts)
            readEntity(part, depth + 1, inAlternative);
        return;
    }
    // Alternatives: the plain text and the HTML version of the same content; each kind once.
    const qsizetype textsBefore = m_texts.size();
    const bool hadHtml = !m_message.html.isEmpty();
    for (const QByteArrayView part : parts) {
        const bool textTaken = m_texts.size() > textsBefore;
        const bool htmlTaken = !hadHtml && !m_message.html.isEmpty();
        qsizetype offset = 0;
        const auto partType = MimeHeaders::parse(part, &offset).structured("content-type").value;
        if ((partType == "text/plain" || partType.isEmpty()) && textTaken)
            continue;
        if (partType == "text/html" && htmlTaken)
            continue;
        readEntity(part, depth + 1, true);
    }
}

void MimeParser::readLeaf(const MimeHeaders &headers, QByteArrayView body)
{
    const auto type = headers.structured("content-type");
    const QString contentType
        = type.value.isEmpty() ? QStringLiteral("text/plain") : QString::fromLatin1(type.value);
    const QByteArray encoding = headers.raw("content-transfer-encoding").trimmed().toLower();
    const QString name = attachmentName(headers);
    const bool isAttachment = headers.structured("content-disposition").value == "attachment";

    QByteArray bytes;
    if (encoding == "base64") {
        const auto decoded = MimeCodec::decodeBase64(body);
        if (!decoded) {
            m_message.problems.append(QStringLiteral("%1%2: invalid base64; part dropped")
                    .arg(contentType, name.isEmpty() ? QString() : QLatin1String(" ") + name));
            return;
        }
        bytes = *decoded;
    } else if (encoding == "quoted-printable") {
        bytes = MimeCodec::decodeQuotedPrintable(body);
    } else {
        bytes = body.toByteArray();
    }

    const bool isText = contentType == QLatin1String("text/plain")
        || contentType == QLatin1String("text/html");
    if (isText && !isAttachment && (name.isEmpty() || contentType == QLatin1String("text/html"))) {
        const QByteArray charset = type.parameters.value("charset").toLatin1();
        const auto text = MimeCodec::decodeText(bytes, charset);
        if (!text) {
            keepUndecodable(contentType, name, bytes,
                QStringLiteral("%1: cannot be read as charset \"%2\"")
                    .arg(contentType, QString::fromLatin1(charset)));
            return;
        }
        if (contentType == QLatin1String("text/plain")) {
            QString plain = *text;
            plain.replace(QLatin1String("\r\n"), QLatin1String("\n"));
            if (!plain.trimmed().isEmpty())
                m_texts.append(plain.trimmed());
        } else if (m_message.html.isEmpty()) {
            m_message.html = *text;
        } else {
            keepUndecodable(contentType, name, bytes, QString());
        }
        return;
    }

    MimeAttachment attachment;
    attachment.contentType = contentType;
    attachment.fileName = name;
    attachment.contentId = MimeHeaders::messageIds(headers.raw("content-id")).value(0);
    attachment.contentId = attachment.contentId.mid(1, attachment.contentId.size() - 2);
    attachment.inlinePart = !isAttachment;
    attachment.data = bytes;
    if (attachment.fileName.isEmpty()) {
        attachment.fileName = contentType == QLatin1String("message/rfc822")
            ? QStringLiteral("message.eml")
            : QStringLiteral("part-%1").arg(m_message.attachments.size() + 1);
    }
    m_message.attachments.append(attachment);
}

void MimeParser::keepUndecodable(
    const QString &type, const QString &name, const QByteArray &bytes, const QString &problem)
{
    if (!problem.isEmpty())
        m_message.problems.append(problem);
    MimeAttachment attachment;
    attachment.contentType = type;
    attachment.fileName = name.isEmpty()
        ? QStringLiteral("part-%1.%2")
              .arg(m_message.attachments.size() + 1)
              .arg(type == QLatin1String("text/html") ? QLatin1String("html") : QLatin1String("txt"))
        : name;
    attachment.data = bytes;
    m_message.attachments.append(attachment);
}

QString MimeParser::htmlToText(const QString &html)
{
    QString text = html;
    static const QRegularExpression hidden(QStringLiteral("<(script|style|head)\\b.*?</\\1\\s*>"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression breaks(
        QStringLiteral("<(br|/p|/div|/li|/tr|/h[1-6])\\b[^>]*>"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    static const QRegularExpression numeric(QStringLiteral("&#(x?)([0-9a-fA-F]+);"));
    static const QRegularExpression spaces(QStringLiteral("[ \\t\\r\\f]+"));
    static const QRegularExpression blankLines(QStringLiteral("\\n\\s*\\n(\\s*\\n)+"));
    text.remove(hidden);
    text.replace(QRegularExpression(QStringLiteral("\\s*\\n\\s*")), QStringLiteral(" "));
    text.replace(breaks, QStringLiteral("\n"));
    text.remove(tags);
    QString decoded;
    qsizetype last = 0;
    for (auto it = numeric.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        decoded += QStringView(text).sliced(last, match.capturedStart() - last);
        bool ok = false;
        const uint code = match.captured(2).toUInt(&ok, match.captured(1).isEmpty() ? 10 : 16);
        if (ok && code > 0 && code < 0x110000)
            decoded += QString::fromUcs4(reinterpret_cast<const char32_t *>(&code), 1);
        last = match.capturedEnd();
    }
    decoded += QStringView(text).sliced(last);
    decoded.replace(QLatin1String("&nbsp;"), QLatin1String(" "))
        .replace(QLatin1String("&lt;"), QLatin1String("<"))
        .replace(QLatin1String("&gt;"), QLatin1String(">"))
        .replace(QLatin1String("&quot;"), QLatin1String("\""))
        .replace(QLatin1String("&#39;"), QLatin1String("'"))
        .replace(QLatin1String("&amp;"), QLatin1String("&"));
    decoded.replace(spaces, QStringLiteral(" "));
    decoded.replace(blankLines, QStringLiteral("\n\n"));
    QStringList lines = decoded.split(QLatin1Char('\n'));
    for (QString &line : lines)
        line = line.trimmed();
    return lines.join(QLatin1Char('\n')).trimmed();
}

} // namespace Switchboard::Hub
