// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSemaphore>
#include <QString>
#include <QThread>

namespace Switchboard::Hub {

//! Copies the write-ahead log back into the database file from a thread and connection of its
//! own, so the hub's writer never does it inside a commit. SQLite's automatic checkpoint runs
//! in the commit that crosses the log's threshold and writes and flushes the database file
//! there: a pause of several milliseconds for whatever request or routing decision made that
//! commit. Here a passive checkpoint runs every interval instead; it never waits for the
//! writer or for readers, and the writer goes on appending to the log meanwhile. The writer
//! turns its own automatic checkpoints off only once this thread runs.
class WalCheckpointer : public QThread
{
    Q_OBJECT
public:
    WalCheckpointer(QString path, int intervalMilliseconds, QObject *parent = nullptr);
    //! Stops the thread if it still runs.
    ~WalCheckpointer() override;

    //! Starts the thread and waits until its connection is open; false with a reason.
    bool begin(QString *error);
    //! Stops checkpointing and joins the thread.
    void stop();

protected:
    void run() override;

private:
    QString m_path;
    int m_intervalMilliseconds;
    //! Released by the thread once its connection is open, or failed to open.
    QSemaphore m_started;
    QString m_error;
    bool m_ready = false;
};

} // namespace Switchboard::Hub
