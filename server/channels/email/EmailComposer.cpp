// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EmailComposer.h"

#include "MimeCodec.h"

#include <QJsonArray>
#include <QLocale>
#include <QUuid>

namespace Switchboard::Hub {

namespace {

// "Name <address>", the name quoted or encoded as it needs.
QByteArray mailbox(const QString &name, const QString &address)
{
    const QByteArray angle = '<' + address.toUtf8() + '>';
    if (name.trimmed().isEmpty())
        return angle;
    QByteArray encoded = MimeCodec::encodeHeader(name.trimmed());
    if (!encoded.startsWith("=?")) {
        encoded.replace('\\', "\\\\").replace('"', "\\\"");
        encoded = '"' + encoded + '"';
    }
    return encoded + ' ' + angle;
}

QStringList idsOf(const QJsonValue &value)
{
    QStringList ids;
    if (value.isArray()) {
        for (const QJsonValue &v : value.toArray())
            ids.append(v.toString());
    } else if (value.isString()) {
        ids = value.toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    }
    ids.removeAll(QString());
    return ids;
}

bool isMessageId(const QString &id)
{
    return id.startsWith(QLatin1Char('<')) && id.endsWith(QLatin1Char('>')) && id.size() > 2
        && !id.contains(QLatin1Char(' ')) && !id.contains(QLatin1Char('\n'))
        && !id.contains(QLatin1Char('\r'));
}

} // namespace

QString EmailComposer::replySubject(const QString &subject)
{
    const QString trimmed = subject.trimmed();
    if (trimmed.startsWith(QLatin1String("re:"), Qt::CaseInsensitive))
        return trimmed;
    return trimmed.isEmpty() ? QStringLiteral("Re:") : QStringLiteral("Re: ") + trimmed;
}

QString EmailComposer::newMessageId(const QString &fromAddress)
{
    QString domain = fromAddress.section(QLatin1Char('@'), 1).trimmed();
    if (domain.isEmpty())
        domain = QStringLiteral("switchboard.invalid");
    return QStringLiteral("<%1@%2>").arg(QUuid::createUuid().toString(QUuid::WithoutBraces), domain);
}

ComposedEmail EmailComposer::compose(
    const OutboundReply &reply, const EmailSettings &settings, const QDateTime &now)
{
    ComposedEmail email;
    email.messageId = newMessageId(settings.fromAddress);
    QString subject = reply.subject;
    if (subject.isEmpty())
        subject = reply.inReplyToMetadata.value(QLatin1String("subject")).toString();
    email.subject = replySubject(subject);

    // The answered message's own References, then the message itself (RFC 5322 3.6.4).
    const QString parent = reply.inReplyToProviderId;
    if (isMessageId(parent)) {
        email.inReplyTo = parent;
        email.references = idsOf(reply.inReplyToMetadata.value(QLatin1String("references")));
        if (email.references.isEmpty() && isMessageId(reply.threadId) && reply.threadId != parent)
            email.references.append(reply.threadId);
        email.references.append(parent);
    } else if (isMessageId(reply.threadId)) {
        email.references.append(reply.threadId);
    }
    email.references.removeIf([](const QString &id) { return !isMessageId(id); });
    email.references.removeDuplicates();
    if (email.references.size() > MaxReferences)
        email.references.remove(1, email.references.size() - MaxReferences);

    QByteArray &out = email.data;
    const auto header = [&out](const char *name, const QByteArray &value) {
        out += name;
        out += ": ";
        out += value;
        out += "\r\n";
    };
    header("Date",
        QLocale::c().toString(now.toUTC(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss")).toLatin1()
            + " +0000");
    header("From", mailbox(settings.fromName, settings.fromAddress));
    header("To", mailbox(reply.recipientName, reply.recipient.value));
    header("Subject", MimeCodec::encodeHeader(email.subject));
    header("Message-ID", email.messageId.toUtf8());
    if (!email.inReplyTo.isEmpty())
        header("In-Reply-To", email.inReplyTo.toUtf8());
    if (!email.references.isEmpty())
        header("References", email.references.join(QStringLiteral("\r\n ")).toUtf8());
    header("MIME-Version", "1.0");
    header("Content-Type", "text/plain; charset=UTF-8");
    header("Content-Transfer-Encoding", "quoted-printable");
    out += "\r\n";
    out += MimeCodec::encodeQuotedPrintable(reply.body.toUtf8());
    if (!out.endsWith("\r\n"))
        out += "\r\n";
    return email;
}

} // namespace Switchboard::Hub
