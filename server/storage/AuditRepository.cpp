// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditRepository.h"

#include "Database.h"
#include "Schema.h"
#include "SqlCodec.h"
#include "Statement.h"
#include "domain/WireTime.h"

namespace Switchboard::Hub {

using namespace Domain;
using namespace Schema;

AuditRepository::AuditRepository(Database &db)
    : m_db(db)
{
}

AuditEntry AuditRepository::append(AuditEntry entry)
{
    Q_ASSERT_X(m_db.inTransaction(), "AuditRepository::append", "written with what it records");
    static const QString sql
        = QStringLiteral("INSERT INTO %1 (%2, %3, %4, %5, %6, %7, %8, %9) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
              .arg(AuditLog::table, AuditLog::at, AuditLog::userId, AuditLog::userName,
                  AuditLog::action, AuditLog::conversationId, AuditLog::messageId, AuditLog::reason,
                  AuditLog::details);
    entry.id = m_db.statement(sql)
                   .bind(0, WireTime::toMs(entry.at))
                   .bind(1, entry.userId)
                   .bind(2, entry.userName)
                   .bind(3, entry.action)
                   .bind(4, entry.conversationId)
                   .bind(5, entry.messageId)
                   .bind(6, entry.reason)
                   .bindUtf8(7, QJsonDocument(entry.details).toJson(QJsonDocument::Compact))
                   .insert();
    return entry;
}

QList<AuditEntry> AuditRepository::list(Id afterId, int limit, const QString &action)
{
    const QString select
        = QStringLiteral("SELECT %1, %2, %3, %4, %5, %6, %7, %8, %9 FROM %10 ")
              .arg(AuditLog::id, AuditLog::at, AuditLog::userId, AuditLog::userName,
                  AuditLog::action, AuditLog::conversationId, AuditLog::messageId, AuditLog::reason,
                  AuditLog::details, AuditLog::table);
    QSqlQuery &q = action.isEmpty()
        ? m_db.exec(select + QStringLiteral("WHERE %1 > ? ORDER BY %1 LIMIT ?").arg(AuditLog::id),
            {afterId, limit})
        : m_db.exec(select
                + QStringLiteral("WHERE %1 = ? AND %2 > ? ORDER BY %2 LIMIT ?")
                      .arg(AuditLog::action, AuditLog::id),
            {action, afterId, limit});
    QList<AuditEntry> out;
    while (q.next()) {
        AuditEntry e;
        e.id = q.value(0).toLongLong();
        e.at = WireTime::fromMs(q.value(1).toLongLong());
        e.userId = q.value(2).toLongLong();
        e.userName = q.value(3).toString();
        e.action = q.value(4).toString();
        e.conversationId = SqlCodec::toOptionalId(q.value(5));
        e.messageId = SqlCodec::toOptionalId(q.value(6));
        e.reason = q.value(7).toString();
        e.details = SqlCodec::decodeObject(q.value(8).toString());
        out.append(std::move(e));
    }
    return out;
}

} // namespace Switchboard::Hub
