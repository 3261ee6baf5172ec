// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QMap>
#include <QSet>
#include <QString>
#include <utility>

namespace Switchboard::Bench {

//! What the hub's database holds of the benchmark's messages, read after the hub stopped.
struct StoreCheck
{
    //! (channel, provider message id) of every delivery the hub acknowledged.
    using Keys = QSet<std::pair<QByteArray, QByteArray>>;

    //! Messages carrying the benchmark's marker.
    qint64 rows = 0;
    //! Of those, distinct (channel, provider message id).
    qint64 distinct = 0;
    qint64 ackedNotStored = 0;
    //! Stored although no 200 came back (a request cut off after its commit).
    qint64 storedNotAcked = 0;
    //! Distinct customers the messages belong to.
    qint64 customers = 0;
    //! Rows per channel.
    QMap<QString, qint64> perChannel;
    QString error;

    //! Opens the hub's SQLite file read-only and compares it with what was acknowledged.
    static StoreCheck read(const QString &databasePath, const Keys &acked);
};

} // namespace Switchboard::Bench
