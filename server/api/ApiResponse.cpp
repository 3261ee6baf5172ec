// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiResponse.h"

#include <QJsonDocument>

namespace Switchboard::Hub {

ApiResponse ApiResponse::json(int status, const QJsonObject &body)
{
    return json(status, [body] { return body; });
}

ApiResponse ApiResponse::json(int status, std::function<QJsonObject()> build)
{
    ApiResponse r;
    r.status = status;
    r.pendingJson = std::move(build);
    return r;
}

void ApiResponse::render()
{
    if (!pendingJson)
        return;
    body = QJsonDocument(pendingJson()).toJson(QJsonDocument::Compact);
    pendingJson = nullptr;
}

ApiResponse ApiResponse::error(int status, const QString &code, const QString &message,
    const QString &field, const QJsonObject &extra)
{
    QJsonObject error{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
    if (!field.isEmpty())
        error.insert(QStringLiteral("field"), field);
    QJsonObject body = extra;
    body.insert(QStringLiteral("error"), error);
    ApiResponse r = json(status, body);
    if (extra.contains(QStringLiteral("retry_after")))
        r.addHeader(
            "Retry-After", QByteArray::number(extra.value(QStringLiteral("retry_after")).toInt()));
    return r;
}

ApiResponse ApiResponse::fromError(const ServiceError &e)
{
    return error(e.status, e.code, e.message, e.field, e.extra);
}

ApiResponse ApiResponse::storageUnavailable()
{
    return error(503, QStringLiteral("storage_unavailable"),
        QStringLiteral("the hub cannot reach its database; nothing was changed, try again"));
}

ApiResponse ApiResponse::noContent()
{
    ApiResponse r;
    r.status = 204;
    r.contentType.clear();
    return r;
}

} // namespace Switchboard::Hub
