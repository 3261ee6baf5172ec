// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QUrl>

namespace Switchboard::Hub {

//! The email channel's servers and credentials, from the [email] section of the hub's
//! configuration and SWITCHBOARD_IMAP_PASSWORD / SWITCHBOARD_SMTP_PASSWORD. Passwords are never
//! logged.
struct EmailSettings
{
    //! Mailboxes to fetch from: imaps://host/INBOX, imap://host:143/Support (STARTTLS) …
    QList<QUrl> imapUrls;
    QString imapUser;
    QString imapPassword;
    //! How often each mailbox is asked for new mail.
    int pollSeconds = 60;
    //! smtps://host:465 or smtp://host:587 (STARTTLS).
    QUrl smtpUrl;
    QString smtpUser;
    QString smtpPassword;
    //! The address replies come from, and the domain of the Message-IDs the hub makes.
    QString fromAddress;
    QString fromName;
    //! A CA bundle (PEM) to verify the servers with instead of the system's.
    QString caFile;
    //! Lets imap:// and smtp:// go without TLS when the server offers none: for a server on the
    //! same machine (tests, a local relay), never across a network.
    bool allowPlain = false;
    //! How long one server conversation may take before it counts as failed.
    int timeoutSeconds = 60;

    bool imapConfigured() const { return !imapUrls.isEmpty(); }
    bool smtpConfigured() const { return smtpUrl.isValid() && !fromAddress.isEmpty(); }
};

} // namespace Switchboard::Hub
