// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

namespace Switchboard::Hub {

//! One webhook request as a provider would send it: path, body and headers, signature included.
struct WebhookPost
{
    QString path;
    QByteArray contentType;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
};

//! What the demo signs with and who it writes to: the hub's own channel settings.
struct DemoChannels
{
    QString metaAppSecret;
    //! The Facebook page (and Instagram account) customers write to.
    QString pageId;
    QString xConsumerSecret;
    //! The contact centre's own X account, the one customers mention.
    QString xUserId;
    QString xHandle;
    QString twilioAuthToken;
    //! The URL Twilio signs: the hub's public URL, without a trailing '/'.
    QString twilioPublicUrl;
    //! The contact centre's number customers call and text.
    QString brandPhone;
    QString twilioAccountSid;
};

//! Who writes: a customer as the channel knows them.
struct DemoSender
{
    //! The channel's id for them: page-scoped or Instagram id, WhatsApp number without '+', X
    //! user id, or phone number in E.164.
    QString id;
    QString name;
    //! Instagram and X handle (without '@').
    QString handle;
    //! X followers: the reach a public post has.
    int followers = 0;
};

//! Builds the deliveries Meta, X and Twilio send, in their documented wire formats (the shapes
//! of tests/fixtures/wire), each signed as the provider signs it. Used by the demo's live
//! traffic; the hub takes them in through its real webhook endpoints, checks included.
class DemoDeliveries
{
public:
    explicit DemoDeliveries(DemoChannels channels);

    //! A Messenger text message to the page (object "page", entry[].messaging[]).
    WebhookPost messenger(const DemoSender &from, const QString &text, const QString &mid,
        const QDateTime &at) const;
    //! A comment on one of the page's posts (object "page", field "feed", verb "add").
    WebhookPost facebookComment(const DemoSender &from, const QString &postId,
        const QString &commentId, const QString &text, const QDateTime &at) const;
    //! An Instagram direct message (object "instagram", entry[].messaging[]).
    WebhookPost instagramMessage(const DemoSender &from, const QString &text, const QString &mid,
        const QDateTime &at) const;
    //! A comment on one of the account's Instagram posts (object "instagram", field "comments").
    WebhookPost instagramComment(const DemoSender &from, const QString &mediaId,
        const QString &commentId, const QString &text, const QDateTime &at) const;
    //! A WhatsApp Cloud API text message (object "whatsapp_business_account").
    WebhookPost whatsApp(const DemoSender &from, const QString &text, const QString &wamid,
        const QDateTime &at) const;
    //! A post mentioning the account (Account Activity tweet_create_events).
    WebhookPost xMention(const DemoSender &from, const QString &text, const QString &postId,
        const QDateTime &at) const;
    //! A direct message to the account (Account Activity direct_message_events).
    WebhookPost xDirectMessage(const DemoSender &from, const QString &text,
        const QString &eventId, const QDateTime &at) const;
    //! An SMS to the contact centre's number (Twilio's messaging webhook).
    WebhookPost sms(const DemoSender &from, const QString &text, const QString &messageSid) const;
    //! A call to the contact centre's number (Twilio's voice webhook, CallStatus ringing).
    WebhookPost incomingCall(const DemoSender &from, const QString &callSid) const;
    //! The caller hung up (Twilio's call status callback, CallStatus completed).
    WebhookPost callCompleted(const DemoSender &from, const QString &callSid,
        int durationSeconds, const QDateTime &at) const;

private:
    WebhookPost meta(const QByteArray &body) const;
    WebhookPost x(const QByteArray &body) const;
    WebhookPost twilio(const QString &path, const QList<QPair<QString, QString>> &params) const;

    DemoChannels m_channels;
    //! The brand's number in E.164, as providers write it ("+442079460000").
    QString m_brandNumber;
};

} // namespace Switchboard::Hub
