// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MetaWebhook.h"

#include "channels/ConstantTime.h"
#include "channels/DeliveryStatus.h"

#include <QJsonArray>
#include <QMessageAuthenticationCode>

namespace Switchboard::Hub {

using namespace Domain;

namespace {

// Meta writes ids as strings in newer payloads and as numbers in older ones.
QString idText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toInteger());
    return {};
}

QString text(const QJsonObject &object, QLatin1String key)
{
    return object.value(key).toString();
}

QJsonObject object(const QJsonObject &parent, QLatin1String key)
{
    return parent.value(key).toObject();
}

QDateTime fromSeconds(const QJsonValue &value)
{
    const qint64 seconds
        = value.isString() ? value.toString().toLongLong() : qint64(value.toInteger());
    return seconds > 0 ? QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC) : QDateTime();
}

QDateTime fromMilliseconds(const QJsonValue &value)
{
    const qint64 ms = value.toInteger();
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC) : QDateTime();
}

// Attachments are kept as channel metadata; the body names them so the agent sees what came.
void addAttachment(InboundMessage &message, const QString &type, const QJsonObject &details)
{
    QJsonArray attachments = message.channelMetadata.value(QLatin1String("attachments")).toArray();
    QJsonObject attachment = details;
    attachment.insert(QLatin1String("type"), type);
    attachments.append(attachment);
    message.channelMetadata.insert(QLatin1String("attachments"), attachments);
    const QString line = QStringLiteral("[%1]").arg(type);
    message.body = message.body.isEmpty() ? line : message.body + QLatin1Char('\n') + line;
}

// Messenger and Instagram direct messages share one shape.
void readMessaging(const QJsonArray &events, ChannelKind channel, IdentityKind identity,
    const QString &pageId, MetaDelivery &out)
{
    for (const QJsonValue &value : events) {
        const QJsonObject event = value.toObject();
        const QJsonObject message = object(event, QLatin1String("message"));
        const QString sender
            = idText(object(event, QLatin1String("sender")).value(QLatin1String("id")));
        // Echoes are what the page itself sent; reads, deliveries and postbacks are no message.
        if (message.isEmpty() || message.value(QLatin1String("is_echo")).toBool()
            || sender.isEmpty() || (!pageId.isEmpty() && sender == pageId)) {
            ++out.ignored;
            continue;
        }
        InboundMessage in;
        in.channel = channel;
        in.sender = Identity{0, identity, sender};
        in.threadId = sender;
        in.providerMessageId = text(message, QLatin1String("mid"));
        in.body = text(message, QLatin1String("text"));
        in.sentAt = fromMilliseconds(event.value(QLatin1String("timestamp")));
        const QString replyTo
            = text(object(message, QLatin1String("reply_to")), QLatin1String("mid"));
        if (!replyTo.isEmpty())
            in.channelMetadata.insert(QLatin1String("reply_to"), replyTo);
        for (const QJsonValue &a : message.value(QLatin1String("attachments")).toArray()) {
            const QJsonObject attachment = a.toObject();
            addAttachment(in, text(attachment, QLatin1String("type")),
                {{QStringLiteral("url"),
                    text(object(attachment, QLatin1String("payload")), QLatin1String("url"))}});
        }
        out.messages.append(in);
    }
}

