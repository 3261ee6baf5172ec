// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QUrl>
#include <QWebSocket>

namespace Switchboard::Test {

//! A test's view of the hub's event stream: every frame, every event, the close code.
class StreamClient : public QObject
{
    Q_OBJECT
public:
    StreamClient(const QUrl &hubUrl, const QString &token, qint64 since = 0);

    //! Waits until the "live" frame arrived; false on timeout or close.
    bool waitForLive(int timeoutMs = 10000);
    //! Waits until at least n events arrived in all; false on timeout.
    bool waitForEvents(int n, int timeoutMs = 10000);
    //! Waits until the hub closed the stream; false on timeout.
    bool waitForClose(int timeoutMs = 10000);

    const QList<QJsonObject> &events() const { return m_events; }
    const QList<QJsonObject> &controlFrames() const { return m_control; }
    QList<qint64> sequences() const;
    //! Events of a given type, in arrival order.
    QList<QJsonObject> eventsOfType(const QString &type) const;
    bool isLive() const { return m_live; }
    bool isClosed() const { return m_closed; }
    int closeCode() const { return m_closeCode; }
    QWebSocket &socket() { return m_socket; }

private:
    QWebSocket m_socket;
    QList<QJsonObject> m_events;
    QList<QJsonObject> m_control;
    bool m_live = false;
    bool m_closed = false;
    int m_closeCode = 0;
};

} // namespace Switchboard::Test
