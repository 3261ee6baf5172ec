// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QThread>
#include <atomic>
#include <functional>
#include <memory>

namespace Switchboard::Hub {

//! A thread for the email channel's server conversations (libcurl IMAP and SMTP, which block),
//! so the hub thread never waits on a mail server. Jobs run one after another; each result goes
//! back to the hub thread through a queued call.
class MailWorker
{
public:
    //! name shows in debuggers and crash reports.
    explicit MailWorker(const QString &name);
    //! Asks a running job to give up (curl checks stopping()) and waits for the thread.
    ~MailWorker();
    MailWorker(const MailWorker &) = delete;
    MailWorker &operator=(const MailWorker &) = delete;

    //! Runs job on the worker thread, then done(result) on context's thread. The owner of the
    //! worker must be context or outlive it: the thread is joined before the worker goes, so no
    //! result arrives for a context that is gone.
    template <typename Result>
    void run(QObject *context, std::function<Result()> job, std::function<void(Result)> done)
    {
        QMetaObject::invokeMethod(
            m_runner.get(),
            [job = std::move(job), done = std::move(done), context = QPointer<QObject>(context)] {
                Result result = job();
                if (context) {
                    QMetaObject::invokeMethod(
                        context.data(),
                        [done, result = std::move(result)] { done(result); },
                        Qt::QueuedConnection);
                }
            },
            Qt::QueuedConnection);
    }

    //! Set while the worker shuts down; a job's transfers stop as soon as they see it.
    const std::atomic<bool> &stopping() const { return m_stopping; }

private:
    QThread m_thread;
    std::unique_ptr<QObject> m_runner;
    std::atomic<bool> m_stopping{false};
};

} // namespace Switchboard::Hub
