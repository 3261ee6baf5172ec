// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MailTransfer.h"

#include <QList>
#include <QUrl>
#include <optional>

namespace Switchboard::Hub {

//! One IMAP mailbox through libcurl, blocking (MailWorker thread): its UIDVALIDITY, the UIDs
//! after the last one fetched, and whole messages by UID. Reads without changing the mailbox
//! beyond the \Seen flag a fetch sets.
class ImapClient
{
public:
    //! mailbox: imaps://host[:port]/NAME or imap://…/NAME.
    ImapClient(const QUrl &mailbox, const EmailSettings &settings,
        const std::atomic<bool> &stopping);

    //! The mailbox's UIDVALIDITY (EXAMINE); none with a reason on failure.
    std::optional<quint32> uidValidity(QString *error);
    //! UIDs greater than lastUid, ascending (UID SEARCH).
    std::optional<QList<quint32>> uidsAfter(quint32 lastUid, QString *error);
    //! The whole message with uid, as long as the mailbox still has uidValidity.
    std::optional<QByteArray> fetch(quint32 uid, quint32 uidValidity, QString *error);

    //! A larger message is not fetched (and stays in the mailbox).
    static constexpr qsizetype MaxMessageBytes = 64 * 1024 * 1024;

    //! The mailbox name from the URL ("INBOX"), decoded.
    QString mailboxName() const { return m_mailbox; }

private:
    QByteArray serverUrl() const;
    QByteArray mailboxUrl() const;
    bool command(const QByteArray &url, const QByteArray &command, QByteArray *reply,
        QString *error, qsizetype maxBytes = 16 * 1024 * 1024);

    QUrl m_url;
    QString m_mailbox;
    MailTransfer m_transfer;
};

} // namespace Switchboard::Hub
