// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportRepository.h"

#include "Database.h"
#include "Schema.h"
#include "SqlCodec.h"
#include "domain/WireTime.h"

namespace Switchboard::Hub {

using namespace Domain;
using namespace Schema;

namespace {

// The calls (k) of [?, ?) by one of their times, as WorkItem columns; `duration` in ms.
QString callsBy(QLatin1String time, const QString &duration, const QString &condition = {})
{
    return QStringLiteral("SELECT k.%1, c.%10, '%2', %3 FROM %4 k LEFT JOIN %5 c ON c.%6 = "
                          "k.%7 WHERE k.%8 >= ? AND k.%8 < ? %9")
        .arg(Calls::agentId, toWire(ChannelKind::Voice), duration, Calls::table,
            Conversations::table, Conversations::id, Calls::conversationId, time, condition,
            Conversations::queueId);
}

} // namespace

ReportRepository::ReportRepository(Database &db)
    : m_db(db)
{
}

QList<WorkItem> ReportRepository::read(
    const QString &sql, const QDateTime &from, const QDateTime &to)
{
    const qint64 start = WireTime::toMs(from);
    const qint64 end = WireTime::toMs(to);
    QSqlQuery &q = m_db.exec(sql, {start, end, start, end});
    QList<WorkItem> out;
    while (q.next()) {
        WorkItem item;
        item.userId = SqlCodec::toOptionalId(q.value(0));
        item.queueId = SqlCodec::toOptionalId(q.value(1));
        item.channel = fromWire<ChannelKind>(q.value(2).toString()).value_or(ChannelKind::Email);
        if (!q.value(3).isNull())
            item.milliseconds = qMax<qint64>(0, q.value(3).toLongLong());
        out.append(item);
    }
    return out;
}

QList<WorkItem> ReportRepository::handled(const QDateTime &from, const QDateTime &to)
{
    return read(QStringLiteral("SELECT r.%1, c.%9, c.%2, r.%3 - r.%4 FROM %5 r JOIN %6 c ON "
                               "c.%7 = r.%8 WHERE r.%3 >= ? AND r.%3 < ? UNION ALL ")
                    .arg(Closures::userId, Conversations::channel, Closures::closedAt,
                        Closures::startedAt, Closures::table, Conversations::table,
                        Conversations::id, Closures::conversationId, Conversations::queueId)
            + callsBy(Calls::endedAt,
                QStringLiteral("(k.%1 + k.%2) * 1000").arg(Calls::durationSeconds, Calls::wrapUpSeconds),
                QStringLiteral("AND (k.%1 <> 0 OR k.%2 > 0)")
                    .arg(Calls::answeredAt, Calls::durationSeconds)),
        from, to);
}

QList<WorkItem> ReportRepository::firstResponses(const QDateTime &from, const QDateTime &to)
{
    // A reply is the first response when no reply came before it and a customer's message did.
    const QString before
        = QStringLiteral("EXISTS (SELECT 1 FROM %1 p WHERE p.%2 = r.%2 AND "
                         "p.%3 = '%5' AND p.%4 < r.%4)")
              .arg(Messages::table, Messages::conversationId, Messages::kind, Messages::id);
    return read(QStringLiteral("SELECT r.%1, c.%13, c.%2, r.%3 - c.%4 FROM %5 r JOIN %6 c ON "
                               "c.%7 = r.%8 WHERE r.%9 = '%10' AND r.%3 >= ? AND r.%3 < ? AND "
                               "NOT %11 AND %12 UNION ALL ")
                    .arg(Messages::authorUserId, Conversations::channel, Messages::createdAt,
                        Conversations::createdAt, Messages::table, Conversations::table,
                        Conversations::id, Messages::conversationId, Messages::kind,
                        toWire(MessageKind::Reply), before.arg(toWire(MessageKind::Reply)),
                        before.arg(toWire(MessageKind::Inbound)), Conversations::queueId)
            + callsBy(Calls::answeredAt,
                QStringLiteral("k.%1 - k.%2").arg(Calls::answeredAt, Calls::offeredAt)),
        from, to);
}

} // namespace Switchboard::Hub
