// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EmailIntake.h"

#include "MimeParser.h"
#include "storage/AttachmentRepository.h"
#include "storage/ConversationRepository.h"
#include "storage/MessageRepository.h"
#include "storage/Storage.h"

#include <QCryptographicHash>
#include <QJsonArray>

namespace Switchboard::Hub {

using namespace Domain;

namespace {

QJsonArray addressList(const QList<MailAddress> &addresses)
{
    QJsonArray list;
    for (const MailAddress &a : addresses)
        list.append(a.name.isEmpty() ? a.address : QStringLiteral("%1 <%2>").arg(a.name, a.address));
    return list;
}

} // namespace

EmailIntake::EmailIntake(Storage &storage, InboundService &inbound, const QString &ownAddress)
    : m_storage(storage)
    , m_inbound(inbound)
    , m_ownAddress(ownAddress.trimmed().toLower())
{
}

QString EmailIntake::threadFor(const MimeMessage &email, const QString &messageId)
{
    QStringList referred = email.references;
    if (!email.inReplyTo.isEmpty())
        referred.append(email.inReplyTo);
    // Newest first: the message answered is the best guide to the conversation.
    for (auto it = referred.crbegin(); it != referred.crend(); ++it) {
        const auto known = m_storage.messages().byProviderId(ChannelKind::Email, *it);
        if (!known)
            continue;
        const auto conversation = m_storage.conversations().byId(known->conversationId);
        if (conversation && !conversation->externalThreadId.isEmpty())
            return conversation->externalThreadId;
    }
    if (!email.references.isEmpty())
        return email.references.first();
    return messageId;
}

InboundMessage EmailIntake::toInbound(const MimeMessage &email, QByteArrayView raw)
{
    InboundMessage in;
    in.channel = ChannelKind::Email;
    in.sender = Identity{0, IdentityKind::Email, email.from.address.toLower()};
    in.senderName = email.from.name;
    // Without a Message-ID the bytes name the email, so fetching it again finds it stored.
    in.providerMessageId = !email.messageId.isEmpty()
        ? email.messageId
        : QStringLiteral("<%1@switchboard.invalid>")
              .arg(QString::fromLatin1(
                  QCryptographicHash::hash(raw, QCryptographicHash::Sha256).toHex()));
    in.threadId = threadFor(email, in.providerMessageId);
    in.subject = email.subject;
    in.body = email.text;
    in.bodyHtml = email.html;
    in.sentAt = email.date;

    QJsonObject meta;
    meta.insert(QLatin1String("message_id"), in.providerMessageId);
    meta.insert(QLatin1String("in_reply_to"), email.inReplyTo);
    meta.insert(QLatin1String("references"), QJsonArray::fromStringList(email.references));
    meta.insert(QLatin1String("subject"), email.subject);
    meta.insert(QLatin1String("from"), addressList({email.from}).first());
    meta.insert(QLatin1String("to"), addressList(email.to));
    meta.insert(QLatin1String("cc"), addressList(email.cc));
    if (!email.replyTo.isEmpty())
        meta.insert(QLatin1String("reply_to"), addressList(email.replyTo));
    QJsonArray attachments;
    for (qsizetype i = 0; i < email.attachments.size(); ++i) {
        const MimeAttachment &a = email.attachments.at(i);
        QJsonObject entry{{QLatin1String("number"), int(i) + 1}, {QLatin1String("name"), a.fileName},
            {QLatin1String("content_type"), a.contentType},
            {QLatin1String("size"), qint64(a.data.size())},
            {QLatin1String("inline"), a.inlinePart}};
        if (!a.contentId.isEmpty())
            entry.insert(QLatin1String("content_id"), a.contentId);
        attachments.append(entry);
    }
    meta.insert(QLatin1String("attachments"), attachments);
    if (!email.problems.isEmpty())
        meta.insert(QLatin1String("problems"), QJsonArray::fromStringList(email.problems));
    in.channelMetadata = meta;
    return in;
}

EmailIntake::Result EmailIntake::take(QByteArrayView raw, QString *error, Id *messageId)
{
    const auto email = MimeParser::parse(raw, error);
    if (!email)
        return Result::Unreadable;
    if (!m_ownAddress.isEmpty() && email->from.address.toLower() == m_ownAddress)
        return Result::Ignored;
    const InboundMessage in = toInbound(*email, raw);
    // Checked here rather than left to receive(): its answer for a duplicate rolls back, and
    // with it the caller's transaction (the mailbox's fetch state).
    if (const auto earlier = m_storage.messages().byProviderId(ChannelKind::Email, in.providerMessageId)) {
        if (messageId)
            *messageId = earlier->id;
        return Result::Duplicate;
    }
    Transaction tx(m_storage.database());
    const InboundResult result = m_inbound.receive(in);
    if (messageId)
        *messageId = result.message.id;
    for (qsizetype i = 0; i < email->attachments.size(); ++i) {
        const MimeAttachment &a = email->attachments.at(i);
        m_storage.attachments().insert(
            result.message.id, int(i), StoredAttachment{a.fileName, a.contentType, a.data});
    }
    tx.commit();
    return Result::Stored;
}

} // namespace Switchboard::Hub
