// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeProvider.h"

#include <QJsonDocument>
#include <QTcpSocket>

namespace Switchboard::Test {

QJsonObject FakeRequest::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QUrlQuery FakeRequest::form() const
{
    // Form encoding writes a space as '+'; QUrlQuery reads only %20 as one.
    QByteArray text = body;
    text.replace('+', ' ');
    QUrlQuery query;
    for (const QByteArray &pair : text.split('&')) {
        const qsizetype eq = pair.indexOf('=');
        if (eq < 0)
            continue;
        query.addQueryItem(QString::fromUtf8(QByteArray::fromPercentEncoding(pair.left(eq))),
            QString::fromUtf8(QByteArray::fromPercentEncoding(pair.mid(eq + 1))));
    }
    return query;
}

FakeProvider::FakeProvider(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            socket->setParent(this);
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { serve(socket); });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
}

bool FakeProvider::listen(quint16 port)
{
    if (!m_server.listen(QHostAddress::LocalHost, port))
        return false;
    m_port = m_server.serverPort();
    return true;
}

void FakeProvider::close()
{
    m_server.close();
}

void FakeProvider::reset()
{
    m_requests.clear();
    m_queued.clear();
    m_standing = FakeResponse();
    m_successes = 0;
}

QString FakeProvider::url() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_port);
}

void FakeProvider::serve(QTcpSocket *socket)
{
    // One request per connection: the answer says Connection: close.
    QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
    socket->setProperty("buffer", buffer);
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return;
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    FakeRequest request;
    const QList<QByteArray> start = lines.first().trimmed().split(' ');
    request.method = start.value(0);
    request.target = QString::fromUtf8(start.value(1));
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0)
            request.headers.insert(
                lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
    }
    const qsizetype length = request.headers.value("content-length", "0").toLongLong();
    if (buffer.size() - headerEnd - 4 < length)
        return;
    request.body = buffer.mid(headerEnd + 4, length);
    socket->setProperty("buffer", QByteArray());

    const FakeResponse response = m_queued.isEmpty() ? m_standing : m_queued.takeFirst();
    m_requests.append(request);
    if (response.status >= 200 && response.status < 300)
        ++m_successes;
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + " Fake\r\n";
    out += "Content-Type: " + response.contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    for (const auto &[name, value] : response.headers)
        out += name + ": " + value + "\r\n";
    out += "Connection: close\r\n\r\n" + response.body;
    socket->write(out);
    socket->disconnectFromHost();
    Q_EMIT received(request);
}

} // namespace Switchboard::Test
