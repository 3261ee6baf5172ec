// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <utility>

namespace Switchboard::Bench {

//! The secrets the hub is configured with and the deliveries are signed with.
struct WebhookSecrets
{
    QByteArray metaAppSecret = QByteArrayLiteral("bench-meta-app-secret");
    QByteArray metaVerifyToken = QByteArrayLiteral("bench-meta-verify-token");
    QByteArray metaPageId = QByteArrayLiteral("104582945123001");
    QByteArray xConsumerSecret = QByteArrayLiteral("bench-x-consumer-secret");
    QByteArray xUserId = QByteArrayLiteral("4337869213");
    QByteArray twilioAuthToken = QByteArrayLiteral("bench-twilio-auth-token");
    //! The hub's public URL as Twilio would know it; Twilio signs it, not the loopback address.
    QByteArray publicUrl = QByteArrayLiteral("https://hub.example.com");

    //! The hub's configuration file ([meta], [x], [twilio], [hub] public_url) giving these.
    QByteArray hubConfig() const;
};

//! One signed webhook request, ready to post.
struct Delivery
{
    //! The hub's channel name the message is stored under ("messenger", "sms" …).
    QByteArray channel;
    //! Identity kind and value of the sender, as the hub records the customer.
    QByteArray identityKind;
    QByteArray identityValue;
    //! The provider's message id, unique per n.
    QByteArray providerMessageId;
    QByteArray path;
    QByteArray contentType;
    //! The signature header (name, value) and any others.
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
};

//! Builds delivery n in the provider's documented format (the shapes of tests/fixtures/wire:
//! Messenger text, Page feed comment, Instagram DM and comment, WhatsApp text, X direct message,
//! Twilio SMS), from one of a fixed pool of senders, with a body ending in the marker
//! "ref wh-<n>" the stream is scanned for. The same n always gives the same bytes, so posting
//! it again is the provider retrying a delivery.
class DeliveryFactory
{
public:
    DeliveryFactory(const WebhookSecrets &secrets, int senders, qint64 baseTimeMs);

    Delivery make(qint64 n) const;

    //! What precedes n in every event that carries the message's body.
    static QByteArray marker() { return QByteArrayLiteral(" ref wh-"); }
    //! The channels in the mix, by their hub names.
    static QList<QByteArray> channels();

private:
    Delivery messenger(qint64 n, quint32 sender, const QByteArray &text) const;
    Delivery pageComment(qint64 n, quint32 sender, const QByteArray &text) const;
    Delivery instagramDm(qint64 n, quint32 sender, const QByteArray &text) const;
    Delivery instagramComment(qint64 n, quint32 sender, const QByteArray &text) const;
    Delivery whatsapp(qint64 n, quint32 sender, const QByteArray &text) const;
    Delivery xDm(qint64 n, quint32 sender, const QByteArray &text) const;
    Delivery sms(qint64 n, quint32 sender, const QByteArray &text) const;
    //! Signs a Meta delivery (X-Hub-Signature-256) and fills in path and content type.
    void signMeta(Delivery &d) const;

    WebhookSecrets m_secrets;
    int m_senders;
    qint64 m_baseTimeMs;
};

} // namespace Switchboard::Bench
