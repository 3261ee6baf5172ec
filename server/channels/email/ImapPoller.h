// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EmailSettings.h"
#include "MailWorker.h"

#include <QObject>
#include <QTimer>
#include <memory>
#include <vector>

namespace Switchboard::Hub {

class EmailIntake;
class ImapClient;
class Storage;

//! Fetches new mail from each configured IMAP mailbox every pollSeconds, on a MailWorker thread,
//! and takes it in on the hub thread. Incremental by UID: per mailbox, its UIDVALIDITY and the
//! last UID taken are kept in the hub's database with each message, so a restart fetches only
//! what is new. When UIDVALIDITY changes the mailbox is read again from the start; what was
//! stored before is recognised by its Message-ID and not stored twice.
class ImapPoller : public QObject
{
    Q_OBJECT
public:
    ImapPoller(const EmailSettings &settings, EmailIntake &intake, Storage &storage,
        QObject *parent = nullptr);
    ~ImapPoller() override;

    //! Fetches now, then every pollSeconds.
    void start();
    //! Starts a round for every mailbox not already in one.
    void pollNow();
    //! The key of a mailbox's fetch state in the hub's meta table.
    static QString stateKey(const QUrl &mailbox, const QString &user);

    //! Messages asked for in one round; a round that leaves more starts the next at once.
    static constexpr int BatchSize = 50;

Q_SIGNALS:
    //! A round over mailbox ended: stored new messages, duplicates seen, error ("" if none).
    void polled(const QUrl &mailbox, int stored, int duplicates, const QString &error);

private:
    struct Mailbox;
    struct Round;
    void poll(Mailbox &mailbox);
    void finish(Mailbox &mailbox, const Round &round);

    EmailSettings m_settings;
    EmailIntake &m_intake;
    Storage &m_storage;
    QTimer m_timer;
    std::vector<std::unique_ptr<Mailbox>> m_mailboxes;
    //! Last: joined first when the poller goes, before anything a job may use.
    std::unique_ptr<MailWorker> m_worker;
};

} // namespace Switchboard::Hub
