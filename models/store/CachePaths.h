// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

namespace Switchboard::Store {

//! Where each account's cache lives: one file per hub and user under the platform's
//! application-data folder (e.g. ~/.local/share/Switchboard/switchboard/accounts/<key>/).
namespace CachePaths {
//! A stable, file-name-safe key for an account (hub URL and user name, hashed).
QString accountKey(const QUrl &hubUrl, const QString &username);
//! The cache file of an account; baseDir defaults to QStandardPaths::AppDataLocation.
QString cacheFile(const QUrl &hubUrl, const QString &username, const QString &baseDir = {});
} // namespace CachePaths

} // namespace Switchboard::Store
