// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreCheck.h"

#include "DeliveryFactory.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace Switchboard::Bench {

StoreCheck StoreCheck::read(const QString &databasePath, const Keys &acked)
{
    StoreCheck out;
    const QString name = QStringLiteral("bench-store-check");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(databasePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            out.error
                = QStringLiteral("cannot open %1: %2").arg(databasePath, db.lastError().text());
        } else {
            // The marker is the body's end: " ref wh-<n>".
            QSqlQuery q(db);
            q.setForwardOnly(true);
            if (!q.exec(QStringLiteral("SELECT channel, provider_message_id, customer_id "
                                       "FROM messages WHERE body LIKE '%%1%'")
                            .arg(QString::fromLatin1(DeliveryFactory::marker())))) {
                out.error = QStringLiteral("cannot read messages: %1").arg(q.lastError().text());
            }
            Keys seen;
            QSet<qint64> customers;
            while (q.next()) {
                const std::pair<QByteArray, QByteArray> key{
                    q.value(0).toString().toUtf8(), q.value(1).toString().toUtf8()};
                ++out.rows;
                out.perChannel[QString::fromUtf8(key.first)] += 1;
                seen.insert(key);
                customers.insert(q.value(2).toLongLong());
                if (!acked.contains(key))
                    ++out.storedNotAcked;
            }
            out.distinct = seen.size();
            out.customers = customers.size();
            for (const auto &key : acked) {
                if (!seen.contains(key))
                    ++out.ackedNotStored;
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}

} // namespace Switchboard::Bench
