// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoDeliveries.h"

#include "channels/twilio/TwilioWebhook.h"
#include "channels/x/XWebhook.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMessageAuthenticationCode>

namespace Switchboard::Hub {

namespace {

QByteArray compact(const QJsonObject &root)
{
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

qint64 seconds(const QDateTime &at)
{
    return at.toSecsSinceEpoch();
}

// Messenger and Instagram direct messages share one shape; only the object differs.
QJsonObject messaging(const QString &object, const QString &accountId, const DemoSender &from,
    const QString &text, const QString &mid, const QDateTime &at)
{
    const QJsonObject event{{QStringLiteral("sender"), QJsonObject{{QStringLiteral("id"), from.id}}},
        {QStringLiteral("recipient"), QJsonObject{{QStringLiteral("id"), accountId}}},
        {QStringLiteral("timestamp"), at.toMSecsSinceEpoch()},
        {QStringLiteral("message"),
            QJsonObject{{QStringLiteral("mid"), mid}, {QStringLiteral("text"), text}}}};
    return {{QStringLiteral("object"), object},
        {QStringLiteral("entry"),
            QJsonArray{QJsonObject{{QStringLiteral("id"), accountId},
                {QStringLiteral("time"), at.toMSecsSinceEpoch()},
                {QStringLiteral("messaging"), QJsonArray{event}}}}}};
}

// One change of a Page or Instagram account: entry[].changes[] with its field and value.
QJsonObject change(const QString &object, const QString &accountId, const QString &field,
    const QJsonObject &value, const QDateTime &at)
{
    return {{QStringLiteral("object"), object},
        {QStringLiteral("entry"),
            QJsonArray{QJsonObject{{QStringLiteral("id"), accountId},
                {QStringLiteral("time"), seconds(at)},
                {QStringLiteral("changes"),
                    QJsonArray{QJsonObject{{QStringLiteral("field"), field},
                        {QStringLiteral("value"), value}}}}}}}};
}

// An X user object as Account Activity embeds it (v1.1 fields).
QJsonObject xUser(const DemoSender &sender)
{
    return {{QStringLiteral("id"), sender.id.toLongLong()}, {QStringLiteral("id_str"), sender.id},
        {QStringLiteral("name"), sender.name}, {QStringLiteral("screen_name"), sender.handle},
        {QStringLiteral("followers_count"), sender.followers},
        {QStringLiteral("protected"), false}, {QStringLiteral("verified"), false}};
}

// v1.1's created_at: "Fri Aug 21 19:10:05 +0000 2020".
QString xCreatedAt(const QDateTime &at)
{
    return QLocale::c().toString(at.toUTC(), QStringLiteral("ddd MMM dd HH:mm:ss '+0000' yyyy"));
}

} // namespace

DemoDeliveries::DemoDeliveries(DemoChannels channels)
    : m_channels(std::move(channels))
    , m_brandNumber(QString(m_channels.brandPhone).remove(QLatin1Char(' ')))
{
}

WebhookPost DemoDeliveries::meta(const QByteArray &body) const
{
    const QByteArray signature = QMessageAuthenticationCode::hash(
        body, m_channels.metaAppSecret.toUtf8(), QCryptographicHash::Sha256)
                                     .toHex();
    return {QStringLiteral("/webhooks/meta"), "application/json", body,
        {{"X-Hub-Signature-256", "sha256=" + signature}}};
}

WebhookPost DemoDeliveries::x(const QByteArray &body) const
{
    return {QStringLiteral("/webhooks/x"), "application/json", body,
        {{"x-twitter-webhooks-signature",
            XWebhook::crcResponseToken(m_channels.xConsumerSecret.toUtf8(), body)}}};
}

WebhookPost DemoDeliveries::twilio(
    const QString &path, const QList<QPair<QString, QString>> &params) const
{
    return {path, "application/x-www-form-urlencoded", TwilioWebhook::formBody(params),
        {{"X-Twilio-Signature",
            TwilioWebhook::signature(m_channels.twilioAuthToken.toUtf8(),
                m_channels.twilioPublicUrl + path, params)}}};
}

WebhookPost DemoDeliveries::messenger(
    const DemoSender &from, const QString &text, const QString &mid, const QDateTime &at) const
{
    return meta(compact(messaging(QStringLiteral("page"), m_channels.pageId, from, text, mid, at)));
}

WebhookPost DemoDeliveries::instagramMessage(
    const DemoSender &from, const QString &text, const QString &mid, const QDateTime &at) const
{
    return meta(
        compact(messaging(QStringLiteral("instagram"), m_channels.pageId, from, text, mid, at)));
}

WebhookPost DemoDeliveries::facebookComment(const DemoSender &from, const QString &postId,
    const QString &commentId, const QString &text, const QDateTime &at) const
{
    const QJsonObject value{{QStringLiteral("item"), QStringLiteral("comment")},
        {QStringLiteral("verb"), QStringLiteral("add")},
        {QStringLiteral("comment_id"), commentId}, {QStringLiteral("post_id"), postId},
        {QStringLiteral("parent_id"), postId},
        {QStringLiteral("from"),
            QJsonObject{{QStringLiteral("id"), from.id}, {QStringLiteral("name"), from.name}}},
        {QStringLiteral("created_time"), seconds(at)}, {QStringLiteral("message"), text}};
    return meta(
        compact(change(QStringLiteral("page"), m_channels.pageId, QStringLiteral("feed"), value, at)));
}

WebhookPost DemoDeliveries::instagramComment(const DemoSender &from, const QString &mediaId,
    const QString &commentId, const QString &text, const QDateTime &at) const
{
    const QJsonObject value{{QStringLiteral("id"), commentId}, {QStringLiteral("text"), text},
        {QStringLiteral("from"),
            QJsonObject{{QStringLiteral("id"), from.id}, {QStringLiteral("username"), from.handle}}},
        {QStringLiteral("media"),
            QJsonObject{{QStringLiteral("id"), mediaId},
                {QStringLiteral("media_product_type"), QStringLiteral("FEED")}}}};
    return meta(compact(change(
        QStringLiteral("instagram"), m_channels.pageId, QStringLiteral("comments"), value, at)));
}

WebhookPost DemoDeliveries::whatsApp(
    const DemoSender &from, const QString &text, const QString &wamid, const QDateTime &at) const
{
    const QString &businessNumber = m_brandNumber;
    const QJsonObject value{{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
        {QStringLiteral("metadata"),
            QJsonObject{{QStringLiteral("display_phone_number"), businessNumber.mid(1)},
                {QStringLiteral("phone_number_id"), m_channels.pageId}}},
        {QStringLiteral("contacts"),
            QJsonArray{QJsonObject{
                {QStringLiteral("profile"), QJsonObject{{QStringLiteral("name"), from.name}}},
                {QStringLiteral("wa_id"), from.id}}}},
        {QStringLiteral("messages"),
            QJsonArray{QJsonObject{{QStringLiteral("from"), from.id},
                {QStringLiteral("id"), wamid},
                {QStringLiteral("timestamp"), QString::number(seconds(at))},
                {QStringLiteral("text"), QJsonObject{{QStringLiteral("body"), text}}},
                {QStringLiteral("type"), QStringLiteral("text")}}}}};
    return meta(compact(change(QStringLiteral("whatsapp_business_account"), m_channels.pageId,
        QStringLiteral("messages"), value, at)));
}

WebhookPost DemoDeliveries::xMention(
    const DemoSender &from, const QString &text, const QString &postId, const QDateTime &at) const
{
    const QString mention = QStringLiteral("@") + m_channels.xHandle;
    const QString full = text.contains(mention, Qt::CaseInsensitive) ? text : mention + u' ' + text;
    const QJsonObject post{{QStringLiteral("created_at"), xCreatedAt(at)},
        {QStringLiteral("id"), postId.toLongLong()}, {QStringLiteral("id_str"), postId},
        {QStringLiteral("text"), full}, {QStringLiteral("truncated"), false},
        {QStringLiteral("user"), xUser(from)},
        {QStringLiteral("entities"),
            QJsonObject{{QStringLiteral("user_mentions"),
                QJsonArray{QJsonObject{{QStringLiteral("id_str"), m_channels.xUserId},
                    {QStringLiteral("screen_name"), m_channels.xHandle}}}}}}};
    return x(compact({{QStringLiteral("for_user_id"), m_channels.xUserId},
        {QStringLiteral("user_has_blocked"), QStringLiteral("false")},
        {QStringLiteral("tweet_create_events"), QJsonArray{post}}}));
}

WebhookPost DemoDeliveries::xDirectMessage(
    const DemoSender &from, const QString &text, const QString &eventId, const QDateTime &at) const
{
    const QJsonObject event{{QStringLiteral("type"), QStringLiteral("message_create")},
        {QStringLiteral("id"), eventId},
        {QStringLiteral("created_timestamp"), QString::number(at.toMSecsSinceEpoch())},
        {QStringLiteral("message_create"),
            QJsonObject{{QStringLiteral("target"),
                            QJsonObject{{QStringLiteral("recipient_id"), m_channels.xUserId}}},
                {QStringLiteral("sender_id"), from.id},
                {QStringLiteral("message_data"), QJsonObject{{QStringLiteral("text"), text}}}}}};
    DemoSender account;
    account.id = m_channels.xUserId;
    account.name = m_channels.xHandle;
    account.handle = m_channels.xHandle;
    return x(compact({{QStringLiteral("for_user_id"), m_channels.xUserId},
        {QStringLiteral("direct_message_events"), QJsonArray{event}},
        {QStringLiteral("users"),
            QJsonObject{{from.id, xUser(from)}, {account.id, xUser(account)}}}}));
}

WebhookPost DemoDeliveries::sms(
    const DemoSender &from, const QString &text, const QString &messageSid) const
{
    return twilio(QStringLiteral("/webhooks/twilio/messaging"),
        {{QStringLiteral("ToCountry"), QStringLiteral("GB")},
            {QStringLiteral("SmsMessageSid"), messageSid}, {QStringLiteral("NumMedia"), QStringLiteral("0")},
            {QStringLiteral("SmsSid"), messageSid}, {QStringLiteral("SmsStatus"), QStringLiteral("received")},
            {QStringLiteral("Body"), text}, {QStringLiteral("FromCountry"), QStringLiteral("GB")},
            {QStringLiteral("To"), m_brandNumber},
            {QStringLiteral("NumSegments"), QString::number(text.size() / 153 + 1)},
            {QStringLiteral("MessageSid"), messageSid},
            {QStringLiteral("AccountSid"), m_channels.twilioAccountSid},
            {QStringLiteral("From"), from.id}, {QStringLiteral("ApiVersion"), QStringLiteral("2010-04-01")}});
}

WebhookPost DemoDeliveries::incomingCall(const DemoSender &from, const QString &callSid) const
{
    const QString &to = m_brandNumber;
    return twilio(QStringLiteral("/webhooks/twilio/voice"),
        {{QStringLiteral("AccountSid"), m_channels.twilioAccountSid},
            {QStringLiteral("ApiVersion"), QStringLiteral("2010-04-01")},
            {QStringLiteral("CallSid"), callSid}, {QStringLiteral("CallStatus"), QStringLiteral("ringing")},
            {QStringLiteral("Called"), to}, {QStringLiteral("Caller"), from.id},
            {QStringLiteral("CallerName"), from.name},
            {QStringLiteral("Direction"), QStringLiteral("inbound")}, {QStringLiteral("From"), from.id},
            {QStringLiteral("FromCountry"), QStringLiteral("GB")}, {QStringLiteral("To"), to},
            {QStringLiteral("ToCountry"), QStringLiteral("GB")}});
}

WebhookPost DemoDeliveries::callCompleted(
    const DemoSender &from, const QString &callSid, int durationSeconds, const QDateTime &at) const
{
    const QString &to = m_brandNumber;
    return twilio(QStringLiteral("/webhooks/twilio/voice-status"),
        {{QStringLiteral("AccountSid"), m_channels.twilioAccountSid},
            {QStringLiteral("ApiVersion"), QStringLiteral("2010-04-01")},
            {QStringLiteral("CallDuration"), QString::number(durationSeconds)},
            {QStringLiteral("CallSid"), callSid}, {QStringLiteral("CallStatus"), QStringLiteral("completed")},
            {QStringLiteral("Called"), to}, {QStringLiteral("Caller"), from.id},
            {QStringLiteral("Direction"), QStringLiteral("inbound")}, {QStringLiteral("From"), from.id},
            {QStringLiteral("Timestamp"),
                QLocale::c().toString(at.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss '+0000'"))},
            {QStringLiteral("To"), to}});
}

} // namespace Switchboard::Hub
