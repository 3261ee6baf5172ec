// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CachePaths.h"

#include <QCryptographicHash>
#include <QDir>
#include <QStandardPaths>

namespace Switchboard::Store {

QString CachePaths::accountKey(const QUrl &hubUrl, const QString &username)
{
    // Hashed so neither the hub's address nor the user name shows in the file system. The same
    // hub written with or without a trailing slash is the same account.
    QUrl hub = hubUrl.adjusted(QUrl::StripTrailingSlash | QUrl::NormalizePathSegments);
    if (hub.path() == QLatin1String("/"))
        hub.setPath(QString());
    const QByteArray identity
        = hub.toString(QUrl::FullyEncoded).toUtf8() + '\n' + username.toLower().toUtf8();
    return QString::fromLatin1(
        QCryptographicHash::hash(identity, QCryptographicHash::Sha256).toHex().left(32));
}

QString CachePaths::cacheFile(const QUrl &hubUrl, const QString &username, const QString &baseDir)
{
    const QString base = baseDir.isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        : baseDir;
    return QDir(base).filePath(
        QStringLiteral("accounts/%1/cache.sqlite").arg(accountKey(hubUrl, username)));
}

} // namespace Switchboard::Store
