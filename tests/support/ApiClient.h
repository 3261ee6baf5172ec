// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QUrl>

namespace Switchboard::Test {

//! A hub response as a test looks at it.
struct ApiReply
{
    int status = 0;
    QByteArray body;
    QJsonObject json;
    QList<QPair<QByteArray, QByteArray>> headers;

    QByteArray header(const QByteArray &name) const;
    //! The "error.code" of an error body.
    QString errorCode() const
    {
        return json.value(QLatin1String("error"))
            .toObject()
            .value(QLatin1String("code"))
            .toString();
    }
    //! The "error.field" of an error body.
    QString errorField() const
    {
        return json.value(QLatin1String("error"))
            .toObject()
            .value(QLatin1String("field"))
            .toString();
    }
    QJsonArray items() const { return json.value(QLatin1String("items")).toArray(); }
};

//! Synchronous HTTP for tests: each call spins an event loop until the answer arrives, so an
//! in-process hub keeps serving meanwhile.
class ApiClient
{
public:
    explicit ApiClient(const QUrl &base);

    ApiReply request(const QByteArray &method, const QString &pathAndQuery,
        const QJsonObject &body = {}, const QString &token = {});
    //! Sends raw bytes with a given content type (for malformed-input tests) and any extra
    //! headers (a webhook's signature).
    ApiReply raw(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body,
        const QByteArray &contentType, const QString &token = {},
        const QList<QPair<QByteArray, QByteArray>> &headers = {});

    ApiReply get(const QString &path, const QString &token)
    {
        return request("GET", path, {}, token);
    }
    ApiReply post(const QString &path, const QJsonObject &body, const QString &token = {})
    {
        return request("POST", path, body, token);
    }
    //! Signs in and returns the token; an empty string if it failed.
    QString login(const QString &username, const QString &password);

    QNetworkAccessManager &network() { return m_network; }

private:
    QUrl m_base;
    QNetworkAccessManager m_network;
};

//! A fresh client id for each write.
QString newClientId();

} // namespace Switchboard::Test
