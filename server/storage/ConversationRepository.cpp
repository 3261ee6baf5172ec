// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConversationRepository.h"

#include "Database.h"
#include "Schema.h"
#include "SqlCodec.h"
#include "domain/WireTime.h"

namespace Switchboard::Hub {

using namespace Domain;
using namespace Schema;

ConversationRepository::ConversationRepository(Database &db)
    : m_db(db)
{
}

namespace {

// Every column but the id, in the order read() reads them after it and insert() binds them.
const QString &dataColumns()
{
    static const QString names = SqlCodec::columns({Conversations::customerId,
        Conversations::channel, Conversations::status, Conversations::assigneeId,
        Conversations::priority, Conversations::slaDueAt, Conversations::tags,
        Conversations::subject, Conversations::externalThreadId, Conversations::createdAt,
        Conversations::updatedAt, Conversations::lastMessageAt, Conversations::lastMessageId,
        Conversations::originConversationId, Conversations::analysis, Conversations::queueId});
    return names;
}

const QString &selectSql()
{
    static const QString sql = QStringLiteral("SELECT %1, %2 FROM %3 ")
                                   .arg(Conversations::id, dataColumns(), Conversations::table);
    return sql;
}

Conversation read(const QSqlQuery &q)
{
    Conversation c;
    c.id = q.value(0).toLongLong();
    c.customerId = q.value(1).toLongLong();
    c.channel = fromWire<ChannelKind>(q.value(2).toString()).value_or(ChannelKind::Email);
    c.status
        = fromWire<ConversationStatus>(q.value(3).toString()).value_or(ConversationStatus::Open);
    c.assigneeId = SqlCodec::toOptionalId(q.value(4));
    c.priority = static_cast<Priority>(qBound(0, q.value(5).toInt(), int(Priority::Urgent)));
    c.slaDueAt = WireTime::fromMs(q.value(6).toLongLong());
    c.tags = SqlCodec::decodeList(q.value(7).toString());
    c.subject = q.value(8).toString();
    c.externalThreadId = q.value(9).toString();
    c.createdAt = WireTime::fromMs(q.value(10).toLongLong());
    c.updatedAt = WireTime::fromMs(q.value(11).toLongLong());
    c.lastMessageAt = WireTime::fromMs(q.value(12).toLongLong());
    c.lastMessageId = q.value(13).toLongLong();
    c.originConversationId = SqlCodec::toOptionalId(q.value(14));
    const QString analysis = q.value(15).toString();
    if (!analysis.isEmpty())
        c.analysis = Analysis::fromJson(SqlCodec::decodeObject(analysis));
    c.queueId = SqlCodec::toOptionalId(q.value(16));
    return c;
}

QString analysisText(const Conversation &c)
{
    return c.analysis ? SqlCodec::encodeObject(c.analysis->toJson()) : QString();
}

QList<Conversation> readAll(QSqlQuery &q)
{
    QList<Conversation> out;
    while (q.next())
        out.append(read(q));
    return out;
}

} // namespace

std::optional<Conversation> ConversationRepository::byId(Id id)
{
    static const QString sql = selectSql() + QStringLiteral("WHERE %1 = ?").arg(Conversations::id);
    QSqlQuery &q = m_db.exec(sql, {id});
    return q.next() ? std::optional<Conversation>(read(q)) : std::nullopt;
}

QList<Conversation> ConversationRepository::list(const ConversationFilter &filter)
{
    QStringList where{QStringLiteral("%1 > %2").arg(Conversations::id).arg(filter.afterId)};
    // Every value below is an integer or a wire name we produced, never caller text.
    switch (filter.assignee) {
    case ConversationFilter::Assignee::Any:
        break;
    case ConversationFilter::Assignee::Unassigned:
        where.append(QStringLiteral("%1 IS NULL").arg(Conversations::assigneeId));
        break;
    case ConversationFilter::Assignee::User:
        where.append(
            QStringLiteral("%1 = %2").arg(Conversations::assigneeId).arg(filter.assigneeId));
        break;
    }
    if (filter.status)
        where.append(
            QStringLiteral("%1 = '%2'").arg(Conversations::status, toWire(*filter.status)));
    if (filter.channel)
        where.append(
            QStringLiteral("%1 = '%2'").arg(Conversations::channel, toWire(*filter.channel)));
    if (filter.customerId)
        where.append(
            QStringLiteral("%1 = %2").arg(Conversations::customerId).arg(*filter.customerId));
    if (filter.updatedSince.isValid()) {
        where.append(QStringLiteral("%1 >= %2")
                         .arg(Conversations::updatedAt)
                         .arg(WireTime::toMs(filter.updatedSince)));
    }
    QSqlQuery &q = m_db.exec(selectSql()
            + QStringLiteral("WHERE %1 ORDER BY %2 LIMIT ?")
                  .arg(where.join(QStringLiteral(" AND ")), Conversations::id),
        {filter.limit});
    return readAll(q);
}

std::optional<Conversation> ConversationRepository::findOpenThread(
    Id customerId, ChannelKind channel, const QString &externalThreadId)
{
    static const QString sql = selectSql()
        + QStringLiteral("WHERE %1 = ? AND %2 = ? AND %3 = ? AND %4 <> ? ORDER BY %5 DESC LIMIT 1")
              .arg(Conversations::customerId, Conversations::channel,
                  Conversations::externalThreadId, Conversations::status, Conversations::id);
    QSqlQuery &q = m_db.exec(
        sql, {customerId, toWire(channel), externalThreadId, toWire(ConversationStatus::Resolved)});
    return q.next() ? std::optional<Conversation>(read(q)) : std::nullopt;
}

Conversation ConversationRepository::insert(Conversation c)
{
    static const QString sql
        = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) RETURNING %4")
              .arg(Conversations::table, dataColumns(), SqlCodec::markers(16), Conversations::id);
    c.id = m_db.insertReturningId(sql,
        {c.customerId, toWire(c.channel), toWire(c.status), SqlCodec::optionalId(c.assigneeId),
            int(c.priority), WireTime::toMs(c.slaDueAt), SqlCodec::encodeList(c.tags), c.subject,
            c.externalThreadId, WireTime::toMs(c.createdAt), WireTime::toMs(c.updatedAt),
            WireTime::toMs(c.lastMessageAt), c.lastMessageId,
            SqlCodec::optionalId(c.originConversationId), analysisText(c),
            SqlCodec::optionalId(c.queueId)});
    return c;
}

