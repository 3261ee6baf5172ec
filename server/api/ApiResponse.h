// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "service/Outcome.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>

namespace Switchboard::Hub {

//! What an endpoint answers: a status, a body and extra headers.
struct ApiResponse
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
    QList<QPair<QByteArray, QByteArray>> headers;

    static ApiResponse json(int status, const QJsonObject &body);
    //! {"error": {"code", "message", "field"?}} plus any extra top-level members.
    static ApiResponse error(int status, const QString &code, const QString &message,
        const QString &field = {}, const QJsonObject &extra = {});
    static ApiResponse fromError(const ServiceError &error);
    static ApiResponse noContent();

    void addHeader(const QByteArray &name, const QByteArray &value)
    {
        headers.append({name, value});
    }
};

} // namespace Switchboard::Hub
