// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClientRequestLog.h"

#include "Database.h"
#include "Schema.h"

#include <QDateTime>

namespace Switchboard::Hub {

using namespace Schema;

ClientRequestLog::ClientRequestLog(Database &db)
    : m_db(db)
{
}

std::optional<StoredResponse> ClientRequestLog::find(Domain::Id userId, const QString &clientId)
{
    QSqlQuery &q = m_db.exec(
        QStringLiteral("SELECT %1, %2, %3 FROM %4 WHERE %5 = ? AND %6 = ?")
            .arg(ClientRequests::target, ClientRequests::status, ClientRequests::body,
                ClientRequests::table, ClientRequests::userId, ClientRequests::clientId),
        {userId, clientId});
    if (!q.next())
        return std::nullopt;
    return StoredResponse{
        q.value(0).toString(), q.value(1).toInt(), q.value(2).toString().toUtf8()};
}

void ClientRequestLog::save(
    Domain::Id userId, const QString &clientId, const StoredResponse &response)
{
    m_db.exec(QStringLiteral("INSERT INTO %1 (%2, %3, %4, %5, %6, %7) VALUES (?, ?, ?, ?, ?, ?)")
                  .arg(ClientRequests::table, ClientRequests::userId, ClientRequests::clientId,
                      ClientRequests::target, ClientRequests::status, ClientRequests::body,
                      ClientRequests::createdAt),
        {userId, clientId, response.target, response.status, QString::fromUtf8(response.body),
            QDateTime::currentMSecsSinceEpoch()});
}

int ClientRequestLog::purgeOlderThan(const QDateTime &time)
{
    return m_db
        .exec(QStringLiteral("DELETE FROM %1 WHERE %2 < ?")
                  .arg(ClientRequests::table, ClientRequests::createdAt),
            {time.toMSecsSinceEpoch()})
        .numRowsAffected();
}

} // namespace Switchboard::Hub
