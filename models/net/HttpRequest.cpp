// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpRequest.h"

#include <QJsonDocument>

namespace Switchboard::Net {

HttpRequest HttpRequest::get(const QString &path, const QUrlQuery &query)
{
    HttpRequest r;
    r.path = path;
    r.query = query;
    return r;
}

HttpRequest HttpRequest::post(const QString &path, const QJsonObject &body, bool retryable)
{
    return withBody("POST", path, body, retryable);
}

HttpRequest HttpRequest::put(const QString &path, const QJsonObject &body, bool retryable)
{
    return withBody("PUT", path, body, retryable);
}

HttpRequest HttpRequest::patch(const QString &path, const QJsonObject &body, bool retryable)
{
    return withBody("PATCH", path, body, retryable);
}

HttpRequest HttpRequest::withBody(
    const QByteArray &method, const QString &path, const QJsonObject &body, bool retryable)
{
    HttpRequest r;
    r.method = method;
    r.path = path;
    // An empty object means "no body" (logout takes none); the hub accepts either.
    if (!body.isEmpty())
        r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    r.retryable = retryable;
    return r;
}

} // namespace Switchboard::Net
