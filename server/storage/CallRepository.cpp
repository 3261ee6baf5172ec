// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CallRepository.h"

#include "Database.h"
#include "Schema.h"
#include "SqlCodec.h"
#include "domain/WireTime.h"

namespace Switchboard::Hub {

using namespace Domain;
using namespace Schema;

CallRepository::CallRepository(Database &db)
    : m_db(db)
{
}

namespace {

QString columns()
{
    return QStringLiteral(
        "%1, %2, %3, %4, %5, %6, %7, %8, %9, %10, %11, %12, %13, %14, %15, %16, %17, %18")
        .arg(Calls::customerId, Calls::conversationId, Calls::direction, Calls::fromNumber,
            Calls::toNumber, Calls::agentId, Calls::offeredAt, Calls::answeredAt, Calls::endedAt,
            Calls::durationSeconds, Calls::disposition, Calls::wrapUpNotes, Calls::recordingUrl,
            Calls::providerCallId, Calls::onHold, Calls::holdStartedAt, Calls::heldSeconds,
            Calls::wrapUpSeconds);
}

QString selectSql()
{
    return QStringLiteral("SELECT %1, %2 FROM %3 ").arg(Calls::id, columns(), Calls::table);
}

CallRecord read(const QSqlQuery &q)
{
    CallRecord c;
    c.id = q.value(0).toLongLong();
    c.customerId = q.value(1).toLongLong();
    c.conversationId = SqlCodec::toOptionalId(q.value(2));
    c.direction = fromWire<CallDirection>(q.value(3).toString()).value_or(CallDirection::Inbound);
    c.fromNumber = q.value(4).toString();
    c.toNumber = q.value(5).toString();
    c.agentId = SqlCodec::toOptionalId(q.value(6));
    c.offeredAt = WireTime::fromMs(q.value(7).toLongLong());
    c.answeredAt = WireTime::fromMs(q.value(8).toLongLong());
    c.endedAt = WireTime::fromMs(q.value(9).toLongLong());
    c.durationSeconds = q.value(10).toInt();
    c.disposition = q.value(11).toString();
    c.wrapUpNotes = q.value(12).toString();
    c.recordingUrl = q.value(13).toString();
    c.providerCallId = q.value(14).toString();
    c.onHold = q.value(15).toBool();
    c.holdStartedAt = WireTime::fromMs(q.value(16).toLongLong());
    c.heldSeconds = q.value(17).toInt();
    c.wrapUpSeconds = q.value(18).toInt();
    return c;
}

QList<QVariant> values(const CallRecord &c)
{
    return {c.customerId, SqlCodec::optionalId(c.conversationId), toWire(c.direction), c.fromNumber,
        c.toNumber, SqlCodec::optionalId(c.agentId), WireTime::toMs(c.offeredAt),
        WireTime::toMs(c.answeredAt), WireTime::toMs(c.endedAt), c.durationSeconds, c.disposition,
        c.wrapUpNotes, c.recordingUrl, c.providerCallId, c.onHold, WireTime::toMs(c.holdStartedAt),
        c.heldSeconds, c.wrapUpSeconds};
}

} // namespace

std::optional<CallRecord> CallRepository::byId(Id id)
{
    QSqlQuery &q = m_db.exec(selectSql() + QStringLiteral("WHERE %1 = ?").arg(Calls::id), {id});
    return q.next() ? std::optional<CallRecord>(read(q)) : std::nullopt;
}

std::optional<CallRecord> CallRepository::byProviderId(const QString &providerCallId)
{
    if (providerCallId.isEmpty())
        return std::nullopt;
    QSqlQuery &q = m_db.exec(selectSql()
            + QStringLiteral("WHERE %1 = ? ORDER BY %2 LIMIT 1")
                  .arg(Calls::providerCallId, Calls::id),
        {providerCallId});
    return q.next() ? std::optional<CallRecord>(read(q)) : std::nullopt;
}

QList<Id> CallRepository::agentsOnLiveCalls()
{
    QSqlQuery &q
        = m_db.exec(QStringLiteral("SELECT DISTINCT %1 FROM %2 WHERE %3 = 0 AND %1 IS NOT NULL")
                        .arg(Calls::agentId, Calls::table, Calls::endedAt));
    QList<Id> out;
    while (q.next())
        out.append(q.value(0).toLongLong());
    return out;
}

QList<CallRecord> CallRepository::offered()
{
    QSqlQuery &q = m_db.exec(selectSql()
        + QStringLiteral("WHERE %1 = 0 AND %2 = 0 ORDER BY %3")
              .arg(Calls::answeredAt, Calls::endedAt, Calls::id));
    QList<CallRecord> out;
    while (q.next())
        out.append(read(q));
    return out;
}

QList<CallRecord> CallRepository::list(
    std::optional<Id> agentId, std::optional<Id> customerId, Id afterId, int limit)
{
    QString where = QStringLiteral("WHERE %1 > %2").arg(Calls::id).arg(afterId);
    if (agentId)
        where += QStringLiteral(" AND %1 = %2").arg(Calls::agentId).arg(*agentId);
    if (customerId)
        where += QStringLiteral(" AND %1 = %2").arg(Calls::customerId).arg(*customerId);
    QSqlQuery &q = m_db.exec(
        selectSql() + where + QStringLiteral(" ORDER BY %1 LIMIT ?").arg(Calls::id), {limit});
    QList<CallRecord> out;
    while (q.next())
        out.append(read(q));
    return out;
}

QList<CallRecord> CallRepository::ofCustomer(Id customerId, int limit)
{
    QSqlQuery &q = m_db.exec(selectSql()
            + QStringLiteral("WHERE %1 = ? ORDER BY %2 DESC, %3 DESC LIMIT ?")
                  .arg(Calls::customerId, Calls::offeredAt, Calls::id),
        {customerId, limit});
    QList<CallRecord> out;
    while (q.next())
        out.prepend(read(q));
    return out;
}

CallRecord CallRepository::insert(CallRecord call)
{
    call.id = m_db.insertReturningId(
        QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) RETURNING %4")
            .arg(Calls::table, columns(), SqlCodec::markers(18), Calls::id),
        values(call));
    return call;
}

void CallRepository::update(const CallRecord &call)
{
    QStringList sets;
    for (const QString &column : columns().split(QStringLiteral(", ")))
        sets.append(column + QStringLiteral(" = ?"));
    QList<QVariant> vs = values(call);
    vs.append(call.id);
    m_db.exec(QStringLiteral("UPDATE %1 SET %2 WHERE %3 = ?")
                  .arg(Calls::table, sets.join(QStringLiteral(", ")), Calls::id),
        vs);
}

} // namespace Switchboard::Hub
