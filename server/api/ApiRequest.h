// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "service/SessionService.h"

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QUrlQuery>
#include <any>
#include <optional>

namespace Switchboard::Hub {

//! A request as an endpoint sees it: already routed, its body parsed, its caller known.
struct ApiRequest
{
    QString method;
    QString path;
    QUrlQuery query;
    //! The numeric {id} segments of the path, in order.
    QList<Domain::Id> ids;
    //! The JSON object body; empty when the request had none, and on webhook routes.
    QJsonObject body;
    //! The body exactly as it arrived: webhooks check the provider's signature over it.
    QByteArray rawBody;
    //! The request's headers as they arrived.
    QList<QPair<QByteArray, QByteArray>> headers;
    //! The caller; set on every route that requires sign-in.
    std::optional<Session> session;
    QString remoteAddress;
    //! On a webhook route with a prepare step (Router::Prepare): its result.
    std::any prepared;

    //! The first header of that name (names compare case-insensitively); empty if absent.
    QByteArray header(QByteArrayView name) const
    {
        for (const auto &[key, value] : headers) {
            if (name.compare(key, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
    const Domain::User &user() const { return session->user; }
    //! "POST /api/v1/conversations/7/messages": what a client id is bound to.
    QString target() const { return method + QLatin1Char(' ') + path; }
};

} // namespace Switchboard::Hub
