// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TwilioWebhook.h"

#include "channels/ConstantTime.h"
#include "channels/DeliveryStatus.h"

#include <QJsonArray>
#include <QMessageAuthenticationCode>
#include <QStringDecoder>
#include <QUrl>
#include <algorithm>

namespace Switchboard::Hub {

using namespace Domain;

namespace {

bool isHex(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// '+' is a space in a form; a '%' must start a two-digit escape.
std::optional<QString> decodeFormPart(QByteArrayView part)
{
    QByteArray bytes = part.toByteArray();
    bytes.replace('+', ' ');
    for (qsizetype i = bytes.indexOf('%'); i >= 0; i = bytes.indexOf('%', i + 1)) {
        if (i + 2 >= bytes.size() || !isHex(bytes[i + 1]) || !isHex(bytes[i + 2]))
            return std::nullopt;
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = utf8(QByteArray::fromPercentEncoding(bytes));
    if (utf8.hasError())
        return std::nullopt;
    return text;
}

// The same URL with the scheme's default port written out, or left out if it was written.
QString defaultPortTwin(const QString &url)
{
    QUrl u(url);
    const int defaultPort = u.scheme() == QLatin1String("https") ? 443
        : u.scheme() == QLatin1String("http")                    ? 80
                                                                 : -1;
    if (defaultPort < 0)
        return {};
    u.setPort(u.port() == defaultPort ? -1 : (u.port() < 0 ? defaultPort : u.port()));
    const QString twin = u.toString(QUrl::FullyEncoded);
    return twin == url ? QString() : twin;
}

// Twilio's message statuses: the shared names, the steps before "sent", and its two other ways
// of failing.
std::optional<DeliveryState> deliveryState(const QString &status)
{
    if (status == QLatin1String("accepted") || status == QLatin1String("scheduled")
        || status == QLatin1String("queued") || status == QLatin1String("sending"))
        return DeliveryState::Queued;
    if (status == QLatin1String("undelivered") || status == QLatin1String("canceled"))
        return DeliveryState::Failed;
    return deliveryStateNamed(status);
}

} // namespace

std::optional<TwilioParams> TwilioWebhook::parseForm(QByteArrayView body)
{
    TwilioParams params;
    for (const QByteArray &pair : body.toByteArray().split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        const auto name
            = decodeFormPart(eq < 0 ? QByteArrayView(pair) : QByteArrayView(pair).first(eq));
        const auto value
            = decodeFormPart(eq < 0 ? QByteArrayView() : QByteArrayView(pair).sliced(eq + 1));
        if (!name || !value || name->isEmpty())
            return std::nullopt;
        params.append({*name, *value});
    }
    return params;
}

QString TwilioWebhook::value(const TwilioParams &params, QLatin1String name)
{
    for (const auto &[key, v] : params) {
        if (key == name)
            return v;
    }
    return {};
}

QByteArray TwilioWebhook::formBody(const TwilioParams &params)
{
    QByteArray out;
    for (const auto &[name, value] : params) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return out;
}

QByteArray TwilioWebhook::signature(
    QByteArrayView authToken, const QString &url, const TwilioParams &params)
{
    TwilioParams sorted = params;
    // Repeated names (Digits twice) are signed in order of their values.
    std::sort(sorted.begin(), sorted.end());
    QByteArray data = url.toUtf8();
    for (const auto &[name, v] : sorted)
        data += name.toUtf8() + v.toUtf8();
    return QMessageAuthenticationCode::hash(data, authToken.toByteArray(), QCryptographicHash::Sha1)
        .toBase64();
}

bool TwilioWebhook::signatureValid(
    QByteArrayView authToken, const QString &url, const TwilioParams &params, QByteArrayView header)
{
    if (authToken.isEmpty() || header.isEmpty())
        return false;
    if (constantTimeEquals(header, signature(authToken, url, params)))
        return true;
    const QString twin = defaultPortTwin(url);
    return !twin.isEmpty() && constantTimeEquals(header, signature(authToken, twin, params));
}

bool TwilioWebhook::isMessageStatus(const TwilioParams &params)
{
    // An incoming message may say where it stands too ("received"): it is still a message.
    const QString status = value(params, QLatin1String("MessageStatus"));
    return !status.isEmpty() && status != QLatin1String("received")
        && status != QLatin1String("receiving");
}

std::optional<InboundMessage> TwilioWebhook::readMessage(const TwilioParams &params, QString *error)
{
    const QString sid = value(params, QLatin1String("MessageSid"));
    const QString from = value(params, QLatin1String("From"));
    if (sid.isEmpty() || from.isEmpty()) {
        *error = QStringLiteral("an incoming message has MessageSid and From");
        return std::nullopt;
    }
    InboundMessage in;
    in.channel = ChannelKind::Sms;
    in.sender = Identity{0, IdentityKind::Phone, from};
    // One conversation per customer's number; the number written to is kept for the reply.
    in.threadId = from;
    in.providerMessageId = sid;
    in.body = value(params, QLatin1String("Body"));
    in.channelMetadata.insert(QLatin1String("from"), from);
    in.channelMetadata.insert(QLatin1String("to"), value(params, QLatin1String("To")));
    const QString segments = value(params, QLatin1String("NumSegments"));
    if (!segments.isEmpty())
        in.channelMetadata.insert(QLatin1String("num_segments"), segments.toInt());
    const int media = value(params, QLatin1String("NumMedia")).toInt();
    QJsonArray attachments;
    for (int i = 0; i < std::min(media, 10); ++i) {
        const QString url
            = value(params, QLatin1String(QByteArray("MediaUrl") + QByteArray::number(i)));
        if (url.isEmpty())
            continue;
        const QString type
            = value(params, QLatin1String(QByteArray("MediaContentType") + QByteArray::number(i)));
        attachments.append(
            QJsonObject{{QStringLiteral("type"), type}, {QStringLiteral("url"), url}});
        const QString line
            = QStringLiteral("[%1]").arg(type.isEmpty() ? QStringLiteral("media") : type);
        in.body = in.body.isEmpty() ? line : in.body + QLatin1Char('\n') + line;
    }
    if (!attachments.isEmpty())
        in.channelMetadata.insert(QLatin1String("attachments"), attachments);
    return in;
}

std::optional<TwilioMessageStatus> TwilioWebhook::readMessageStatus(
    const TwilioParams &params, QString *error)
{
    TwilioMessageStatus status;
    status.messageSid = value(params, QLatin1String("MessageSid"));
    const QString name = value(params, QLatin1String("MessageStatus"));
    if (status.messageSid.isEmpty() || name.isEmpty()) {
        *error = QStringLiteral("a status callback has MessageSid and MessageStatus");
        return std::nullopt;
    }
    status.state = deliveryState(name);
    if (status.state == DeliveryState::Failed) {
        const QString code = value(params, QLatin1String("ErrorCode"));
        status.error = code.isEmpty() ? name : QStringLiteral("%1 (error %2)").arg(name, code);
    }
    return status;
}

} // namespace Switchboard::Hub
