// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "XSender.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace Switchboard::Hub {

using namespace Domain;

XSender::XSender(Settings settings)
    : m_settings(std::move(settings))
{
}

QList<ChannelKind> XSender::channels() const
{
    return {ChannelKind::XPost, ChannelKind::XDm};
}

void XSender::send(const OutboundReply &reply, std::function<void(const SendOutcome &)> done)
{
    QString path;
    QJsonObject body{{QStringLiteral("text"), reply.body}};
    if (reply.channel == ChannelKind::XPost) {
        if (!reply.inReplyToProviderId.isEmpty()) {
            path = QStringLiteral("/2/tweets");
            body.insert(QLatin1String("reply"),
                QJsonObject{{QStringLiteral("in_reply_to_tweet_id"), reply.inReplyToProviderId}});
        }
    } else if (reply.channel == ChannelKind::XDm) {
        const QString conversation
            = reply.inReplyToMetadata.value(QLatin1String("dm_conversation_id")).toString();
        if (!reply.recipient.value.isEmpty()) {
            path = QStringLiteral("/2/dm_conversations/with/%1/messages")
                       .arg(QString::fromLatin1(QUrl::toPercentEncoding(reply.recipient.value)));
        } else if (!conversation.isEmpty()) {
            path = QStringLiteral("/2/dm_conversations/%1/messages")
                       .arg(QString::fromLatin1(QUrl::toPercentEncoding(conversation)));
        }
    }
    if (path.isEmpty()) {
        SendOutcome outcome;
        outcome.status = SendOutcome::Status::Failed;
        outcome.reason = reply.channel == ChannelKind::XPost
            ? QStringLiteral("there is no post to reply to")
            : QStringLiteral("the customer has no X id to write to");
        return done(outcome);
    }
    QNetworkRequest request(ProviderHttp::join(m_settings.apiUrl, path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    request.setRawHeader("Authorization", "Bearer " + m_settings.accessToken.toUtf8());
    m_http.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact),
        [done = std::move(done)](const ProviderResponse &response) { done(outcomeOf(response)); });
}

SendOutcome XSender::outcomeOf(const ProviderResponse &response)
{
    const QJsonObject data = response.json.value(QLatin1String("data")).toObject();
    if (response.ok()) {
        SendOutcome sent;
        if (data.contains(QLatin1String("dm_event_id"))) {
            sent.providerMessageId = data.value(QLatin1String("dm_event_id")).toString();
            sent.channelMetadata.insert(QLatin1String("dm_conversation_id"),
                data.value(QLatin1String("dm_conversation_id")).toString());
        } else {
            sent.providerMessageId = data.value(QLatin1String("id")).toString();
        }
        return sent;
    }
    // A problem: {"title", "detail", "type", "status"}; older answers list "errors".
    const QJsonObject &root = response.json;
    QStringList parts;
    for (const QLatin1String key : {QLatin1String("title"), QLatin1String("detail")}) {
        const QString part = root.value(key).toString();
        if (!part.isEmpty())
            parts.append(part);
    }
    for (const QJsonValue &e : root.value(QLatin1String("errors")).toArray()) {
        const QString message = e.toObject().value(QLatin1String("message")).toString();
        if (!message.isEmpty() && !parts.contains(message))
            parts.append(message);
    }
    const QString reason = parts.isEmpty()
        ? QStringLiteral("X API answered HTTP %1").arg(response.status)
        : parts.join(QLatin1String(": "));
    SendOutcome outcome = ProviderHttp::byStatus(response, reason);
    // X says when its rate-limit window resets, as epoch seconds.
    if (response.status == 429 && outcome.retryAfterSeconds == 0) {
        bool ok = false;
        const qint64 reset = response.headers.value("x-rate-limit-reset").toLongLong(&ok);
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        if (ok && reset > now)
            outcome.retryAfterSeconds = int(std::min<qint64>(reset - now, 24 * 3600));
    }
    return outcome;
}

} // namespace Switchboard::Hub
