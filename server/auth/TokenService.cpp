// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TokenService.h"

#include <QCryptographicHash>
#include <sodium.h>

namespace Switchboard::Hub::TokenService {

QString generate()
{
    QByteArray bytes(32, Qt::Uninitialized);
    randombytes_buf(bytes.data(), size_t(bytes.size()));
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QByteArray hash(const QString &token)
{
    return QCryptographicHash::hash(token.toLatin1(), QCryptographicHash::Sha256);
}

QString fromAuthorizationHeader(const QByteArray &headerValue)
{
    static const QByteArray scheme("bearer ");
    if (headerValue.size() <= scheme.size()
        || !headerValue.left(scheme.size()).toLower().startsWith(scheme))
        return {};
    const QByteArray token = headerValue.mid(scheme.size()).trimmed();
    // Tokens are base64url; anything else cannot be one of ours.
    for (char c : token) {
        if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_'))
            return {};
    }
    return token.size() > 200 ? QString() : QString::fromLatin1(token);
}

} // namespace Switchboard::Hub::TokenService
