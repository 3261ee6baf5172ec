// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "service/Outcome.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <functional>

namespace Switchboard::Hub {

//! What an endpoint answers: a status, a body and extra headers.
//!
//! A JSON body is encoded by render(), which the HTTP server calls on the connection's own
//! thread: the services' thread, which every request passes through, only builds the answer.
struct ApiResponse
{
    int status = 200;
    //! The body; for a JSON answer complete only after render().
    QByteArray body;
    QByteArray contentType = "application/json";
    QList<QPair<QByteArray, QByteArray>> headers;
    //! Builds the JSON body not encoded yet. It may run on another thread, so it holds values
    //! (copies of records, JSON objects), never references into the services.
    std::function<QJsonObject()> pendingJson;

    static ApiResponse json(int status, const QJsonObject &body);
    //! A JSON answer built where it is written, from values the function holds: for answers
    //! that need no database, such as a record the request already carries.
    static ApiResponse json(int status, std::function<QJsonObject()> build);
    //! {"error": {"code", "message", "field"?}} plus any extra top-level members.
    static ApiResponse error(int status, const QString &code, const QString &message,
        const QString &field = {}, const QJsonObject &extra = {});
    static ApiResponse fromError(const ServiceError &error);
    static ApiResponse noContent();
    //! 503 storage_unavailable: the database failed and nothing was changed.
    static ApiResponse storageUnavailable();

    //! Encodes a pending JSON body into body.
    void render();

    void addHeader(const QByteArray &name, const QByteArray &value)
    {
        headers.append({name, value});
    }
};

} // namespace Switchboard::Hub
