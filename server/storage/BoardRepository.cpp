// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BoardRepository.h"

#include "Database.h"
#include "Schema.h"
#include "SqlCodec.h"

namespace Switchboard::Hub {

using namespace Domain;
using namespace Schema;

BoardRepository::BoardRepository(Database &db)
    : m_db(db)
{
}

AgentFigures BoardRepository::agentFigures(Id userId, qint64 dayStartMs)
{
    AgentFigures out;
    const QString open = toWire(ConversationStatus::Open);
    const QString pending = toWire(ConversationStatus::Pending);
    const QString resolved = toWire(ConversationStatus::Resolved);
    QSqlQuery &work = m_db.exec(QStringLiteral("SELECT %1, COUNT(*) FROM %2 WHERE %3 = ? AND "
                                               "%4 IN (?, ?) GROUP BY %1")
                                    .arg(Conversations::channel, Conversations::table,
                                        Conversations::assigneeId, Conversations::status),
        {userId, open, pending});
    while (work.next()) {
        if (const auto channel = fromWire<ChannelKind>(work.value(0).toString()))
            out.conversations.insert(*channel, work.value(1).toInt());
    }
    out.liveCalls
        = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2 = ? AND %3 = 0 "
                                     "AND %4 > 0")
                          .arg(Calls::table, Calls::agentId, Calls::endedAt, Calls::answeredAt),
                  {userId})
              .toInt();
    // A resolved conversation counts from the current assignment to the resolution; an
    // answered call its talk time, holds included.
    QSqlQuery &closed
        = m_db.exec(QStringLiteral("SELECT COUNT(*), COALESCE(SUM(CASE WHEN %1 > %2 THEN %1 - %2 "
                                   "ELSE 0 END), 0) / 1000 FROM %3 WHERE "
                                   "%4 = ? AND %5 = ? AND %1 >= ?")
                        .arg(Conversations::resolvedAt, Conversations::assignedAt,
                            Conversations::table, Conversations::assigneeId, Conversations::status),
            {userId, resolved, dayStartMs});
    if (closed.next()) {
        out.handled += closed.value(0).toInt();
        out.handleSeconds += closed.value(1).toLongLong();
    }
    closed.finish();
    QSqlQuery &calls = m_db.exec(
        QStringLiteral("SELECT COUNT(*), COALESCE(SUM(%1), 0) FROM %2 WHERE %3 = ? AND %4 >= ? "
                       "AND (%5 > 0 OR %1 > 0)")
            .arg(Calls::durationSeconds, Calls::table, Calls::agentId, Calls::endedAt,
                Calls::answeredAt),
        {userId, dayStartMs});
    if (calls.next()) {
        out.handled += calls.value(0).toInt();
        out.handleSeconds += calls.value(1).toLongLong();
    }
    calls.finish();
    return out;
}

std::optional<WorkOwner> BoardRepository::ownerOf(Id conversationId)
{
    QSqlQuery &q
        = m_db.exec(QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ?")
                        .arg(Conversations::assigneeId, Conversations::table, Conversations::id),
            {conversationId});
    if (!q.next())
        return std::nullopt;
    WorkOwner out{SqlCodec::toOptionalId(q.value(0))};
    q.finish();
    return out;
}

QHash<Id, Id> BoardRepository::assigneesOfCountedWork(qint64 dayStartMs)
{
    QSqlQuery &q = m_db.exec(
        QStringLiteral("SELECT %1, %2 FROM %3 WHERE %2 IS NOT NULL AND (%4 != ? OR %5 >= ?)")
            .arg(Conversations::id, Conversations::assigneeId, Conversations::table,
                Conversations::status, Conversations::resolvedAt),
        {toWire(ConversationStatus::Resolved), dayStartMs});
    QHash<Id, Id> out;
    while (q.next())
        out.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
    return out;
}

} // namespace Switchboard::Hub
