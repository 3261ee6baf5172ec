// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>

namespace Switchboard::Test {

//! A real SMTP server (Debian's python3-aiosmtpd running tests/support/smtp_sink.py) on a free
//! loopback port, requiring a login, keeping what it accepts for the test to read.
class SmtpSink
{
public:
    SmtpSink();
    ~SmtpSink();

    //! Starts it; false with a reason when Python or aiosmtpd is missing or it does not answer.
    bool start(QString *error);
    //! smtp://127.0.0.1:PORT
    QUrl url() const;
    static QString user() { return QStringLiteral("hub-smtp"); }
    static QString password() { return QStringLiteral("smtp secret 9"); }

    //! A message it accepted: its bytes and envelope.
    struct Received
    {
        QByteArray data;
        //! mail_from, rcpt_tos, login.
        QJsonObject envelope;
    };
    //! Everything accepted so far, in order.
    QList<Received> received() const;
    //! Waits (running the event loop) until count messages arrived; false after timeoutMs.
    bool waitForMessages(int count, int timeoutMs = 15000) const;

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
};

} // namespace Switchboard::Test
