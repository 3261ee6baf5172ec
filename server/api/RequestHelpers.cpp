// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RequestHelpers.h"

#include <QJsonDocument>

#include "HubServices.h"
#include "domain/JsonReader.h"
#include "storage/ClientRequestLog.h"
#include "storage/Storage.h"

#include <QRegularExpression>

namespace Switchboard::Hub::RequestHelpers {

std::optional<qint64> queryInteger(const ApiRequest &request, const QString &name, qint64 min,
    qint64 max, qint64 fallback, ApiResponse *error)
{
    if (!request.query.hasQueryItem(name))
        return fallback;
    bool ok = false;
    const qint64 value = request.query.queryItemValue(name).toLongLong(&ok);
    if (!ok || value < min || value > max) {
        *error = ApiResponse::error(400, QStringLiteral("invalid_parameter"),
            QStringLiteral("%1 must be a whole number between %2 and %3")
                .arg(name)
                .arg(min)
                .arg(max),
            name);
        return std::nullopt;
    }
    return value;
}

std::optional<PageWindow> pageWindow(
    const ApiRequest &request, int maxLimit, int defaultLimit, ApiResponse *error)
{
    const auto after = queryInteger(request, QStringLiteral("after"), 0, LLONG_MAX, 0, error);
    const auto limit
        = queryInteger(request, QStringLiteral("limit"), 1, maxLimit, defaultLimit, error);
    if (!after || !limit)
        return std::nullopt;
    return PageWindow{*after, int(*limit)};
}

ApiResponse badSignature(const QString &header, bool present)
{
    return ApiResponse::error(401, QStringLiteral("invalid_signature"),
        present ? QStringLiteral("%1 does not match the body").arg(header)
                : QStringLiteral("the delivery has no %1 header").arg(header));
}

std::optional<QJsonObject> rawJsonObject(const ApiRequest &request, ApiResponse *error)
{
    return rawJsonObject(request.rawBody, error);
}

std::optional<QJsonObject> rawJsonObject(const QByteArray &rawBody, ApiResponse *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(rawBody, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = ApiResponse::error(
            400, QStringLiteral("invalid_json"), QStringLiteral("the body is not a JSON object"));
        return std::nullopt;
    }
    return doc.object();
}

ApiResponse invalid(const Domain::JsonReader &reader)
{
    return ApiResponse::error(
        400, QStringLiteral("invalid_field"), reader.error(), reader.errorField());
}

bool readOverride(const QJsonObject &body, std::optional<QString> *reason, ApiResponse *error)
{
    const QJsonValue value = body.value(QLatin1String("override"));
    if (value.isUndefined() || value.isNull())
        return true;
    const QJsonValue text = value.toObject().value(QLatin1String("reason"));
    if (!value.isObject() || !text.isString()) {
        *error = ApiResponse::error(400, QStringLiteral("invalid_field"),
            QStringLiteral("override.reason: override must be {\"reason\": string}"),
            QStringLiteral("override.reason"));
        return false;
    }
    *reason = text.toString();
    return true;
}

ApiResponse idempotent(
    HubServices &hub, const ApiRequest &request, const std::function<ApiResponse()> &work)
{
    static const QRegularExpression validId(QStringLiteral("^[A-Za-z0-9._:-]{1,100}$"));
    const QJsonValue value = request.body.value(QLatin1String("client_id"));
    if (!value.isString() || !validId.match(value.toString()).hasMatch()) {
        return ApiResponse::error(400, QStringLiteral("invalid_field"),
            QStringLiteral("client_id: is required, 1-100 characters of A-Z a-z 0-9 . _ : -"),
            QStringLiteral("client_id"));
    }
    const QString clientId = value.toString();
    const Domain::Id userId = request.user().id;
    Transaction tx(hub.storage.database());
    if (const auto stored = hub.storage.clientRequests().find(userId, clientId)) {
        if (stored->target != request.target()) {
            return ApiResponse::error(422, QStringLiteral("client_id_reused"),
                QStringLiteral("client_id %1 was already used for %2")
                    .arg(clientId, stored->target),
                QStringLiteral("client_id"));
        }
        ApiResponse replay;
        replay.status = stored->status;
        replay.body = stored->body;
        replay.addHeader("Idempotent-Replay", "true");
        tx.commit();
        return replay;
    }
    ApiResponse response = work();
    if (response.status < 200 || response.status >= 300)
        return response; // the guard rolls back whatever the work wrote
    response.render(); // stored as the client will get it
    hub.storage.clientRequests().save(
        userId, clientId, {request.target(), response.status, response.body});
    tx.commit();
    return response;
}

} // namespace Switchboard::Hub::RequestHelpers