void ConversationRepository::update(const Conversation &c)
{
    static const QString sql
        = QStringLiteral("UPDATE %1 SET %2 = ?, %3 = ?, %4 = ?, %5 = ?, %6 = ?, %7 = ?, "
                         "%8 = ?, %9 = ?, %10 = ?, %11 = ?, %12 = ?, %13 = ? WHERE %14 = ?")
              .arg(Conversations::table, Conversations::status, Conversations::assigneeId,
                  Conversations::priority, Conversations::slaDueAt, Conversations::tags,
                  Conversations::subject, Conversations::externalThreadId, Conversations::updatedAt,
                  Conversations::lastMessageAt, Conversations::lastMessageId,
                  Conversations::analysis, Conversations::queueId, Conversations::id);
    m_db.exec(sql,
        {toWire(c.status), SqlCodec::optionalId(c.assigneeId), int(c.priority),
            WireTime::toMs(c.slaDueAt), SqlCodec::encodeList(c.tags), c.subject, c.externalThreadId,
            WireTime::toMs(c.updatedAt), WireTime::toMs(c.lastMessageAt), c.lastMessageId,
            analysisText(c), SqlCodec::optionalId(c.queueId), c.id});
}

QList<Conversation> ConversationRepository::unfinished()
{
    QSqlQuery &q
        = m_db.exec(selectSql() + QStringLiteral("WHERE %1 IN (?, ?)").arg(Conversations::status),
            {toWire(ConversationStatus::Open), toWire(ConversationStatus::Pending)});
    return readAll(q);
}

std::optional<Id> ConversationRepository::lastAssignee(Id customerId, Id exceptConversation)
{
    static const QString sql
        = QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ? AND %4 <> ? AND %1 IS NOT NULL "
                         "ORDER BY %5 DESC, %4 DESC LIMIT 1")
              .arg(Conversations::assigneeId, Conversations::table, Conversations::customerId,
                  Conversations::id, Conversations::updatedAt);
    const QVariant id = m_db.scalar(sql, {customerId, exceptConversation});
    return id.isValid() && !id.isNull() ? std::optional<Id>(id.toLongLong()) : std::nullopt;
}

} // namespace Switchboard::Hub
