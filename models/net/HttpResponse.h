// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>

namespace Switchboard::Net {

//! Why no (final) HTTP answer arrived.
enum class TransportError {
    None, //!< an HTTP answer arrived; look at the status
    Timeout, //!< connect or request timeout
    ConnectionFailed, //!< could not resolve, connect, or the connection broke
    TlsFailed, //!< handshake or certificate verification failed
    Aborted, //!< HttpJob::abort() or HttpClient::abortAll()
    Other, //!< anything else, e.g. a response larger than the limit
};

//! What came back for one request, after its retries.
struct HttpResponse
{
    //! 0 when no HTTP answer arrived.
    int status = 0;
    QByteArray body;
    //! The final response's headers, names lower-cased, in arrival order.
    QList<QPair<QByteArray, QByteArray>> headers;
    TransportError error = TransportError::None;
    //! Human-readable; never contains the token.
    QString errorString;
    //! Attempts made, the last one included.
    int attempts = 1;

    //! A 2xx answer.
    bool ok() const { return error == TransportError::None && status >= 200 && status < 300; }
    //! No usable HTTP answer (error != None).
    bool transportFailed() const { return error != TransportError::None; }
    //! The body parsed as a JSON object; {} if there is none or it is not an object.
    QJsonObject json() const;
    //! The hub's "error.code", e.g. "conflict"; empty when the body has none.
    QString hubError() const;
    //! The hub's "error.message".
    QString hubMessage() const;
    //! The first header of that name (case-insensitive); empty if absent.
    QByteArray header(QByteArrayView name) const;
};

} // namespace Switchboard::Net

Q_DECLARE_METATYPE(Switchboard::Net::HttpResponse)
