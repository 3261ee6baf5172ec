// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QUrlQuery>

namespace Switchboard::Net {

//! One call to the hub's REST API, before it is sent.
struct HttpRequest
{
    QByteArray method = "GET";
    //! Absolute path on the hub, e.g. "/api/v1/me".
    QString path;
    QUrlQuery query;
    //! JSON; sent with Content-Type: application/json when not empty.
    QByteArray body;
    //! Safe to resend: GETs, and writes carrying a client_id (the hub dedupes).
    bool retryable = true;

    //! A GET, always retryable.
    static HttpRequest get(const QString &path, const QUrlQuery &query = {});
    //! A POST with a JSON body; pass retryable = false for writes without a client_id.
    static HttpRequest post(const QString &path, const QJsonObject &body, bool retryable = true);
    //! A PUT with a JSON body.
    static HttpRequest put(const QString &path, const QJsonObject &body, bool retryable = true);
    //! A PATCH with a JSON body.
    static HttpRequest patch(const QString &path, const QJsonObject &body, bool retryable = true);
    //! Any method with a JSON body (an empty object sends no body).
    static HttpRequest withBody(
        const QByteArray &method, const QString &path, const QJsonObject &body, bool retryable);
};

} // namespace Switchboard::Net
