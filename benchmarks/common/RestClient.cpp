// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RestClient.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QTimer>
#include <memory>

namespace Switchboard::Bench {

namespace {

constexpr int RequestTimeoutMs = 30000;

struct ReplyDeleter
{
    void operator()(QNetworkReply *r) const { r->deleteLater(); }
};
using ReplyPtr = std::unique_ptr<QNetworkReply, ReplyDeleter>;

QString describe(QNetworkReply *reply)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    return status
        ? QStringLiteral("HTTP %1: %2").arg(status).arg(QString::fromUtf8(reply->readAll()))
        : reply->errorString();
}

} // namespace

RestClient::RestClient(const QUrl &base)
    : m_base(base)
{
}

QNetworkRequest RestClient::request(const QString &path, const QByteArray &token) const
{
    QUrl url = m_base;
    url.setPath(path);
    QNetworkRequest r(url);
    // The hub speaks HTTP/1.1 in clear text; keep-alive connections are reused.
    r.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    r.setTransferTimeout(RequestTimeoutMs);
    if (!token.isEmpty())
        r.setRawHeader("Authorization", "Bearer " + token);
    return r;
}

bool RestClient::wait(QNetworkReply *reply, int timeoutMs)
{
    if (reply->isFinished())
        return true;
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    if (!reply->isFinished()) {
        reply->abort();
        return false;
    }
    return true;
}

std::optional<QByteArray> RestClient::login(
    const QString &username, const QString &password, int timeoutMs, QString *error)
{
    QNetworkRequest r = request(QStringLiteral("/api/v1/auth/login"), {});
    r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    const QByteArray body = QJsonDocument(
        QJsonObject{{QStringLiteral("username"), username},
            {QStringLiteral("password"),
                password}}).toJson(QJsonDocument::Compact);
    ReplyPtr reply(m_nam.post(r, body));
    if (!wait(reply.get(), timeoutMs) || reply->error() != QNetworkReply::NoError) {
        *error = QStringLiteral("login as %1 failed: %2").arg(username, describe(reply.get()));
        return std::nullopt;
    }
    const QByteArray token = QJsonDocument::fromJson(reply->readAll())
                                 .object()
                                 .value(QLatin1String("token"))
                                 .toString()
                                 .toUtf8();
    if (token.isEmpty()) {
        *error = QStringLiteral("login as %1 returned no token").arg(username);
        return std::nullopt;
    }
    return token;
}

std::optional<QJsonObject> RestClient::getJson(
    const QString &path, const QByteArray &token, int timeoutMs, QString *error)
{
    ReplyPtr reply(m_nam.get(request(path, token)));
    if (!wait(reply.get(), timeoutMs) || reply->error() != QNetworkReply::NoError) {
        *error = QStringLiteral("GET %1 failed: %2").arg(path, describe(reply.get()));
        return std::nullopt;
    }
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(reply->readAll(), &parseError);
    if (!doc.isObject()) {
        *error = QStringLiteral("GET %1 did not return a JSON object").arg(path);
        return std::nullopt;
    }
    return doc.object();
}

std::optional<QJsonObject> RestClient::postJson(const QString &path, const QByteArray &token,
    const QJsonObject &body, int timeoutMs, QString *error)
{
    QNetworkRequest r = request(path, token);
    r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    ReplyPtr reply(m_nam.post(r, QJsonDocument(body).toJson(QJsonDocument::Compact)));
    if (!wait(reply.get(), timeoutMs) || reply->error() != QNetworkReply::NoError) {
        *error = QStringLiteral("POST %1 failed: %2").arg(path, describe(reply.get()));
        return std::nullopt;
    }
    return QJsonDocument::fromJson(reply->readAll()).object();
}

std::optional<QUrl> RestClient::streamUrlAtHead(int timeoutMs, QString *error)
{
    const auto health = getJson(QStringLiteral("/healthz"), {}, timeoutMs, error);
    if (!health)
        return std::nullopt;
    QUrl url = m_base;
    url.setScheme(QStringLiteral("ws"));
    url.setPath(QStringLiteral("/api/v1/stream"));
    url.setQuery(QStringLiteral("since=%1")
                     .arg(qint64(health->value(QLatin1String("event_seq")).toDouble())));
    return url;
}

std::optional<QByteArray> RestClient::getRaw(const QString &path, int timeoutMs, QString *error)
{
    ReplyPtr reply(m_nam.get(request(path, {})));
    if (!wait(reply.get(), timeoutMs) || reply->error() != QNetworkReply::NoError) {
        *error = QStringLiteral("GET %1 failed: %2").arg(path, describe(reply.get()));
        return std::nullopt;
    }
    return reply->readAll();
}

QNetworkReply *RestClient::putPresence(
    const QByteArray &token, const QString &clientId, const QString &state, const QString &reason)
{
    QNetworkRequest r = request(QStringLiteral("/api/v1/me/presence"), token);
    r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    const QByteArray body = QJsonDocument(
        QJsonObject{{QStringLiteral("client_id"), clientId}, {QStringLiteral("state"), state},
            {QStringLiteral("reason"),
                reason}}).toJson(QJsonDocument::Compact);
    return m_nam.put(r, body);
}

} // namespace Switchboard::Bench
