// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConversationRepository.h"

#include "Database.h"
#include "Schema.h"
#include "SqlCodec.h"
#include "Statement.h"
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

// Reads a row of selectSql() from a QueryRow or a Statement.
template <typename Row> Conversation read(const Row &q)
{
    Conversation c;
    c.id = q.int64(0);
    c.customerId = q.int64(1);
    c.channel = fromWire<ChannelKind>(q.text(2)).value_or(ChannelKind::Email);
    c.status = fromWire<ConversationStatus>(q.text(3)).value_or(ConversationStatus::Open);
    c.assigneeId = SqlCodec::optionalIdAt(q, 4);
    c.priority = static_cast<Priority>(qBound(0, int(q.int64(5)), int(Priority::Urgent)));
    c.slaDueAt = WireTime::fromMs(q.int64(6));
    c.tags = SqlCodec::decodeList(q.text(7));
    c.subject = q.text(8);
    c.externalThreadId = q.text(9);
    c.createdAt = WireTime::fromMs(q.int64(10));
    c.updatedAt = WireTime::fromMs(q.int64(11));
    c.lastMessageAt = WireTime::fromMs(q.int64(12));
    c.lastMessageId = q.int64(13);
    c.originConversationId = SqlCodec::optionalIdAt(q, 14);
    const QString analysis = q.text(15);
    if (!analysis.isEmpty())
        c.analysis = Analysis::fromJson(SqlCodec::decodeObject(analysis));
    c.queueId = SqlCodec::optionalIdAt(q, 16);
    return c;
}

QString analysisText(const Conversation &c)
{
    return c.analysis ? SqlCodec::encodeObject(c.analysis->toJson()) : QString();
}

// Binds the seven columns insert() and update() both write in this order, from marker at on:
// status, assignee, priority, SLA, tags, subject, external thread.
Statement &bindState(Statement &q, int at, const Conversation &c)
{
    return q.bind(at, toWire(c.status))
        .bind(at + 1, c.assigneeId)
        .bind(at + 2, int(c.priority))
        .bind(at + 3, WireTime::toMs(c.slaDueAt))
        .bind(at + 4, SqlCodec::encodeList(c.tags))
        .bind(at + 5, c.subject)
        .bind(at + 6, c.externalThreadId);
}

QList<Conversation> readAll(QSqlQuery &q)
{
    QList<Conversation> out;
    while (q.next())
        out.append(read(SqlCodec::QueryRow{q}));
    return out;
}

} // namespace

std::optional<Conversation> ConversationRepository::byId(Id id)
{
    static const QString sql = selectSql() + QStringLiteral("WHERE %1 = ?").arg(Conversations::id);
    Statement &q = m_db.statement(sql);
    q.bind(0, id);
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
    Statement &q = m_db.statement(sql);
    q.bind(0, customerId)
        .bind(1, toWire(channel))
        .bind(2, externalThreadId)
        .bind(3, toWire(ConversationStatus::Resolved));
    return q.next() ? std::optional<Conversation>(read(q)) : std::nullopt;
}

Conversation ConversationRepository::insert(Conversation c)
{
    static const QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                   .arg(Conversations::table, dataColumns(), SqlCodec::markers(16));
    Statement &q = m_db.statement(sql);
    q.bind(0, c.customerId).bind(1, toWire(c.channel));
    c.id = bindState(q, 2, c)
               .bind(9, WireTime::toMs(c.createdAt))
               .bind(10, WireTime::toMs(c.updatedAt))
               .bind(11, WireTime::toMs(c.lastMessageAt))
               .bind(12, c.lastMessageId)
               .bind(13, c.originConversationId)
               .bind(14, analysisText(c))
               .bind(15, c.queueId)
               .insert();
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
    bindState(m_db.statement(sql), 0, c)
        .bind(7, WireTime::toMs(c.updatedAt))
        .bind(8, WireTime::toMs(c.lastMessageAt))
        .bind(9, c.lastMessageId)
        .bind(10, analysisText(c))
        .bind(11, c.queueId)
        .bind(12, c.id)
        .run();
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
    Statement &q = m_db.statement(sql);
    q.bind(0, customerId).bind(1, exceptConversation);
    return q.next() ? SqlCodec::optionalIdAt(q, 0) : std::nullopt;
}

} // namespace Switchboard::Hub
