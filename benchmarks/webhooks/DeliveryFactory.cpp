// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeliveryFactory.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <algorithm>
#include <array>

namespace Switchboard::Bench {

namespace {

//! The page's Instagram professional account and WhatsApp Business account.
const QString InstagramAccountId = QStringLiteral("17841452691600098");
const QString WhatsAppAccountId = QStringLiteral("101809759215303");
const QString WhatsAppPhoneNumberId = QStringLiteral("10634295353625");
const QByteArray TwilioNumber = QByteArrayLiteral("+13177933221");
const QByteArray TwilioAccountSid = QByteArrayLiteral("AC7ef44158dbb01b972d64d7e5c851c8d7");
//! Posts on the page and the Instagram account that comments arrive on.
constexpr int Posts = 25;

//! Where each n goes: out of every 20 deliveries, 6 Messenger, 6 WhatsApp, 2 Instagram DMs,
//! 2 Page comments, 1 Instagram comment, 1 X direct message, 2 SMS.
enum class Kind { Messenger, WhatsApp, InstagramDm, PageComment, InstagramComment, XDm, Sms };
constexpr std::array<Kind, 20> Mix{Kind::Messenger, Kind::WhatsApp, Kind::Messenger, Kind::WhatsApp,
    Kind::InstagramDm, Kind::PageComment, Kind::Messenger, Kind::WhatsApp, Kind::Sms,
    Kind::Messenger, Kind::WhatsApp, Kind::InstagramComment, Kind::Messenger, Kind::WhatsApp,
    Kind::XDm, Kind::PageComment, Kind::Messenger, Kind::WhatsApp, Kind::Sms, Kind::InstagramDm};

constexpr std::array<const char *, 12> Texts{"Hi, my order still hasn't arrived, can you check?",
    "Is the blue one back in stock?", "I was charged twice for the same order",
    "Can I change the delivery address please?", "What are your opening hours on Sunday?",
    "The app keeps logging me out since the update", "Thanks, that worked!",
    "How do I return a damaged item?", "Do you ship to Austria?",
    "My discount code doesn't work at checkout", "Where can I find my invoice?",
    "Still waiting for an answer to my last message"};
constexpr std::array<const char *, 10> FirstNames{
    "Jana", "Luca", "Amira", "Tomás", "Sofia", "Noah", "Mei", "Jonas", "Aylin", "Oskar"};
constexpr std::array<const char *, 10> LastNames{"Müller", "Rossi", "Haddad", "García", "Novak",
    "Berg", "Chen", "Schmidt", "Yılmaz", "Lindqvist"};

quint64 mix(quint64 x)
{
    // splitmix64: a well-spread sender for every n, the same each time.
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

QString senderName(quint32 sender)
{
    return QString::fromUtf8(FirstNames[sender % FirstNames.size()]) + u' '
        + QString::fromUtf8(LastNames[(sender / FirstNames.size()) % LastNames.size()]);
}

QString id(qint64 base, qint64 offset)
{
    return QString::number(base + offset);
}

//! A provider-style opaque id: a fixed prefix, then n in URL-safe base64.
QByteArray opaque(const char *prefix, qint64 n)
{
    QByteArray raw(12, '\0');
    for (int i = 0; i < 8; ++i)
        raw[4 + i] = char(quint64(n) >> (8 * (7 - i)));
    raw[0] = 'w';
    raw[1] = 'h';
    return prefix + raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

Delivery named(const QByteArray &channel, const QByteArray &identityKind,
    const QByteArray &identityValue, const QByteArray &providerMessageId)
{
    Delivery d;
    d.channel = channel;
    d.identityKind = identityKind;
    d.identityValue = identityValue;
    d.providerMessageId = providerMessageId;
    return d;
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

//! One entry holding one item under key ("messaging" or "changes"), as Meta sends it.
QByteArray metaEntry(const QString &object, const QString &account, qint64 time, const QString &key,
    const QJsonObject &item)
{
    return compact({{QStringLiteral("object"), object},
        {QStringLiteral("entry"),
            QJsonArray{QJsonObject{{QStringLiteral("id"), account}, {QStringLiteral("time"), time},
                {key, QJsonArray{item}}}}}});
}

//! A text message in a Messenger or Instagram "messaging" list.
QJsonObject messagingItem(const QString &sender, const QString &recipient, qint64 timestamp,
    const QByteArray &mid, const QByteArray &text)
{
    return {{QStringLiteral("sender"), QJsonObject{{QStringLiteral("id"), sender}}},
        {QStringLiteral("recipient"), QJsonObject{{QStringLiteral("id"), recipient}}},
        {QStringLiteral("timestamp"), timestamp},
        {QStringLiteral("message"),
            QJsonObject{{QStringLiteral("mid"), QString::fromLatin1(mid)},
                {QStringLiteral("text"), QString::fromUtf8(text)}}}};
}

QByteArray hmacSha256(const QByteArray &key, const QByteArray &data)
{
    return QMessageAuthenticationCode::hash(data, key, QCryptographicHash::Sha256);
}

} // namespace

QByteArray WebhookSecrets::hubConfig() const
{
    return "[meta]\napp_secret=" + metaAppSecret + "\nverify_token=" + metaVerifyToken
        + "\npage_id=" + metaPageId + "\n\n[x]\nconsumer_secret=" + xConsumerSecret
        + "\nuser_id=" + xUserId + "\n\n[twilio]\nauth_token=" + twilioAuthToken
        + "\n\n[hub]\npublic_url=" + publicUrl + "\n";
}

DeliveryFactory::DeliveryFactory(const WebhookSecrets &secrets, int senders, qint64 baseTimeMs)
    : m_secrets(secrets)
    , m_senders(std::max(1, senders))
    , m_baseTimeMs(baseTimeMs)
{
}

QList<QByteArray> DeliveryFactory::channels()
{
    return {"messenger", "whatsapp", "instagram_dm", "facebook_comment", "instagram_comment",
        "x_dm", "sms"};
}

Delivery DeliveryFactory::make(qint64 n) const
{
    const auto sender = quint32(mix(quint64(n)) % quint64(m_senders));
    const QByteArray text
        = QByteArray(Texts[std::size_t(n) % Texts.size()]) + marker() + QByteArray::number(n);
    switch (Mix[std::size_t(n) % Mix.size()]) {
    case Kind::Messenger:
        return messenger(n, sender, text);
    case Kind::WhatsApp:
        return whatsapp(n, sender, text);
    case Kind::InstagramDm:
        return instagramDm(n, sender, text);
    case Kind::PageComment:
        return pageComment(n, sender, text);
    case Kind::InstagramComment:
        return instagramComment(n, sender, text);
    case Kind::XDm:
        return xDm(n, sender, text);
    case Kind::Sms:
        break;
    }
    return sms(n, sender, text);
}

void DeliveryFactory::signMeta(Delivery &d) const
{
    d.path = "/webhooks/meta";
    d.contentType = "application/json";
    d.headers = {
        {"X-Hub-Signature-256", "sha256=" + hmacSha256(m_secrets.metaAppSecret, d.body).toHex()}};
}

Delivery DeliveryFactory::messenger(qint64 n, quint32 sender, const QByteArray &text) const
{
    const QString psid = id(7100000000000000, sender);
    Delivery d = named("messenger", "facebook", psid.toLatin1(), opaque("m_", n));
    d.body = metaEntry(QStringLiteral("page"), QString::fromLatin1(m_secrets.metaPageId),
        m_baseTimeMs + n, QStringLiteral("messaging"),
        messagingItem(psid, QString::fromLatin1(m_secrets.metaPageId), m_baseTimeMs + n,
            d.providerMessageId, text));
    signMeta(d);
    return d;
}

Delivery DeliveryFactory::instagramDm(qint64 n, quint32 sender, const QByteArray &text) const
{
    const QString igsid = id(5614879000000000, sender);
    Delivery d = named("instagram_dm", "instagram", igsid.toLatin1(), opaque("aWdfZAG1f", n));
    d.body = metaEntry(QStringLiteral("instagram"), InstagramAccountId, m_baseTimeMs + n,
        QStringLiteral("messaging"),
        messagingItem(igsid, InstagramAccountId, m_baseTimeMs + n, d.providerMessageId, text));
    signMeta(d);
    return d;
}

Delivery DeliveryFactory::pageComment(qint64 n, quint32 sender, const QByteArray &text) const
{
    const QString page = QString::fromLatin1(m_secrets.metaPageId);
    // Comments come from the same people who write on Messenger: one customer, two channels.
    const QString from = id(7100000000000000, sender);
    const QString post = page + u'_' + id(901097836650000, n % Posts);
    const QString comment = id(901097836650000, n % Posts) + u'_' + id(903438993000000, n);
    const qint64 at = (m_baseTimeMs + n) / 1000;
    Delivery d = named("facebook_comment", "facebook", from.toLatin1(), comment.toLatin1());
    const QJsonObject value{{QStringLiteral("item"), QStringLiteral("comment")},
        {QStringLiteral("verb"), QStringLiteral("add")}, {QStringLiteral("comment_id"), comment},
        {QStringLiteral("post_id"), post}, {QStringLiteral("parent_id"), post},
        {QStringLiteral("from"),
            QJsonObject{
                {QStringLiteral("id"), from}, {QStringLiteral("name"), senderName(sender)}}},
        {QStringLiteral("created_time"), at}, {QStringLiteral("message"), QString::fromUtf8(text)}};
    d.body = metaEntry(QStringLiteral("page"), page, at, QStringLiteral("changes"),
        QJsonObject{
            {QStringLiteral("field"), QStringLiteral("feed")}, {QStringLiteral("value"), value}});
    signMeta(d);
    return d;
}

Delivery DeliveryFactory::instagramComment(qint64 n, quint32 sender, const QByteArray &text) const
{
    const QString from = id(5614879000000000, sender);
    const QString comment = id(17865799348000000, n);
    Delivery d = named("instagram_comment", "instagram", from.toLatin1(), comment.toLatin1());
    const QJsonObject value{
        {QStringLiteral("from"),
            QJsonObject{{QStringLiteral("id"), from},
                {QStringLiteral("username"), QStringLiteral("user%1").arg(sender)}}},
        {QStringLiteral("media"),
            QJsonObject{{QStringLiteral("id"), id(17920238422030000, n % Posts)},
                {QStringLiteral("media_product_type"), QStringLiteral("FEED")}}},
        {QStringLiteral("id"), comment}, {QStringLiteral("text"), QString::fromUtf8(text)}};
    d.body = metaEntry(QStringLiteral("instagram"), InstagramAccountId, (m_baseTimeMs + n) / 1000,
        QStringLiteral("changes"),
        QJsonObject{{QStringLiteral("field"), QStringLiteral("comments")},
            {QStringLiteral("value"), value}});
    signMeta(d);
    return d;
}

Delivery DeliveryFactory::whatsapp(qint64 n, quint32 sender, const QByteArray &text) const
{
    const QString waId = id(491510000000, sender);
    Delivery d = named("whatsapp", "whatsapp", waId.toLatin1(), opaque("wamid.HBgN", n));
    const QJsonObject value{{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
        {QStringLiteral("metadata"),
            QJsonObject{{QStringLiteral("display_phone_number"), QStringLiteral("1234567891")},
                {QStringLiteral("phone_number_id"), WhatsAppPhoneNumberId}}},
        {QStringLiteral("contacts"),
            QJsonArray{QJsonObject{{QStringLiteral("profile"),
                                       QJsonObject{{QStringLiteral("name"), senderName(sender)}}},
                {QStringLiteral("wa_id"), waId}}}},
        {QStringLiteral("messages"),
            QJsonArray{QJsonObject{{QStringLiteral("from"), waId},
                {QStringLiteral("id"), QString::fromLatin1(d.providerMessageId)},
                {QStringLiteral("timestamp"), QString::number((m_baseTimeMs + n) / 1000)},
                {QStringLiteral("text"),
                    QJsonObject{{QStringLiteral("body"), QString::fromUtf8(text)}}},
                {QStringLiteral("type"), QStringLiteral("text")}}}}};
    d.body = compact({{QStringLiteral("object"), QStringLiteral("whatsapp_business_account")},
        {QStringLiteral("entry"),
            QJsonArray{QJsonObject{{QStringLiteral("id"), WhatsAppAccountId},
                {QStringLiteral("changes"),
                    QJsonArray{QJsonObject{{QStringLiteral("value"), value},
                        {QStringLiteral("field"), QStringLiteral("messages")}}}}}}}});
    signMeta(d);
    return d;
}

Delivery DeliveryFactory::xDm(qint64 n, quint32 sender, const QByteArray &text) const
{
    const QString account = QString::fromLatin1(m_secrets.xUserId);
    const QString from = id(3001000000, sender);
    Delivery d = named("x_dm", "x", from.toLatin1(), id(954491830000000000, n).toLatin1());
    const QJsonObject event{{QStringLiteral("type"), QStringLiteral("message_create")},
        {QStringLiteral("id"), QString::fromLatin1(d.providerMessageId)},
        {QStringLiteral("created_timestamp"), QString::number(m_baseTimeMs + n)},
        {QStringLiteral("message_create"),
            QJsonObject{
                {QStringLiteral("target"), QJsonObject{{QStringLiteral("recipient_id"), account}}},
                {QStringLiteral("sender_id"), from},
                {QStringLiteral("message_data"),
                    QJsonObject{{QStringLiteral("text"), QString::fromUtf8(text)},
                        {QStringLiteral("entities"),
                            QJsonObject{{QStringLiteral("hashtags"), QJsonArray{}},
                                {QStringLiteral("symbols"), QJsonArray{}},
                                {QStringLiteral("user_mentions"), QJsonArray{}},
                                {QStringLiteral("urls"), QJsonArray{}}}}}}}}};
    const QJsonObject users{
        {from,
            QJsonObject{{QStringLiteral("id"), from}, {QStringLiteral("name"), senderName(sender)},
                {QStringLiteral("screen_name"), QStringLiteral("user%1").arg(sender)},
                {QStringLiteral("followers_count"), int(sender % 5000)}}},
        {account,
            QJsonObject{{QStringLiteral("id"), account},
                {QStringLiteral("name"), QStringLiteral("Switchboard Support")},
                {QStringLiteral("screen_name"), QStringLiteral("switchboard_help")}}}};
    d.body = compact({{QStringLiteral("for_user_id"), account},
        {QStringLiteral("direct_message_events"), QJsonArray{event}},
        {QStringLiteral("users"), users}});
    d.path = "/webhooks/x";
    d.contentType = "application/json";
    d.headers = {{"x-twitter-webhooks-signature",
        "sha256=" + hmacSha256(m_secrets.xConsumerSecret, d.body).toBase64()}};
    return d;
}

Delivery DeliveryFactory::sms(qint64 n, quint32 sender, const QByteArray &text) const
{
    const QByteArray from = '+' + QByteArray::number(13175000000LL + sender);
    const QByteArray sid = "SM" + QByteArray::number(0xbe0c0000LL + n, 16).rightJustified(32, '0');
    Delivery d = named("sms", "phone", from, sid);
    // Twilio's parameters for an incoming SMS, as in twilio_sms_incoming.form.
    QList<std::pair<QByteArray, QByteArray>> params{{"ToCountry", "US"}, {"ToState", "IN"},
        {"SmsMessageSid", sid}, {"NumMedia", "0"}, {"ToCity", ""}, {"FromZip", "46204"},
        {"SmsSid", sid}, {"FromState", "IN"}, {"SmsStatus", "received"},
        {"FromCity", "INDIANAPOLIS"}, {"Body", text}, {"FromCountry", "US"}, {"To", TwilioNumber},
        {"ToZip", ""}, {"NumSegments", "1"}, {"MessageSid", sid}, {"AccountSid", TwilioAccountSid},
        {"From", from}, {"ApiVersion", "2010-04-01"}};
    for (const auto &[name, value] : params) {
        if (!d.body.isEmpty())
            d.body += '&';
        d.body += name + '=' + value.toPercentEncoding();
    }
    d.path = "/webhooks/twilio/messaging";
    d.contentType = "application/x-www-form-urlencoded";
    // Twilio signs the URL it requested followed by every parameter, sorted by name.
    std::sort(params.begin(), params.end());
    QByteArray signedData = m_secrets.publicUrl + d.path;
    for (const auto &[name, value] : params)
        signedData += name + value;
    d.headers = {{"X-Twilio-Signature",
        QMessageAuthenticationCode::hash(
            signedData, m_secrets.twilioAuthToken, QCryptographicHash::Sha1)
            .toBase64()}};
    return d;
}

} // namespace Switchboard::Bench
