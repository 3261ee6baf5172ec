// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImapPoller.h"

#include "EmailIntake.h"
#include "ImapClient.h"
#include "storage/Storage.h"
#include "storage/StorageError.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcImap, "switchboard.hub.email.imap")

namespace Switchboard::Hub {

struct ImapPoller::Mailbox
{
    QUrl url;
    QString key;
    quint32 uidValidity = 0;
    quint32 lastUid = 0;
    bool busy = false;
    //! Used only by jobs on the worker thread, one at a time.
    std::shared_ptr<ImapClient> client;
};

//! What one round on the worker thread brought back.
struct ImapPoller::Round
{
    quint32 uidValidity = 0;
    QList<QPair<quint32, QByteArray>> messages;
    bool more = false;
    QString error;
};

ImapPoller::ImapPoller(
    const EmailSettings &settings, EmailIntake &intake, Storage &storage, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_intake(intake)
    , m_storage(storage)
    , m_worker(std::make_unique<MailWorker>(QStringLiteral("imap")))
{
    for (const QUrl &url : m_settings.imapUrls) {
        auto mailbox = std::make_unique<Mailbox>();
        mailbox->url = url;
        mailbox->key = stateKey(url, m_settings.imapUser);
        const QStringList state
            = m_storage.metaValue(mailbox->key).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        mailbox->uidValidity = state.value(0).toUInt();
        mailbox->lastUid = state.value(1).toUInt();
        mailbox->client = std::make_shared<ImapClient>(url, m_settings, m_worker->stopping());
        m_mailboxes.push_back(std::move(mailbox));
    }
    m_timer.setInterval(std::chrono::seconds(std::max(1, m_settings.pollSeconds)));
    connect(&m_timer, &QTimer::timeout, this, &ImapPoller::pollNow);
}

ImapPoller::~ImapPoller()
{
    // Join the thread before the mailboxes go: a job in flight uses their clients.
    m_worker.reset();
}

QString ImapPoller::stateKey(const QUrl &mailbox, const QString &user)
{
    return QStringLiteral("email.imap %1 %2").arg(user, MailTransfer::describe(mailbox));
}

void ImapPoller::start()
{
    m_timer.start();
    pollNow();
}

void ImapPoller::pollNow()
{
    for (const auto &mailbox : m_mailboxes) {
        if (!mailbox->busy)
            poll(*mailbox);
    }
}

void ImapPoller::poll(Mailbox &mailbox)
{
    mailbox.busy = true;
    const auto client = mailbox.client;
    const quint32 knownValidity = mailbox.uidValidity;
    const quint32 lastUid = mailbox.lastUid;
    m_worker->run<Round>(
        this,
        [client, knownValidity, lastUid] {
            Round round;
            const auto validity = client->uidValidity(&round.error);
            if (!validity)
                return round;
            round.uidValidity = *validity;
            // Another UIDVALIDITY: the old UIDs mean nothing now; read from the start.
            const quint32 after = *validity == knownValidity ? lastUid : 0;
            auto uids = client->uidsAfter(after, &round.error);
            if (!uids)
                return round;
            round.more = uids->size() > BatchSize;
            for (const quint32 uid : uids->first(std::min<qsizetype>(uids->size(), BatchSize))) {
                auto message = client->fetch(uid, *validity, &round.error);
                if (!message) {
                    round.error = QStringLiteral("UID %1: %2").arg(uid).arg(round.error);
                    break;
                }
                round.messages.append({uid, *message});
            }
            return round;
        },
        [this, box = &mailbox](Round round) { finish(*box, round); });
}

void ImapPoller::finish(Mailbox &mailbox, const Round &round)
{
    mailbox.busy = false;
    int stored = 0;
    int duplicates = 0;
    QString error = round.error;
    const QString where = MailTransfer::describe(mailbox.url);
    if (round.uidValidity != 0 && round.uidValidity != mailbox.uidValidity) {
        if (mailbox.uidValidity != 0)
            qCInfo(lcImap) << where << "has a new UIDVALIDITY; reading it again from the start";
        mailbox.uidValidity = round.uidValidity;
        mailbox.lastUid = 0;
    }
    const auto state = [&mailbox] {
        return QStringLiteral("%1 %2").arg(mailbox.uidValidity).arg(mailbox.lastUid);
    };
    try {
        for (const auto &[uid, raw] : round.messages) {
            // The message and the mailbox's progress are stored together: exactly once.
            Transaction tx(m_storage.database());
            QString problem;
            switch (m_intake.take(raw, &problem)) {
            case EmailIntake::Result::Stored:
                ++stored;
                break;
            case EmailIntake::Result::Duplicate:
                ++duplicates;
                break;
            case EmailIntake::Result::Ignored:
                break;
            case EmailIntake::Result::Unreadable:
                // It stays in the mailbox for a person to look at; the hub moves on.
                qCWarning(lcImap) << where << "UID" << uid << "is not an email the hub can read:"
                                  << problem;
                break;
            }
            mailbox.lastUid = uid;
            m_storage.setMetaValue(mailbox.key, state());
            tx.commit();
        }
        if (round.uidValidity != 0)
            m_storage.setMetaValue(mailbox.key, state());
    } catch (const StorageError &e) {
        // Nothing of the failed message was kept; the next round fetches it again.
        error = QStringLiteral("storage: %1").arg(QString::fromStdString(e.what()));
        const QStringList saved
            = m_storage.metaValue(mailbox.key).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        mailbox.uidValidity = saved.value(0).toUInt();
        mailbox.lastUid = saved.value(1).toUInt();
    }
    if (!error.isEmpty())
        qCWarning(lcImap) << where << "fetch failed:" << error;
    Q_EMIT polled(mailbox.url, stored, duplicates, error);
    if (round.more && error.isEmpty())
        QTimer::singleShot(0, this, [this, box = &mailbox] {
            if (!box->busy)
                poll(*box);
        });
}

} // namespace Switchboard::Hub
