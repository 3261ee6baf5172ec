// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StreamClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkRequest>
#include <QTest>

namespace Switchboard::Test {

StreamClient::StreamClient(const QUrl &hubUrl, const QString &token, qint64 since)
{
    QUrl url = hubUrl;
    url.setScheme(
        hubUrl.scheme() == QLatin1String("https") ? QStringLiteral("wss") : QStringLiteral("ws"));
    url.setPath(QStringLiteral("/api/v1/stream"));
    url.setQuery(QStringLiteral("since=%1").arg(since));
    QNetworkRequest request(url);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    connect(&m_socket, &QWebSocket::textMessageReceived, this, [this](const QString &text) {
        const QJsonObject frame = QJsonDocument::fromJson(text.toUtf8()).object();
        const QString type = frame.value(QLatin1String("type")).toString();
        if (type == QLatin1String("events")) {
            for (const QJsonValue &e : frame.value(QLatin1String("events")).toArray())
                m_events.append(e.toObject());
        } else {
            m_control.append(frame);
            if (type == QLatin1String("live"))
                m_live = true;
        }
    });
    connect(&m_socket, &QWebSocket::disconnected, this, [this] {
        m_closed = true;
        m_closeCode = int(m_socket.closeCode());
    });
    m_socket.open(request);
}

bool StreamClient::waitForLive(int timeoutMs)
{
    return QTest::qWaitFor([this] { return m_live || m_closed; }, timeoutMs) && m_live;
}

bool StreamClient::waitForEvents(int n, int timeoutMs)
{
    return QTest::qWaitFor([this, n] { return m_events.size() >= n; }, timeoutMs);
}

bool StreamClient::waitForClose(int timeoutMs)
{
    return QTest::qWaitFor([this] { return m_closed; }, timeoutMs);
}

QList<qint64> StreamClient::sequences() const
{
    QList<qint64> out;
    for (const QJsonObject &e : m_events)
        out.append(e.value(QLatin1String("seq")).toInteger());
    return out;
}

QList<QJsonObject> StreamClient::eventsOfType(const QString &type) const
{
    QList<QJsonObject> out;
    for (const QJsonObject &e : m_events) {
        if (e.value(QLatin1String("type")).toString() == type)
            out.append(e);
    }
    return out;
}

} // namespace Switchboard::Test
