// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TimelineReader.h"

#include "JsonScanner.h"
#include "domain/WireTime.h"

#include <QJsonDocument>
#include <QTimeZone>

namespace Switchboard::Store {

using namespace Domain;

namespace {

// What JsonReader takes as an id: a whole number from 1 to 2^53 - 1.
constexpr qint64 MaxSafeInteger = 9007199254740991;

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

std::optional<Id> plainId(QByteArrayView token)
{
    if (token.isEmpty() || token.size() > 16 || token.front() == '0')
        return std::nullopt;
    qint64 value = 0;
    for (const char c : token) {
        if (!isDigit(c))
            return std::nullopt;
        value = value * 10 + (c - '0');
    }
    if (value > MaxSafeInteger)
        return std::nullopt;
    return value;
}

int hexValue(char c)
{
    if (isDigit(c))
        return c - '0';
    return (c | 0x20) - 'a' + 10;
}

// A string token (quotes included, checked by JsonScanner) as QJsonValue::toString() gives it.
std::optional<QString> plainString(QByteArrayView token)
{
    if (token.size() < 2 || token.front() != '"')
        return std::nullopt;
    const QByteArrayView raw = token.sliced(1, token.size() - 2);
    if (raw.isEmpty())
        return QStringLiteral(""); // empty, not null, as QJsonValue::toString() gives it
    if (!raw.contains('\\'))
        return QString::fromUtf8(raw);
    QString out;
    out.reserve(raw.size());
    qsizetype i = 0;
    while (i < raw.size()) {
        const qsizetype escape = raw.indexOf('\\', i);
        const qsizetype end = escape < 0 ? raw.size() : escape;
        if (end > i)
            out += QString::fromUtf8(raw.sliced(i, end - i));
        if (escape < 0)
            break;
        const char e = raw.at(escape + 1);
        i = escape + 2;
        switch (e) {
        case 'b':
            out += QLatin1Char('\b');
            break;
        case 'f':
            out += QLatin1Char('\f');
            break;
        case 'n':
            out += QLatin1Char('\n');
            break;
        case 'r':
            out += QLatin1Char('\r');
            break;
        case 't':
            out += QLatin1Char('\t');
            break;
        case 'u': {
            char16_t unit = 0;
            for (int k = 0; k < 4; ++k)
                unit = char16_t(unit * 16 + hexValue(raw.at(escape + 2 + k)));
            if (unit == 0)
                return std::nullopt; // left to QJsonDocument
            // Surrogates, paired or not, are kept as units, as QJsonDocument keeps them.
            out += QChar(unit);
            i = escape + 6;
            break;
        }
        default:
            out += QLatin1Char(e); // " \ /
        }
    }
    return out;
}

// "yyyy-MM-ddTHH:mm:ss.zzzZ" (1970 to 9999), the hub's own form, read without QDateTime's
// parser; anything else goes through WireTime::parse as in the codec.
std::optional<QDateTime> plainTime(QByteArrayView raw)
{
    const auto digits = [&](int at, int n) {
        int value = 0;
        for (int k = at; k < at + n; ++k) {
            if (!isDigit(raw.at(k)))
                return -1;
            value = value * 10 + (raw.at(k) - '0');
        }
        return value;
    };
    if (raw.size() != 24 || raw.at(4) != '-' || raw.at(7) != '-' || raw.at(10) != 'T'
        || raw.at(13) != ':' || raw.at(16) != ':' || raw.at(19) != '.' || raw.at(23) != 'Z')
        return std::nullopt;
    const int year = digits(0, 4), month = digits(5, 2), day = digits(8, 2);
    const int hour = digits(11, 2), minute = digits(14, 2), second = digits(17, 2);
    const int ms = digits(20, 3);
    if (year < 1970 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0
        || minute > 59 || second < 0 || second > 59 || ms < 0)
        return std::nullopt;
    const QDate date(year, month, day);
    if (!date.isValid())
        return std::nullopt;
    const qint64 days = QDate(1970, 1, 1).daysTo(date);
    return QDateTime::fromMSecsSinceEpoch(
        ((days * 24 + hour) * 60 + minute) * 60000 + second * 1000 + ms, QTimeZone::utc());
}

template <typename E> std::optional<E> plainEnum(QByteArrayView token)
{
    if (token.size() < 2 || token.front() != '"')
        return std::nullopt;
    const QByteArrayView raw = token.sliced(1, token.size() - 2);
    for (const auto &[value, name] : WireNames<E>::names) {
        if (raw == QByteArrayView(name))
            return value;
    }
    return std::nullopt;
}

bool isNull(QByteArrayView token)
{
    return token.isNull() || token == "null";
}

// Sets field to the string, or its fallback (a null QString) when absent or null.
bool readString(QByteArrayView token, QString &field)
{
    if (isNull(token))
        return true;
    auto text = plainString(token);
    if (!text)
        return false;
    field = std::move(*text);
    return true;
}

QJsonObject objectOf(QByteArrayView text)
{
    return text.startsWith('{') ? QJsonDocument::fromJson(text.toByteArray()).object()
                                : QJsonObject();
}

} // namespace

std::optional<Message> TimelineReader::plainMessage(QByteArrayView json)
{
    // The members' values, found once each, in the order of the codec's keys.
    static constexpr const char *keys[] = {"id", "conversation_id", "customer_id", "channel",
        "kind", "author_user_id", "author_name", "body", "body_html", "created_at", "delivery",
        "delivery_error", "provider_message_id", "channel_metadata", "client_id", "whisper_to"};
    constexpr int count = int(std::size(keys));
    QByteArrayView values[count];
    JsonScanner scan(json);
    const bool plain = forEachMember(scan, [&](QByteArrayView key, JsonScanner &s) {
        const QByteArrayView value = s.value();
        for (int k = 0; k < count; ++k) {
            if (key == QByteArrayView(keys[k])) {
                if (!values[k].isNull())
                    return false; // a repeated key: QJsonDocument keeps the last one
                values[k] = value;
                break;
            }
        }
        return true;
    });
    if (!plain || !scan.atEnd())
        return std::nullopt;

    Message m;
    const auto id = plainId(values[0]);
    const auto conversationId = plainId(values[1]);
    const auto customerId = plainId(values[2]);
    const auto channel = plainEnum<ChannelKind>(values[3]);
    const auto kind = plainEnum<MessageKind>(values[4]);
    if (!id || !conversationId || !customerId || !channel || !kind)
        return std::nullopt;
    m.id = *id;
    m.conversationId = *conversationId;
    m.customerId = *customerId;
    m.channel = *channel;
    m.kind = *kind;
    if (!isNull(values[5])) {
        m.authorUserId = plainId(values[5]);
        if (!m.authorUserId)
            return std::nullopt;
    }
    if (!readString(values[6], m.authorName) || !readString(values[7], m.body)
        || !readString(values[8], m.bodyHtml) || !readString(values[11], m.deliveryError)
        || !readString(values[12], m.providerMessageId) || !readString(values[14], m.clientId))
        return std::nullopt;
    if (!isNull(values[9])) {
        const QByteArrayView time = values[9];
        auto at = time.startsWith('"') ? plainTime(time.sliced(1, time.size() - 2)) : std::nullopt;
        if (!at) {
            const auto text = plainString(time);
            at = text ? WireTime::parse(*text) : std::nullopt;
        }
        if (!at)
            return std::nullopt;
        m.createdAt = *at;
    }
    if (!isNull(values[10])) {
        const auto delivery = plainEnum<DeliveryState>(values[10]);
        if (!delivery)
            return std::nullopt;
        m.delivery = *delivery;
    }
    if (!isNull(values[13]) && values[13] != "{}") {
        if (!values[13].startsWith('{'))
            return std::nullopt;
        m.channelMetadata = objectOf(values[13]);
    }
    // The codec takes 0 too; an id is the form the hub writes, anything else is left to it.
    if (!isNull(values[15])) {
        const auto whisperTo = plainId(values[15]);
        if (!whisperTo)
            return std::nullopt;
        m.whisperTo = *whisperTo;
    }
    return m;
}

TimelineReader::Outcome TimelineReader::read(
    QByteArrayView text, TimelineRecords &out, QString *error)
{
    // One pass over the text finds every part; the parts are read in the codecs' order below.
    struct Item
    {
        QByteArrayView type, message, call;
    };
    QByteArrayView customer;
    QList<QByteArrayView> conversations;
    QList<Item> items;
    bool seenConversations = false, seenItems = false;
    const auto once = [](QByteArrayView &slot, QByteArrayView value) {
        if (!slot.isNull())
            return false;
        slot = value;
        return true;
    };
    const auto item = [&](JsonScanner &s) {
        Item parts;
        const bool plainItem = forEachMember(s, [&](QByteArrayView key, JsonScanner &m) {
            const QByteArrayView value = m.value();
            if (key == "type")
                return once(parts.type, value);
            if (key == "message")
                return once(parts.message, value);
            if (key == "call")
                return once(parts.call, value);
            return true;
        });
        items << parts;
        return plainItem && !parts.type.contains('\\');
    };
    JsonScanner scan(text);
    const bool plain = forEachMember(scan, [&](QByteArrayView key, JsonScanner &s) {
        if (key == "customer")
            return once(customer, s.value());
        if (key == "conversations") {
            // Objects, as the codec's parsed form needs them; anything else is not plain.
            return !std::exchange(seenConversations, true)
                && forEachElement(s, [&](JsonScanner &e) {
                       conversations << e.value();
                       return conversations.last().startsWith('{');
                   });
        }
        if (key == "items")
            return !std::exchange(seenItems, true) && forEachElement(s, item);
        s.value();
        return true;
    });
    if (!plain || !scan.atEnd())
        return Outcome::NotPlain;

    // The codecs' checks in CacheWriter::applyTimeline()'s order, which words the same refusals.
    QString problem;
    out.customer = Customer::fromJson(objectOf(customer), &problem);
    const auto refuse = [&] {
        out = {};
        if (error)
            *error = problem.isEmpty() ? QStringLiteral("the timeline has no customer") : problem;
        return Outcome::Refused;
    };
    if (!out.customer)
        return refuse();
    for (const QByteArrayView conversation : std::as_const(conversations)) {
        const auto record = Conversation::fromJson(objectOf(conversation), &problem);
        if (!record)
            return refuse();
        out.conversations << *record;
        out.conversationTexts << QByteArray::fromRawData(conversation.data(), conversation.size());
    }
    for (const auto &[type, message, call] : std::as_const(items)) {
        if (type == "\"message\"") {
            auto record = plainMessage(message);
            if (!record)
                record = Message::fromJson(objectOf(message), &problem);
            if (!record)
                return refuse();
            // The text the codec accepted (an object: {} is refused), as the hub wrote it;
            // not copied, as the records live no longer than the text they were read from.
            out.messages.append(
                {std::move(*record), QByteArray::fromRawData(message.data(), message.size())});
        } else if (type == "\"call\"") {
            const auto record = CallRecord::fromJson(objectOf(call), &problem);
            if (!record)
                return refuse();
            out.calls << *record;
        }
    }
    return Outcome::Read;
}

} // namespace Switchboard::Store
