// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

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
