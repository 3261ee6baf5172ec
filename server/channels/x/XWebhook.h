// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "XDelivery.h"

#include <QByteArrayView>
#include <QJsonObject>
#include <optional>

namespace Switchboard::Hub {

//! X's Account Activity webhook: the CRC challenge, the signature over the raw body, and
//! reading a delivery (mentions and direct messages) into what the hub stores. Holds no state;
//! the endpoint applies the result through InboundService.
class XWebhook
{
public:
    //! "sha256=<base64 HMAC-SHA256(consumerSecret, crcToken)>", the CRC check's response_token.
    static QByteArray crcResponseToken(QByteArrayView consumerSecret, QByteArrayView crcToken);
    //! header: "sha256=<base64>" as sent in x-twitter-webhooks-signature, checked against
    //! HMAC-SHA256(consumerSecret, body). False for an empty secret or a missing or malformed
    //! header.
    static bool signatureValid(
        QByteArrayView consumerSecret, QByteArrayView body, QByteArrayView header);
    //! Reads a delivery; none with a reason when it is not shaped as X sends (no for_user_id).
    //! ownUserId (and for_user_id) name the account itself, whose own posts and DMs are ignored.
    static std::optional<XDelivery> parse(
        const QJsonObject &root, const QString &ownUserId, QString *error);
};

} // namespace Switchboard::Hub
