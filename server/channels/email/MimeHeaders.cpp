// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MimeHeaders.h"

#include "MimeCodec.h"

#include <QRegularExpression>
#include <map>

namespace Switchboard::Hub {

namespace {

// Splits at separator where it is outside quotes, angle brackets and comments.
QList<QByteArray> splitOutside(QByteArrayView text, char separator)
{
    QList<QByteArray> parts;
    QByteArray current;
    bool quoted = false;
    int angle = 0;
    int comment = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text.at(i);
        if (quoted && c == '\\' && i + 1 < text.size()) {
            current += c;
            current += text.at(++i);
            continue;
        }
        if (c == '"' && comment == 0)
            quoted = !quoted;
        else if (!quoted && c == '(')
            ++comment;
        else if (!quoted && c == ')' && comment > 0)
            --comment;
        else if (!quoted && comment == 0 && c == '<')
            ++angle;
        else if (!quoted && comment == 0 && c == '>' && angle > 0)
            --angle;
        if (c == separator && !quoted && angle == 0 && comment == 0) {
            parts.append(current);
            current.clear();
        } else {
            current += c;
        }
    }
    parts.append(current);
    return parts;
}

QByteArray unquote(QByteArray value)
{
    value = value.trimmed();
    if (value.size() < 2 || !value.startsWith('"') || !value.endsWith('"'))
        return value;
    QByteArray out;
    for (qsizetype i = 1; i + 1 < value.size(); ++i) {
        if (value.at(i) == '\\' && i + 2 < value.size())
            ++i;
        out += value.at(i);
    }
    return out;
}

QByteArray percentDecode(QByteArrayView text)
{
    return QByteArray::fromPercentEncoding(text.toByteArray());
}

// One RFC 2231 parameter section: "name*1*" is section 1, encoded.
struct Section
{
    bool encoded = false;
    QByteArray value;
};

} // namespace

MimeHeaders MimeHeaders::parse(QByteArrayView entity, qsizetype *bodyOffset)
{
    MimeHeaders headers;
    qsizetype pos = 0;
    *bodyOffset = entity.size();
    while (pos < entity.size()) {
        qsizetype eol = entity.indexOf('\n', pos);
        const qsizetype next = eol < 0 ? entity.size() : eol + 1;
        if (eol < 0)
            eol = entity.size();
        QByteArrayView line = entity.sliced(pos, eol - pos);
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty()) {
            *bodyOffset = next;
            break;
        }
        if ((line.at(0) == ' ' || line.at(0) == '\t') && !headers.m_fields.isEmpty()) {
            // A folded line continues the header above it.
            headers.m_fields.last().second += ' ' + line.trimmed().toByteArray();
        } else if (const qsizetype colon = line.indexOf(':'); colon > 0) {
            headers.m_fields.append({line.first(colon).trimmed().toByteArray().toLower(),
                line.sliced(colon + 1).trimmed().toByteArray()});
        } else if (line.startsWith("From ") && headers.m_fields.isEmpty()) {
            // An mbox "From " separator line before the headers.
        } else {
            // Not a header line: the header section ended without its blank line.
            *bodyOffset = pos;
            break;
        }
        pos = next;
    }
    return headers;
}

QByteArray MimeHeaders::raw(QByteArrayView name) const
{
    const QByteArray key = name.toByteArray().toLower();
    for (const auto &[field, value] : m_fields) {
        if (field == key)
            return value;
    }
    return {};
}

QString MimeHeaders::text(QByteArrayView name) const
{
    return MimeCodec::decodeHeader(raw(name)).trimmed();
}

