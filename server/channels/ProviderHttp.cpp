// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProviderHttp.h"

#include <QJsonDocument>

namespace Switchboard::Hub {

ProviderHttp::ProviderHttp(QObject *parent)
    : QObject(parent)
{
}

ProviderHttp::~ProviderHttp()
{
    // No answer after this: the dispatcher records nothing for a try cut short by shutdown,
    // and sends the reply again when the hub comes back.
    for (QNetworkReply *reply : std::as_const(m_pending)) {
        reply->disconnect(this);
        reply->abort();
        delete reply;
    }
}

QUrl ProviderHttp::join(const QString &base, const QString &path)
{
    QString b = base;
    while (b.endsWith(QLatin1Char('/')))
        b.chop(1);
    return QUrl(b + path);
}

void ProviderHttp::post(QNetworkRequest request, const QByteArray &body,
    std::function<void(const ProviderResponse &)> done)
{
    request.setTransferTimeout(TimeoutMilliseconds);
    QNetworkReply *reply = m_network.post(request, body);
    m_pending.insert(reply);
    connect(reply, &QNetworkReply::finished, this, [this, reply, done = std::move(done)] {
        m_pending.remove(reply);
        reply->deleteLater();
        ProviderResponse response;
        for (const auto &[name, value] : reply->rawHeaderPairs())
            response.headers.insert(name.toLower(), value);
        response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        response.body = reply->readAll();
        response.json = QJsonDocument::fromJson(response.body).object();
        if (!response.answered())
            response.networkError = reply->errorString();
        bool ok = false;
        const int after = response.headers.value("retry-after").trimmed().toInt(&ok);
        if (ok && after > 0)
            response.retryAfterSeconds = after;
        done(response);
    });
}

SendOutcome ProviderHttp::retry(const ProviderResponse &response, const QString &reason)
{
    SendOutcome outcome;
    outcome.status = SendOutcome::Status::Retry;
    outcome.retryAfterSeconds = response.retryAfterSeconds;
    outcome.reason = response.answered() ? reason
                                          : QStringLiteral("the provider could not be reached (%1)")
                                                .arg(response.networkError);
    return outcome;
}

SendOutcome ProviderHttp::byStatus(const ProviderResponse &response, const QString &reason)
{
    if (!response.answered() || response.status >= 500 || response.status == 429)
        return retry(response, reason);
    SendOutcome outcome;
    outcome.status = SendOutcome::Status::Failed;
    outcome.reason = reason;
    return outcome;
}

} // namespace Switchboard::Hub
