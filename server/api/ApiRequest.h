// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "service/SessionService.h"

#include <QJsonObject>
#include <QList>
#include <QUrlQuery>
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
    //! The JSON object body; empty when the request had none.
    QJsonObject body;
    //! The caller; set on every route that requires sign-in.
    std::optional<Session> session;
    QString remoteAddress;

    const Domain::User &user() const { return session->user; }
    //! "POST /api/v1/conversations/7/messages": what a client id is bound to.
    QString target() const { return method + QLatin1Char(' ') + path; }
};

} // namespace Switchboard::Hub
