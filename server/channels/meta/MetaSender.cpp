// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MetaSender.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

namespace Switchboard::Hub {

using namespace Domain;

namespace {

// Graph error codes that mean "too much, too fast" or "try again": the API's own throttling
// (4, 17, 32, 613), temporary failures (1, 2) and WhatsApp's rate limits.
constexpr int RetryCodes[] = {1, 2, 4, 17, 32, 341, 613, 80001, 80002, 80004, 80005, 80006, 80008,
    130429, 131048, 131056};

QString text(const QJsonObject &o, QLatin1String key)
{
    const QJsonValue v = o.value(key);
    return v.isDouble() ? QString::number(v.toInteger()) : v.toString();
}

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray form(const QString &message)
{
    return "message=" + QUrl::toPercentEncoding(message);
}

} // namespace

MetaSender::MetaSender(MetaSettings settings)
    : m_settings(std::move(settings))
{
}

QList<ChannelKind> MetaSender::channels() const
{
    QList<ChannelKind> out{ChannelKind::FacebookComment, ChannelKind::InstagramComment,
        ChannelKind::Messenger, ChannelKind::InstagramDm};
    if (!m_settings.whatsappPhoneNumberId.isEmpty())
        out.append(ChannelKind::WhatsApp);
    return out;
}

void MetaSender::post(const QString &path, const QByteArray &body, const QByteArray &contentType,
    ChannelKind channel, std::function<void(const SendOutcome &)> done)
{
    QNetworkRequest request(ProviderHttp::join(m_settings.graphUrl, path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    // In a header rather than the query, so the token never appears in a URL or its logs.
    request.setRawHeader("Authorization", "Bearer " + m_settings.pageAccessToken.toUtf8());
    m_http.post(request, body,
        [channel, done = std::move(done)](
            const ProviderResponse &response) { done(outcomeOf(response, channel)); });
}

void MetaSender::send(const OutboundReply &reply, std::function<void(const SendOutcome &)> done)
{
    const auto fail = [&](const QString &reason) {
        SendOutcome outcome;
        outcome.status = SendOutcome::Status::Failed;
        outcome.reason = reason;
        done(outcome);
    };
    const QString page = m_settings.pageId.isEmpty() ? QStringLiteral("me") : m_settings.pageId;
    const QString commentId = reply.inReplyToMetadata.value(QLatin1String("comment_id")).toString();
    switch (reply.channel) {
    case ChannelKind::FacebookComment:
    case ChannelKind::InstagramComment: {
        if (reply.inReplyToProviderId.isEmpty())
            return fail(QStringLiteral("there is no comment to reply to"));
        // A comment is answered under its own thread: on Facebook a reply to a reply goes
        // under the top-level comment (Instagram does that by itself).
        QString target = reply.inReplyToProviderId;
        const QString parent = reply.inReplyToMetadata.value(QLatin1String("parent_id")).toString();
        const QString postId = reply.inReplyToMetadata.value(QLatin1String("post_id")).toString();
        if (reply.channel == ChannelKind::FacebookComment && !parent.isEmpty() && parent != postId)
            target = parent;
        const QString edge = reply.channel == ChannelKind::FacebookComment
            ? QStringLiteral("/%1/comments")
            : QStringLiteral("/%1/replies");
        return post(edge.arg(target), form(reply.body), "application/x-www-form-urlencoded",
            reply.channel, std::move(done));
    }
    case ChannelKind::Messenger:
    case ChannelKind::InstagramDm: {
        QJsonObject body;
        // What the reply answers is a comment (the conversation was moved here from one): the
        // first message is a private reply to it, addressed by the comment's id.
        if (!commentId.isEmpty()) {
            body.insert(QLatin1String("recipient"), QJsonObject{{QStringLiteral("comment_id"), commentId}});
        } else if (!reply.recipient.value.isEmpty()) {
            body.insert(QLatin1String("recipient"),
                QJsonObject{{QStringLiteral("id"), reply.recipient.value}});
            body.insert(QLatin1String("messaging_type"), QStringLiteral("RESPONSE"));
        } else {
            return fail(QStringLiteral("the customer has no %1 id to write to")
                            .arg(toWire(reply.channel)));
        }
        body.insert(QLatin1String("message"), QJsonObject{{QStringLiteral("text"), reply.body}});
        return post(QStringLiteral("/%1/messages").arg(page), json(body), "application/json",
            reply.channel, std::move(done));
    }
    case ChannelKind::WhatsApp: {
        if (reply.recipient.value.isEmpty())
            return fail(QStringLiteral("the customer has no WhatsApp number to write to"));
        const QJsonObject body{{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
            {QStringLiteral("recipient_type"), QStringLiteral("individual")},
            {QStringLiteral("to"), reply.recipient.value}, {QStringLiteral("type"), QStringLiteral("text")},
            {QStringLiteral("text"), QJsonObject{{QStringLiteral("body"), reply.body}}}};
        return post(QStringLiteral("/%1/messages").arg(m_settings.whatsappPhoneNumberId),
            json(body), "application/json", reply.channel, std::move(done));
    }
    default:
        return fail(QStringLiteral("Meta does not deliver %1").arg(toWire(reply.channel)));
    }
}

SendOutcome MetaSender::outcomeOf(const ProviderResponse &response, ChannelKind channel)
{
    const QJsonObject &root = response.json;
    if (response.ok()) {
        SendOutcome sent;
        if (channel == ChannelKind::WhatsApp) {
            const QJsonObject first = root.value(QLatin1String("messages")).toArray().first().toObject();
            sent.providerMessageId = text(first, QLatin1String("id"));
            const QString waId = text(
                root.value(QLatin1String("contacts")).toArray().first().toObject(), QLatin1String("wa_id"));
            if (!waId.isEmpty())
                sent.channelMetadata.insert(QLatin1String("wa_id"), waId);
        } else if (root.contains(QLatin1String("message_id"))) {
            sent.providerMessageId = text(root, QLatin1String("message_id"));
            const QString recipient = text(root, QLatin1String("recipient_id"));
            if (!recipient.isEmpty())
                sent.channelMetadata.insert(QLatin1String("recipient_id"), recipient);
        } else {
            sent.providerMessageId = text(root, QLatin1String("id"));
        }
        return sent;
    }
    const QJsonObject error = root.value(QLatin1String("error")).toObject();
    if (!response.answered() || error.isEmpty())
        return ProviderHttp::byStatus(response, QStringLiteral("Graph API answered HTTP %1").arg(response.status));
    const int code = error.value(QLatin1String("code")).toInt();
    QString reason = text(error, QLatin1String("message"));
    QStringList details;
    if (!text(error, QLatin1String("type")).isEmpty())
        details.append(text(error, QLatin1String("type")));
    details.append(QStringLiteral("code %1").arg(code));
    if (error.contains(QLatin1String("error_subcode")))
        details.append(QStringLiteral("subcode %1").arg(text(error, QLatin1String("error_subcode"))));
    if (!text(error, QLatin1String("fbtrace_id")).isEmpty())
        details.append(QStringLiteral("fbtrace_id %1").arg(text(error, QLatin1String("fbtrace_id"))));
    reason += QStringLiteral(" (%1)").arg(details.join(QLatin1String(", ")));
    const bool transient = error.value(QLatin1String("is_transient")).toBool()
        || std::find(std::begin(RetryCodes), std::end(RetryCodes), code) != std::end(RetryCodes);
    if (transient)
        return ProviderHttp::retry(response, reason);
    return ProviderHttp::byStatus(response, reason);
}

} // namespace Switchboard::Hub