// A Page feed change; only comments are customer work.
void readFeed(const QJsonObject &value, const QString &pageId, MetaDelivery &out)
{
    const QJsonObject from = object(value, QLatin1String("from"));
    // Graph >= 2.11 names the author in "from"; older deliveries in sender_id / sender_name.
    const QString sender = from.isEmpty() ? idText(value.value(QLatin1String("sender_id")))
                                          : idText(from.value(QLatin1String("id")));
    const QString name = from.isEmpty() ? text(value, QLatin1String("sender_name"))
                                        : text(from, QLatin1String("name"));
    const QString verb = text(value, QLatin1String("verb"));
    const QString commentId = text(value, QLatin1String("comment_id"));
    if (text(value, QLatin1String("item")) != QLatin1String("comment") || commentId.isEmpty()
        || (!pageId.isEmpty() && sender == pageId)) {
        ++out.ignored;
        return;
    }
    if (verb == QLatin1String("add")) {
        InboundMessage in;
        in.channel = ChannelKind::FacebookComment;
        in.sender = Identity{0, IdentityKind::Facebook, sender};
        in.senderName = name;
        in.threadId = text(value, QLatin1String("post_id"));
        in.providerMessageId = commentId;
        in.body = text(value, QLatin1String("message"));
        in.sentAt = fromSeconds(value.value(QLatin1String("created_time")));
        for (const QLatin1String key :
            {QLatin1String("post_id"), QLatin1String("parent_id"), QLatin1String("comment_id")})
            in.channelMetadata.insert(key, text(value, key));
        const QString photo = text(value, QLatin1String("photo"));
        if (!photo.isEmpty())
            addAttachment(in, QStringLiteral("photo"), {{QStringLiteral("url"), photo}});
        if (in.sender.value.isEmpty()) {
            ++out.ignored;
            return;
        }
        out.messages.append(in);
        return;
    }
    MetaCommentChange change;
    change.commentId = commentId;
    if (verb == QLatin1String("edited")) {
        change.kind = MetaCommentChange::Kind::Edited;
        change.text = text(value, QLatin1String("message"));
    } else if (verb == QLatin1String("hide")) {
        change.kind = MetaCommentChange::Kind::Hidden;
    } else if (verb == QLatin1String("unhide")) {
        change.kind = MetaCommentChange::Kind::Unhidden;
    } else if (verb == QLatin1String("remove")) {
        change.kind = MetaCommentChange::Kind::Removed;
    } else {
        ++out.ignored;
        return;
    }
    out.commentChanges.append(change);
}

void readInstagramComment(const QJsonObject &value, const QString &pageId, MetaDelivery &out)
{
    const QJsonObject from = object(value, QLatin1String("from"));
    const QString sender = idText(from.value(QLatin1String("id")));
    const QString commentId = idText(value.value(QLatin1String("id")));
    if (sender.isEmpty() || commentId.isEmpty() || (!pageId.isEmpty() && sender == pageId)) {
        ++out.ignored;
        return;
    }
    InboundMessage in;
    in.channel = ChannelKind::InstagramComment;
    in.sender = Identity{0, IdentityKind::Instagram, sender};
    in.senderName = text(from, QLatin1String("username"));
    const QString mediaId
        = idText(object(value, QLatin1String("media")).value(QLatin1String("id")));
    in.threadId = mediaId;
    in.providerMessageId = commentId;
    in.body = text(value, QLatin1String("text"));
    in.channelMetadata.insert(QLatin1String("media_id"), mediaId);
    in.channelMetadata.insert(
        QLatin1String("parent_id"), idText(value.value(QLatin1String("parent_id"))));
    in.channelMetadata.insert(QLatin1String("comment_id"), commentId);
    out.messages.append(in);
}