MimeHeaders::Structured MimeHeaders::structured(QByteArrayView name) const
{
    Structured result;
    const QList<QByteArray> parts = splitOutside(raw(name), ';');
    result.value = parts.value(0).trimmed().toLower();
    std::map<QByteArray, std::map<int, Section>> sections;
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const qsizetype equals = parts.at(i).indexOf('=');
        if (equals <= 0)
            continue;
        QByteArray key = parts.at(i).first(equals).trimmed().toLower();
        Section section;
        section.value = unquote(parts.at(i).sliced(equals + 1));
        if (key.endsWith('*')) {
            section.encoded = true;
            key.chop(1);
        }
        int index = 0;
        if (const qsizetype star = key.indexOf('*'); star > 0) {
            bool ok = false;
            index = key.sliced(star + 1).toInt(&ok);
            if (!ok)
                continue;
            key.truncate(star);
        }
        sections[key][index] = section;
    }
    for (const auto &[key, pieces] : sections) {
        QByteArray charset;
        QByteArray bytes;
        for (const auto &[index, section] : pieces) {
            QByteArrayView value = section.value;
            if (section.encoded && index == 0) {
                // charset'language'percent-encoded
                const qsizetype first = value.indexOf('\'');
                const qsizetype second = first < 0 ? -1 : value.indexOf('\'', first + 1);
                if (second > first) {
                    charset = value.first(first).toByteArray();
                    value = value.sliced(second + 1);
                }
            }
            bytes += section.encoded ? percentDecode(value) : value.toByteArray();
        }
        std::optional<QString> text;
        if (!charset.isEmpty())
            text = MimeCodec::decodeText(bytes, charset);
        result.parameters.insert(key, text ? *text : MimeCodec::decodeHeader(bytes));
    }
    return result;
}

QList<MailAddress> MimeHeaders::addresses(QByteArrayView raw)
{
    QList<MailAddress> result;
    for (QByteArray entry : splitOutside(raw, ',')) {
        entry = entry.trimmed();
        // A group: "Team: a@x, b@y;" — the members count, the group's name does not.
        const QList<QByteArray> group = splitOutside(entry, ':');
        if (group.size() == 2 && !group.at(0).contains('@'))
            entry = group.at(1).trimmed();
        if (entry.endsWith(';'))
            entry.chop(1);
        MailAddress address;
        const qsizetype open = entry.lastIndexOf('<');
        const qsizetype close = entry.lastIndexOf('>');
        if (open >= 0 && close > open) {
            address.address = MimeCodec::decodeHeader(entry.sliced(open + 1, close - open - 1));
            address.name = MimeCodec::decodeHeader(unquote(entry.first(open)));
        } else {
            // "a@x (Name)": the comment is the name.
            const qsizetype paren = entry.indexOf('(');
            const qsizetype parenEnd = entry.lastIndexOf(')');
            if (paren >= 0 && parenEnd > paren) {
                address.name = MimeCodec::decodeHeader(entry.sliced(paren + 1, parenEnd - paren - 1));
                entry = entry.first(paren);
            }
            address.address = MimeCodec::decodeHeader(entry.trimmed());
        }
        address.address = address.address.trimmed();
        address.name = address.name.trimmed();
        if (address.address.contains(QLatin1Char('@')) && !address.address.contains(QLatin1Char(' ')))
            result.append(address);
    }
    return result;
}

QStringList MimeHeaders::messageIds(QByteArrayView raw)
{
    QStringList ids;
    qsizetype pos = 0;
    while (true) {
        const qsizetype open = raw.indexOf('<', pos);
        const qsizetype close = open < 0 ? -1 : raw.indexOf('>', open);
        if (close < 0)
            break;
        const QByteArrayView id = raw.sliced(open, close - open + 1);
        if (id.size() > 2 && !id.contains(' '))
            ids.append(MimeCodec::decodeHeader(id));
        pos = close + 1;
    }
    return ids;
}

QDateTime MimeHeaders::date(QByteArrayView raw)
{
    QString text = QString::fromLatin1(raw).trimmed();
    // Comments ("(PDT)") and the optional day name are no help to the parser.
    static const QRegularExpression comment(QStringLiteral("\\([^)]*\\)"));
    text.remove(comment);
    if (const qsizetype comma = text.indexOf(QLatin1Char(',')); comma >= 0)
        text = text.sliced(comma + 1);
    text = text.simplified();
    QDateTime parsed = QDateTime::fromString(text, Qt::RFC2822Date);
    return parsed.isValid() ? parsed.toUTC() : QDateTime();
}

} // namespace Switchboard::Hub
