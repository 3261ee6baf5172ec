// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "NetworkSettings.h"
#include "domain/Event.h"
#include "domain/User.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QWebSocket;
class QNetworkProxy;

namespace Switchboard::Net {

//! The hub's live event stream (docs/api.md section 4) over a Qt WebSocket. It reports frames
//! and closes; reconnecting, with backoff and the saved cursor, is the sync engine's job.
//!
//! TLS: the system CAs plus the certificates in NetworkSettings::caFile are trusted.
//! Proxy: the system proxy for the hub (QNetworkProxyFactory::systemProxyForQuery, which on
//! Linux reads http_proxy/https_proxy/no_proxy), as QNetworkProxyFactory::
//! setUseSystemConfiguration(true) would give, without changing the application's setting;
//! only proxies that can tunnel are used.
class EventStream : public QObject
{
    Q_OBJECT
public:
    explicit EventStream(QObject *parent = nullptr);
    ~EventStream() override;

    //! Connects to ws(s)://host:port/api/v1/stream?since=N; an open stream is closed first,
    //! without a closed() for it.
    void open(const NetworkSettings &settings, const QByteArray &token, qint64 since);
    //! Closes normally (1000). No further signal comes from this connection, closed() included.
    void close();
    //! From open() until closed() or close().
    bool isOpen() const { return m_socket != nullptr; }
    //! No frame for this long (connecting included) → silent(), then closed(1006). Default
    //! 45000; keep it above the hub's heartbeat interval (stream/heartbeat_seconds). 0 = off.
    void setSilenceTimeoutMs(int ms);
    int silenceTimeoutMs() const { return m_silenceTimeoutMs; }
    //! The stream URL for a hub address: http → ws, https → wss.
    static QUrl streamUrl(const QUrl &hubUrl, qint64 since);

Q_SIGNALS:
    //! The first frame: who signed in, the hub's newest seq and the cursor the stream starts at.
    void hello(const Switchboard::Domain::User &user, qint64 head, qint64 since);
    //! One frame of events, in seq order.
    void events(const QList<Switchboard::Domain::Event> &events);
    //! Catch-up is complete; seq is the stream's cursor.
    void live(qint64 seq);
    //! The periodic frame of a live stream; seq is the stream's cursor.
    void heartbeat(qint64 seq);
    //! Nothing arrived within the silence timeout; the socket is aborted and closed() follows.
    void silent();
    //! The stream ended: the hub's code (4400/4401/4409/4503), 1000/1001 on a normal close,
    //! 1006 for a network loss or silence, 1002 after a protocolError().
    void closed(int closeCode, const QString &reason);
    //! A frame that does not follow the protocol; the socket is closed and closed() follows.
    void protocolError(const QString &message);

private:
    void connectSocket(QWebSocket *socket);
    void frameReceived(const QString &text);
    void handleFrame(const QJsonObject &frame);
    void failProtocol(const QString &message);
    void silenceElapsed();
    void armSilence();
    //! Emits closed() once for the current socket and lets the socket go.
    void finish(int code, const QString &reason);
    //! Detaches a socket from this stream and deletes it once it has closed.
    void retire(QWebSocket *socket, bool abort);
    static QNetworkProxy proxyFor(const QUrl &hubUrl);

    QWebSocket *m_socket = nullptr;
    QTimer m_silence;
    int m_silenceTimeoutMs = 45000;
    bool m_greeted = false;
    bool m_closeFrameReceived = false;
    QString m_lastError;
};

} // namespace Switchboard::Net
