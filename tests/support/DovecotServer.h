// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>

namespace Switchboard::Test {

//! A real Dovecot IMAP server (Debian's dovecot-imapd) of this test's own: its configuration,
//! maildir and passwd-file in a temporary directory, plain IMAP on a free loopback port.
class DovecotServer
{
public:
    DovecotServer();
    ~DovecotServer();

    //! Starts it and waits until it answers; false with a reason (and Dovecot's log) otherwise.
    bool start(QString *error);
    quint16 port() const { return m_port; }
    static QString user() { return QStringLiteral("support"); }
    static QString password() { return QStringLiteral("mailbox secret 7"); }
    //! imap://127.0.0.1:PORT/NAME
    QUrl mailboxUrl(const QString &name = QStringLiteral("INBOX")) const;
    //! Puts message into mailbox (IMAP APPEND through libcurl).
    bool append(const QString &mailbox, const QByteArray &message, QString *error);
    //! Runs one IMAP command ("CREATE Support", "DELETE Support").
    bool command(const QByteArray &command, QString *error);

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
};

} // namespace Switchboard::Test
