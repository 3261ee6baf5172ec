// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>
#include <any>

namespace Switchboard::Hub {

//! An HTTP request as the router needs it, copied out of Qt's request object so it can be
//! routed on another thread than the one that owns the socket.
struct HttpRequest
{
    //! Upper case, as on the wire: "GET", "POST".
    QString method;
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QHostAddress remoteAddress;
    //! What the route's prepare step (Router::Prepare) made of the request on the thread that
    //! received it; empty when the route has none or it has not run.
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
};

} // namespace Switchboard::Hub
