// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MetaDelivery.h"

#include <QByteArrayView>
#include <QJsonObject>
#include <optional>

namespace Switchboard::Hub {

//! Meta's webhook (Messenger, Facebook Page feed, Instagram, WhatsApp Cloud API): the
//! subscription handshake, the signature over the raw body, and reading a delivery into what
//! the hub stores. Holds no state; the endpoint applies the result through InboundService.
class MetaWebhook
{
public:
    //! Compares in time that depends only on the lengths, so a caller learns nothing from timing.
    static bool constantTimeEquals(QByteArrayView a, QByteArrayView b);
    //! header: "sha256=<hex>" as sent in X-Hub-Signature-256, checked against
    //! HMAC-SHA256(appSecret, body). False for an empty secret or a missing or malformed header.
    static bool signatureValid(
        QByteArrayView appSecret, QByteArrayView body, QByteArrayView header);
    //! hub.mode must be "subscribe" and hub.verify_token the configured token (not empty).
    static bool handshakeValid(
        const QString &mode, const QString &token, const QString &expectedToken);
    //! Reads a delivery; none with a reason when it is not shaped as Meta sends (no object, no
    //! entry array). Items the hub does not take in are counted as ignored, not refused.
    static std::optional<MetaDelivery> parse(
        const QJsonObject &root, const QString &pageId, QString *error);
};

} // namespace Switchboard::Hub
