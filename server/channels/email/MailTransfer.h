// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EmailSettings.h"

#include <QByteArray>
#include <QString>
#include <atomic>

typedef void CURL;

namespace Switchboard::Hub {

//! One libcurl easy handle set up for a mail server: credentials, TLS policy, CA file, time
//! limits, and a way to abort when the hub stops. Blocking; used on the MailWorker thread only.
//! Keeps the connection between transfers, as IMAP wants.
class MailTransfer
{
public:
    //! user and password log in; stopping aborts a transfer once set.
    MailTransfer(const EmailSettings &settings, const QString &user, const QString &password,
        const std::atomic<bool> &stopping);
    ~MailTransfer();
    MailTransfer(const MailTransfer &) = delete;
    MailTransfer &operator=(const MailTransfer &) = delete;

    CURL *handle() const { return m_curl; }
    //! Runs the transfer set up on handle() into *received (at most maxBytes, else an error).
    //! False with a reason when it failed; the reason never holds a credential.
    bool perform(const QByteArray &url, QByteArray *received, QString *error,
        qsizetype maxBytes = 64 * 1024 * 1024);
    //! The server's last reply code (SMTP 250, 550 …); 0 if none came.
    long responseCode() const;
    //! The curl result of the last perform().
    int lastResult() const { return m_lastResult; }

    //! A server URL without user information or query, for logs and for keys.
    static QString describe(const QUrl &url);

private:
    static size_t write(char *data, size_t size, size_t count, void *self);
    static int progress(void *self, qint64, qint64, qint64, qint64);

    CURL *m_curl = nullptr;
    const std::atomic<bool> &m_stopping;
    QByteArray *m_received = nullptr;
    qsizetype m_maxBytes = 0;
    bool m_tooLarge = false;
    int m_lastResult = 0;
    char m_errorBuffer[256] = {};
};

} // namespace Switchboard::Hub