void readWhatsApp(const QJsonObject &value, MetaDelivery &out)
{
    QHash<QString, QString> names;
    for (const QJsonValue &c : value.value(QLatin1String("contacts")).toArray()) {
        const QJsonObject contact = c.toObject();
        names.insert(text(contact, QLatin1String("wa_id")),
            text(object(contact, QLatin1String("profile")), QLatin1String("name")));
    }
    for (const QJsonValue &m : value.value(QLatin1String("messages")).toArray()) {
        const QJsonObject message = m.toObject();
        const QString from = text(message, QLatin1String("from"));
        if (from.isEmpty()) {
            ++out.ignored;
            continue;
        }
        InboundMessage in;
        in.channel = ChannelKind::WhatsApp;
        in.sender = Identity{0, IdentityKind::WhatsApp, from};
        in.senderName = names.value(from);
        in.threadId = from;
        in.providerMessageId = text(message, QLatin1String("id"));
        in.sentAt = fromSeconds(message.value(QLatin1String("timestamp")));
        const QString type = text(message, QLatin1String("type"));
        if (type == QLatin1String("text")) {
            in.body = text(object(message, QLatin1String("text")), QLatin1String("body"));
        } else {
            // Media arrives as an id to fetch from the Graph API; its caption is the text.
            const QJsonObject media = message.value(type).toObject();
            in.body = text(media, QLatin1String("caption"));
            addAttachment(in, type,
                {{QStringLiteral("media_id"), text(media, QLatin1String("id"))},
                    {QStringLiteral("mime_type"), text(media, QLatin1String("mime_type"))}});
        }
        out.messages.append(in);
    }
    for (const QJsonValue &s : value.value(QLatin1String("statuses")).toArray()) {
        const QJsonObject status = s.toObject();
        const auto state = deliveryStateNamed(text(status, QLatin1String("status")));
        const QString id = text(status, QLatin1String("id"));
        if (!state || id.isEmpty()) {
            ++out.ignored;
            continue;
        }
        MetaStatus update{id, *state, {}};
        const QJsonObject error
            = status.value(QLatin1String("errors")).toArray().first().toObject();
        if (!error.isEmpty()) {
            update.error = QStringLiteral("%1 (%2)").arg(
                text(error, QLatin1String("title")), idText(error.value(QLatin1String("code"))));
        }
        out.statuses.append(update);
    }
}

} // namespace

bool MetaWebhook::constantTimeEquals(QByteArrayView a, QByteArrayView b)
{
    return Hub::constantTimeEquals(a, b);
}

bool MetaWebhook::signatureValid(
    QByteArrayView appSecret, QByteArrayView body, QByteArrayView header)
{
    const QByteArrayView prefix("sha256=");
    if (appSecret.isEmpty() || !header.startsWith(prefix))
        return false;
    const QByteArray given = header.sliced(prefix.size()).toByteArray().toLower();
    const QByteArray expected = QMessageAuthenticationCode::hash(
        body.toByteArray(), appSecret.toByteArray(), QCryptographicHash::Sha256)
                                    .toHex();
    return constantTimeEquals(given, expected);
}

bool MetaWebhook::handshakeValid(
    const QString &mode, const QString &token, const QString &expectedToken)
{
    return mode == QLatin1String("subscribe") && !expectedToken.isEmpty()
        && constantTimeEquals(token.toUtf8(), expectedToken.toUtf8());
}

std::optional<MetaDelivery> MetaWebhook::parse(
    const QJsonObject &root, const QString &pageId, QString *error)
{
    const QString kind = text(root, QLatin1String("object"));
    if (kind.isEmpty() || !root.value(QLatin1String("entry")).isArray()) {
        *error = QStringLiteral("a Meta delivery has an \"object\" and an \"entry\" array");
        return std::nullopt;
    }
    MetaDelivery out;
    const bool page = kind == QLatin1String("page");
    const bool instagram = kind == QLatin1String("instagram");
    const bool whatsapp = kind == QLatin1String("whatsapp_business_account");
    for (const QJsonValue &e : root.value(QLatin1String("entry")).toArray()) {
        const QJsonObject entry = e.toObject();
        if (page || instagram) {
            readMessaging(entry.value(QLatin1String("messaging")).toArray(),
                page ? ChannelKind::Messenger : ChannelKind::InstagramDm,
                page ? IdentityKind::Facebook : IdentityKind::Instagram, pageId, out);
        }
        for (const QJsonValue &c : entry.value(QLatin1String("changes")).toArray()) {
            const QJsonObject change = c.toObject();
            const QString field = text(change, QLatin1String("field"));
            const QJsonObject value = object(change, QLatin1String("value"));
            if (page && field == QLatin1String("feed"))
                readFeed(value, pageId, out);
            else if (instagram && field == QLatin1String("comments"))
                readInstagramComment(value, pageId, out);
            else if (whatsapp && field == QLatin1String("messages"))
                readWhatsApp(value, out);
            else
                ++out.ignored;
        }
    }
    return out;
}

} // namespace Switchboard::Hub
