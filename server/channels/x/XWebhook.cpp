// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "XWebhook.h"

#include "channels/ConstantTime.h"

#include <QJsonArray>
#include <QLocale>
#include <QMessageAuthenticationCode>
#include <QTimeZone>

namespace Switchboard::Hub {

using namespace Domain;

namespace {

QString text(const QJsonObject &object, QLatin1String key)
{
    return object.value(key).toString();
}

QJsonObject object(const QJsonObject &parent, QLatin1String key)
{
    return parent.value(key).toObject();
}

// X's ids are 64-bit: the *_str twin is exact, the number may have lost digits as a double.
QString idOf(const QJsonObject &object, QLatin1String key)
{
    const QString exact = object.value(key + QLatin1String("_str")).toString();
    if (!exact.isEmpty())
        return exact;
    const QJsonValue value = object.value(key);
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toInteger());
    return {};
}

QDateTime fromMilliseconds(const QJsonValue &value)
{
    const qint64 ms = value.isString() ? value.toString().toLongLong() : qint64(value.toInteger());
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC) : QDateTime();
}

// v1.1 posts say "Fri Aug 21 19:10:05 +0000 2020"; X writes them in UTC.
QDateTime fromCreatedAt(const QString &createdAt)
{
    QDateTime t
        = QLocale::c().toDateTime(createdAt, QStringLiteral("ddd MMM dd HH:mm:ss '+0000' yyyy"));
    if (t.isValid())
        t.setTimeZone(QTimeZone::utc());
    return t;
}

void addAttachment(InboundMessage &message, const QString &type, const QString &url)
{
    QJsonArray attachments = message.channelMetadata.value(QLatin1String("attachments")).toArray();
    attachments.append(QJsonObject{{QStringLiteral("type"), type}, {QStringLiteral("url"), url}});
    message.channelMetadata.insert(QLatin1String("attachments"), attachments);
    const QString line = QStringLiteral("[%1]").arg(type);
    message.body = message.body.isEmpty() ? line : message.body + QLatin1Char('\n') + line;
}

// Who wrote it, as the customer is known: the stable user id, with the handle and the reach
// (followers) kept for the agent and for routing.
void setSender(InboundMessage &in, const QString &userId, const QJsonObject &user)
{
    in.sender = Identity{0, IdentityKind::X, userId};
    in.senderName = text(user, QLatin1String("name"));
    in.channelMetadata.insert(QLatin1String("user_id"), userId);
    const QString handle = text(user, QLatin1String("screen_name"));
    if (!handle.isEmpty())
        in.channelMetadata.insert(QLatin1String("screen_name"), handle);
    if (user.value(QLatin1String("followers_count")).isDouble()) {
        in.channelMetadata.insert(QLatin1String("followers_count"),
            user.value(QLatin1String("followers_count")).toInteger());
    }
}

// A long post arrives truncated in "text", whole in extended_tweet.full_text.
QString fullText(const QJsonObject &post)
{
    const QString extended
        = text(object(post, QLatin1String("extended_tweet")), QLatin1String("full_text"));
    if (post.value(QLatin1String("truncated")).toBool() && !extended.isEmpty())
        return extended;
    const QString full = text(post, QLatin1String("full_text"));
    return full.isEmpty() ? text(post, QLatin1String("text")) : full;
}

bool isOwn(const QString &userId, const QStringList &own)
{
    return userId.isEmpty() || own.contains(userId);
}

