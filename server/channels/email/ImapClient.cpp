// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImapClient.h"

#include <QRegularExpression>
#include <curl/curl.h>

namespace Switchboard::Hub {

ImapClient::ImapClient(
    const QUrl &mailbox, const EmailSettings &settings, const std::atomic<bool> &stopping)
    : m_url(mailbox)
    , m_mailbox(mailbox.path(QUrl::FullyDecoded).mid(1))
    , m_transfer(settings, settings.imapUser, settings.imapPassword, stopping)
{
    if (m_mailbox.isEmpty())
        m_mailbox = QStringLiteral("INBOX");
}

QByteArray ImapClient::serverUrl() const
{
    return m_url.adjusted(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery)
        .toEncoded();
}

QByteArray ImapClient::mailboxUrl() const
{
    return serverUrl() + '/' + QUrl::toPercentEncoding(m_mailbox);
}

bool ImapClient::command(const QByteArray &url, const QByteArray &command, QByteArray *reply,
    QString *error, qsizetype maxBytes)
{
    curl_easy_setopt(m_transfer.handle(), CURLOPT_CUSTOMREQUEST,
        command.isEmpty() ? nullptr : command.constData());
    return m_transfer.perform(url, reply, error, maxBytes);
}

std::optional<quint32> ImapClient::uidValidity(QString *error)
{
    // A custom command with no mailbox in the URL reaches the client with all its untagged
    // replies, among them "* OK [UIDVALIDITY n]".
    QByteArray name = m_mailbox.toUtf8();
    name.replace('\\', "\\\\").replace('"', "\\\"");
    QByteArray reply;
    if (!command(serverUrl() + '/', "EXAMINE \"" + name + '"', &reply, error))
        return std::nullopt;
    static const QRegularExpression validity(QStringLiteral("\\[UIDVALIDITY (\\d+)\\]"));
    const auto match = validity.match(QString::fromLatin1(reply));
    bool ok = false;
    const quint32 value = match.hasMatch() ? match.captured(1).toUInt(&ok) : 0;
    if (!ok) {
        *error = QStringLiteral("the server named no UIDVALIDITY for %1").arg(m_mailbox);
        return std::nullopt;
    }
    return value;
}

std::optional<QList<quint32>> ImapClient::uidsAfter(quint32 lastUid, QString *error)
{
    QByteArray reply;
    if (!command(mailboxUrl(), "UID SEARCH UID " + QByteArray::number(lastUid + 1) + ":*", &reply,
            error))
        return std::nullopt;
    QList<quint32> uids;
    for (const QByteArray &line : reply.split('\n')) {
        const QByteArray trimmed = line.trimmed();
        if (!trimmed.startsWith("* SEARCH"))
            continue;
        for (const QByteArray &word : trimmed.mid(8).split(' ')) {
            bool ok = false;
            const quint32 uid = word.toUInt(&ok);
            // "n:*" includes the highest UID even when it is below n.
            if (ok && uid > lastUid)
                uids.append(uid);
        }
    }
    std::sort(uids.begin(), uids.end());
    return uids;
}

std::optional<QByteArray> ImapClient::fetch(quint32 uid, quint32 uidValidity, QString *error)
{
    // curl checks UIDVALIDITY after SELECT and refuses to fetch when it changed meanwhile.
    QByteArray message;
    if (!command(mailboxUrl() + ";UIDVALIDITY=" + QByteArray::number(uidValidity)
                + "/;UID=" + QByteArray::number(uid),
            QByteArray(), &message, error, MaxMessageBytes))
        return std::nullopt;
    return message;
}

} // namespace Switchboard::Hub
