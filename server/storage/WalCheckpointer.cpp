// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WalCheckpointer.h"

#include "Database.h"
#include "StorageError.h"

#include <QAtomicInteger>
#include <QLoggingCategory>
#include <QSqlError>
#include <QTimer>

Q_LOGGING_CATEGORY(lcCheckpoint, "switchboard.hub.storage.checkpoint")

namespace Switchboard::Hub {

WalCheckpointer::WalCheckpointer(QString path, int intervalMilliseconds, QObject *parent)
    : QThread(parent)
    , m_path(std::move(path))
    , m_intervalMilliseconds(intervalMilliseconds)
{
}

WalCheckpointer::~WalCheckpointer()
{
    stop();
}

bool WalCheckpointer::begin(QString *error)
{
    start();
    m_started.acquire();
    if (!m_ready) {
        wait();
        *error = m_error;
        return false;
    }
    return true;
}

void WalCheckpointer::stop()
{
    if (!isRunning())
        return;
    quit();
    wait();
}

void WalCheckpointer::run()
{
    static QAtomicInteger<int> counter;
    {
        Database db(QStringLiteral("QSQLITE"),
            QStringLiteral("switchboard-hub-checkpoint-%1").arg(counter.fetchAndAddRelaxed(1)));
        db.handle().setDatabaseName(m_path);
        if (!db.handle().open()) {
            m_error = QStringLiteral("cannot open %1 to checkpoint it: %2")
                          .arg(m_path, db.handle().lastError().text());
            m_started.release();
            return;
        }
        QTimer timer;
        timer.setInterval(m_intervalMilliseconds);
        QObject::connect(&timer, &QTimer::timeout, [&db] {
            try {
                db.scalar(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
            } catch (const StorageError &e) {
                // The next interval tries again; the log only grows meanwhile.
                qCWarning(lcCheckpoint) << "checkpoint failed:" << e.what();
            }
        });
        timer.start();
        m_ready = true;
        m_started.release();
        // What is left when the hub stops, its writer copies back as it closes the database.
        exec();
    }
}

} // namespace Switchboard::Hub
