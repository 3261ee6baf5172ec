// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonText.h"

#include "domain/Utf8.h"
#include "domain/WireTime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <charconv>

namespace Switchboard::Hub::JsonText {

using namespace Domain;

namespace {

// Days since 1970-01-01 to a civil date (Howard Hinnant's algorithm).
void civil(qint64 days, int &year, int &month, int &day)
{
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 doe = days - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    day = int(doy - (153 * mp + 2) / 5 + 1);
    month = int(mp < 10 ? mp + 3 : mp - 9);
    year = int(yoe + era * 400 + (month <= 2 ? 1 : 0));
}

// Appends n decimal digits of value, zero-padded.
char *digits(char *at, qint64 value, int n)
{
    for (int i = n - 1; i >= 0; --i, value /= 10)
        at[i] = char('0' + value % 10);
    return at + n;
}

} // namespace

bool appendString(QByteArray &out, const unsigned char *text, qsizetype n)
{
    static constexpr char hex[] = "0123456789abcdef";
    const qsizetype start = out.size();
    out.append('"');
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = text[i];
        if (c >= 0x80) {
            const int length = Domain::Utf8::sequenceLength(text + i, n - i);
            if (length == 0) {
                out.truncate(start);
                return false;
            }
            out.append(reinterpret_cast<const char *>(text + i), length);
            i += length;
            continue;
        }
        ++i;
        if (c >= 0x20 && c != '"' && c != '\\') {
            out.append(char(c));
            continue;
        }
        out.append('\\');
        switch (c) {
        case '"':
            out.append('"');
            break;
        case '\\':
            out.append('\\');
            break;
        case '\b':
            out.append('b');
            break;
        case '\f':
            out.append('f');
            break;
        case '\n':
            out.append('n');
            break;
        case '\r':
            out.append('r');
            break;
        case '\t':
            out.append('t');
            break;
        default:
            out.append("u00");
            out.append(hex[c >> 4]);
            out.append(hex[c & 0xf]);
        }
    }
    out.append('"');
    return true;
}

QByteArray qtJson(const QJsonValue &value)
{
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

QByteArray time(qint64 ms)
{
    if (ms == 0)
        return QByteArrayLiteral("null");
    constexpr qint64 day = 86400000;
    if (ms < 0 || ms >= 253402300800000) // before 1970 or after 9999: Qt's own formatting
        return qtJson(WireTime::toJson(WireTime::fromMs(ms)));
    int year = 0, month = 0, mday = 0;
    civil(ms / day, year, month, mday);
    const qint64 inDay = ms % day;
    // "yyyy-MM-ddTHH:mm:ss.zzzZ", quoted.
    char buffer[26];
    char *at = buffer;
    *at++ = '"';
    at = digits(at, year, 4);
    *at++ = '-';
    at = digits(at, month, 2);
    *at++ = '-';
    at = digits(at, mday, 2);
    *at++ = 'T';
    at = digits(at, inDay / 3600000, 2);
    *at++ = ':';
    at = digits(at, inDay / 60000 % 60, 2);
    *at++ = ':';
    at = digits(at, inDay / 1000 % 60, 2);
    *at++ = '.';
    at = digits(at, inDay % 1000, 3);
    *at++ = 'Z';
    *at++ = '"';
    return QByteArray(buffer, at - buffer);
}

void appendInteger(QByteArray &out, qint64 value)
{
    char buffer[24];
    const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, static_cast<long long>(value));
    Q_UNUSED(ec) // 24 characters hold every 64-bit integer
    out.append(buffer, end - buffer);
}

} // namespace Switchboard::Hub::JsonText