void readPosts(const QJsonArray &posts, const QStringList &own, XDelivery &out)
{
    for (const QJsonValue &value : posts) {
        const QJsonObject post = value.toObject();
        const QJsonObject user = object(post, QLatin1String("user"));
        const QString userId = idOf(user, QLatin1String("id"));
        const QString postId = idOf(post, QLatin1String("id"));
        // Retweets of the account's posts are no one asking anything.
        if (postId.isEmpty() || isOwn(userId, own)
            || post.contains(QLatin1String("retweeted_status"))) {
            ++out.ignored;
            continue;
        }
        InboundMessage in;
        in.channel = ChannelKind::XPost;
        setSender(in, userId, user);
        in.providerMessageId = postId;
        in.body = fullText(post);
        const QDateTime at = fromMilliseconds(post.value(QLatin1String("timestamp_ms")));
        in.sentAt = at.isValid() ? at : fromCreatedAt(text(post, QLatin1String("created_at")));
        const QString inReplyTo = idOf(post, QLatin1String("in_reply_to_status_id"));
        const QString conversation = idOf(post, QLatin1String("conversation_id"));
        // One public conversation per thread: X's conversation id where the payload has it,
        // else the post answered (the endpoint follows it to a thread the hub already has),
        // else the post itself starts one.
        in.threadId = !conversation.isEmpty() ? conversation
            : !inReplyTo.isEmpty()            ? inReplyTo
                                              : postId;
        in.channelMetadata.insert(QLatin1String("post_id"), postId);
        if (!inReplyTo.isEmpty())
            in.channelMetadata.insert(QLatin1String("in_reply_to_status_id"), inReplyTo);
        out.messages.append(in);
    }
}

void readDirectMessages(
    const QJsonArray &events, const QJsonObject &users, const QStringList &own, XDelivery &out)
{
    for (const QJsonValue &value : events) {
        const QJsonObject event = value.toObject();
        const QJsonObject create = object(event, QLatin1String("message_create"));
        const QString sender = text(create, QLatin1String("sender_id"));
        const QString id = text(event, QLatin1String("id"));
        if (text(event, QLatin1String("type")) != QLatin1String("message_create") || id.isEmpty()
            || isOwn(sender, own)) {
            ++out.ignored;
            continue;
        }
        InboundMessage in;
        in.channel = ChannelKind::XDm;
        setSender(in, sender, users.value(sender).toObject());
        in.threadId = sender;
        in.providerMessageId = id;
        const QJsonObject data = object(create, QLatin1String("message_data"));
        in.body = text(data, QLatin1String("text"));
        in.sentAt = fromMilliseconds(event.value(QLatin1String("created_timestamp")));
        const QString recipient
            = text(object(create, QLatin1String("target")), QLatin1String("recipient_id"));
        in.channelMetadata.insert(QLatin1String("recipient_id"), recipient);
        const QJsonObject media
            = object(object(data, QLatin1String("attachment")), QLatin1String("media"));
        if (!media.isEmpty()) {
            addAttachment(in, text(media, QLatin1String("type")),
                text(media, QLatin1String("media_url_https")));
        }
        out.messages.append(in);
    }
}

} // namespace

QByteArray XWebhook::crcResponseToken(QByteArrayView consumerSecret, QByteArrayView crcToken)
{
    return "sha256="
        + QMessageAuthenticationCode::hash(
            crcToken.toByteArray(), consumerSecret.toByteArray(), QCryptographicHash::Sha256)
              .toBase64();
}

bool XWebhook::signatureValid(
    QByteArrayView consumerSecret, QByteArrayView body, QByteArrayView header)
{
    if (consumerSecret.isEmpty() || !header.startsWith(QByteArrayView("sha256=")))
        return false;
    return constantTimeEquals(header, crcResponseToken(consumerSecret, body));
}

std::optional<XDelivery> XWebhook::parse(
    const QJsonObject &root, const QString &ownUserId, QString *error)
{
    const QString forUser = text(root, QLatin1String("for_user_id"));
    if (forUser.isEmpty()) {
        *error = QStringLiteral("an Account Activity delivery names its account in for_user_id");
        return std::nullopt;
    }
    QStringList own{forUser};
    if (!ownUserId.isEmpty())
        own.append(ownUserId);
    XDelivery out;
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (it.key() == QLatin1String("tweet_create_events")) {
            readPosts(it.value().toArray(), own, out);
        } else if (it.key() == QLatin1String("direct_message_events")) {
            readDirectMessages(
                it.value().toArray(), object(root, QLatin1String("users")), own, out);
        } else if (it.key().endsWith(QLatin1String("_events"))) {
            out.ignored += std::max<qsizetype>(1, it.value().toArray().size());
        }
    }
    return out;
}

} // namespace Switchboard::Hub
