// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QUrl>
#include <optional>

class QNetworkReply;

namespace Switchboard::Bench {

//! The hub's REST API as the benchmark needs it, over one QNetworkAccessManager (HTTP/1.1,
//! keep-alive). Lives in the main thread.
class RestClient
{
public:
    explicit RestClient(const QUrl &base);

    //! Signs in and returns the bearer token.
    std::optional<QByteArray> login(
        const QString &username, const QString &password, int timeoutMs, QString *error);
    //! GET of a JSON object (the token may be empty for public paths).
    std::optional<QJsonObject> getJson(
        const QString &path, const QByteArray &token, int timeoutMs, QString *error);
    //! POST of a JSON object, answered with one (2xx).
    std::optional<QJsonObject> postJson(const QString &path, const QByteArray &token,
        const QJsonObject &body, int timeoutMs, QString *error);
    //! The stream's WebSocket URL starting at the hub's current head (from /healthz), so a new
    //! stream spends no time on catch-up.
    std::optional<QUrl> streamUrlAtHead(int timeoutMs, QString *error);
    //! GET of a raw body.
    std::optional<QByteArray> getRaw(const QString &path, int timeoutMs, QString *error);
    //! Starts PUT /api/v1/me/presence; the caller owns the reply.
    QNetworkReply *putPresence(const QByteArray &token, const QString &clientId,
        const QString &state, const QString &reason);

private:
    QNetworkRequest request(const QString &path, const QByteArray &token) const;
    //! Waits at most timeoutMs for the reply, then aborts it.
    static bool wait(QNetworkReply *reply, int timeoutMs);

    QUrl m_base;
    QNetworkAccessManager m_nam;
};

} // namespace Switchboard::Bench
