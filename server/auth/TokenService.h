// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace Switchboard::Hub {

//! Session tokens: 256 random bits handed to the client once, kept on the hub only as a hash.
namespace TokenService {

//! A new token in URL-safe base64 without padding (43 characters).
QString generate();
//! The form stored in the database: SHA-256 of the token.
QByteArray hash(const QString &token);
//! The token in an "Authorization: Bearer <token>" header value; empty if malformed.
QString fromAuthorizationHeader(const QByteArray &headerValue);

} // namespace TokenService

} // namespace Switchboard::Hub
