// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiClient.h"

#include <QBuffer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QTimer>
#include <QUuid>

namespace Switchboard::Test {

QByteArray ApiReply::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

ApiClient::ApiClient(const QUrl &base)
    : m_base(base)
{
}

ApiReply ApiClient::raw(const QByteArray &method, const QString &pathAndQuery,
    const QByteArray &body, const QByteArray &contentType, const QString &token,
    const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest request(m_base.resolved(QUrl(pathAndQuery)));
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QBuffer *buffer = new QBuffer;
    buffer->setData(body);
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, buffer);
    buffer->setParent(reply);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    loop.exec();
    ApiReply out;
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.body = reply->readAll();
    out.json = QJsonDocument::fromJson(out.body).object();
    out.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return out;
}

ApiReply ApiClient::request(const QByteArray &method, const QString &pathAndQuery,
    const QJsonObject &body, const QString &token)
{
    // A DELETE carries a body only when it has something to say (DELETE /queues: client_id).
    const bool hasBody = method != "GET" && (method != "DELETE" || !body.isEmpty());
    return raw(method, pathAndQuery,
        hasBody ? QJsonDocument(body).toJson(QJsonDocument::Compact) : QByteArray(),
        hasBody ? QByteArray("application/json") : QByteArray(), token);
}

QString ApiClient::login(const QString &username, const QString &password)
{
    const ApiReply r = post(QStringLiteral("/api/v1/auth/login"),
        {{QStringLiteral("username"), username}, {QStringLiteral("password"), password}});
    return r.json.value(QLatin1String("token")).toString();
}

QString newClientId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace Switchboard::Test
