// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MessageRepository.h"

#include "Database.h"
#include "Schema.h"
#include "SqlCodec.h"
#include "Statement.h"
#include "domain/WireTime.h"

namespace Switchboard::Hub {

using namespace Domain;
using namespace Schema;

MessageRepository::MessageRepository(Database &db)
    : m_db(db)
{
}

namespace {

// Every column but the id, in the order read() reads them after it and insert() binds them.
const QString &dataColumns()
{
    static const QString names = SqlCodec::columns({Messages::conversationId, Messages::customerId,
        Messages::channel, Messages::kind, Messages::authorUserId, Messages::authorName,
        Messages::body, Messages::bodyHtml, Messages::createdAt, Messages::delivery,
        Messages::deliveryError, Messages::providerMessageId, Messages::channelMetadata,
        Messages::clientId, Messages::whisperTo});
    return names;
}

const QString &selectSql()
{
    static const QString sql = QStringLiteral("SELECT %1, %2 FROM %3 ")
                                   .arg(Messages::id, dataColumns(), Messages::table);
    return sql;
}

Message read(const QSqlQuery &q)
{
    Message m;
    m.id = q.value(0).toLongLong();
    m.conversationId = q.value(1).toLongLong();
    m.customerId = q.value(2).toLongLong();
    m.channel = fromWire<ChannelKind>(q.value(3).toString()).value_or(ChannelKind::Email);
    m.kind = fromWire<MessageKind>(q.value(4).toString()).value_or(MessageKind::Note);
    m.authorUserId = SqlCodec::toOptionalId(q.value(5));
    m.authorName = q.value(6).toString();
    m.body = q.value(7).toString();
    m.bodyHtml = q.value(8).toString();
    m.createdAt = WireTime::fromMs(q.value(9).toLongLong());
    m.delivery = fromWire<DeliveryState>(q.value(10).toString()).value_or(DeliveryState::None);
    m.deliveryError = q.value(11).toString();
    m.providerMessageId = q.value(12).toString();
    m.channelMetadata = SqlCodec::decodeObject(q.value(13).toString());
    m.clientId = q.value(14).toString();
    m.whisperTo = q.value(15).toLongLong();
    return m;
}

} // namespace

std::optional<Message> MessageRepository::byId(Id id)
{
    static const QString sql = selectSql() + QStringLiteral("WHERE %1 = ?").arg(Messages::id);
    QSqlQuery &q = m_db.exec(sql, {id});
    return q.next() ? std::optional<Message>(read(q)) : std::nullopt;
}

QString MessageRepository::visibleTo(const Reader &reader, QList<QVariant> *values)
{
    if (!reader)
        return {};
    values->append(*reader);
    return QStringLiteral(" AND (%1 = 0 OR %1 = ?)").arg(Messages::whisperTo);
}

QList<Message> MessageRepository::inConversation(
    Id conversationId, Id afterId, int limit, const Reader &reader)
{
    QList<QVariant> values{conversationId, afterId};
    const QString visible = visibleTo(reader, &values);
    values.append(limit);
    QSqlQuery &q = m_db.exec(selectSql()
            + QStringLiteral("WHERE %1 = ? AND %2 > ?%3 ORDER BY %2 LIMIT ?")
                  .arg(Messages::conversationId, Messages::id, visible),
        values);
    QList<Message> out;
    while (q.next())
        out.append(read(q));
    return out;
}

QList<Message> MessageRepository::ofCustomer(Id customerId, int limit, const Reader &reader)
{
    QList<QVariant> values{customerId};
    const QString visible = visibleTo(reader, &values);
    values.append(limit);
    QSqlQuery &q = m_db.exec(selectSql()
            + QStringLiteral("WHERE %1 = ?%4 ORDER BY %2 DESC, %3 DESC LIMIT ?")
                  .arg(Messages::customerId, Messages::createdAt, Messages::id, visible),
        values);
    QList<Message> out;
    while (q.next())
        out.prepend(read(q));
    return out;
}

Message MessageRepository::insert(Message m)
{
    static const QString sql
        = QStringLiteral("INSERT INTO %1 (%2, %3) VALUES (%4)")
              .arg(Messages::table, Messages::id, dataColumns(), SqlCodec::markers(16));
    // A NULL id is given the table's next one.
    m.id = m_db.statement(sql)
               .bind(0, m.id ? std::optional<Id>(m.id) : std::nullopt)
               .bind(1, m.conversationId)
               .bind(2, m.customerId)
               .bind(3, toWire(m.channel))
               .bind(4, toWire(m.kind))
               .bind(5, m.authorUserId)
               .bind(6, m.authorName)
               .bind(7, m.body)
               .bind(8, m.bodyHtml)
               .bind(9, WireTime::toMs(m.createdAt))
               .bind(10, toWire(m.delivery))
               .bind(11, m.deliveryError)
               .bind(12, m.providerMessageId)
               .bindUtf8(13, QJsonDocument(m.channelMetadata).toJson(QJsonDocument::Compact))
               .bind(14, m.clientId)
               .bind(15, m.whisperTo)
               .insert();
    return m;
}

Id MessageRepository::nextId()
{
    static const QString sql = QStringLiteral("SELECT COALESCE(MAX(%1), 0) + 1 FROM %2")
                                   .arg(Messages::id, Messages::table);
    Statement &q = m_db.statement(sql);
    q.next(); // an aggregate: always one row
    const Id id = q.int64(0);
    q.reset();
    return id;
}

std::optional<Message> MessageRepository::byProviderId(
    ChannelKind channel, const QString &providerMessageId)
{
    if (providerMessageId.isEmpty())
        return std::nullopt;
    // The id alone is in messages_by_provider_id, so the usual answer (none) reads no table row.
    static const QString sql
        = QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ? AND %4 = ? ORDER BY %1 LIMIT 1")
              .arg(Messages::id, Messages::table, Messages::channel, Messages::providerMessageId);
    Statement &q = m_db.statement(sql);
    q.bind(0, toWire(channel)).bind(1, providerMessageId);
    if (!q.next())
        return std::nullopt;
    const Id id = q.int64(0);
    q.reset();
    return byId(id);
}

void MessageRepository::updateFromChannel(const Message &m)
{
    m_db.exec(QStringLiteral("UPDATE %1 SET %2 = ?, %3 = ?, %4 = ?, %5 = ? WHERE %6 = ?")
                  .arg(Messages::table, Messages::body, Messages::channelMetadata,
                      Messages::delivery, Messages::deliveryError, Messages::id),
        {m.body, SqlCodec::encodeObject(m.channelMetadata), toWire(m.delivery), m.deliveryError,
            m.id});
}

bool MessageRepository::queueDelivery(const Message &reply)
{
    if (reply.kind != MessageKind::Reply || reply.id == 0)
        return false;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_db.exec(QStringLiteral("INSERT INTO %1 (%2, %3, %4, %5, %6) VALUES (?, ?, 0, ?, ?)")
                  .arg(Deliveries::table, Deliveries::messageId, Deliveries::channel,
                      Deliveries::attempts, Deliveries::nextAttemptAt, Deliveries::createdAt),
        {reply.id, toWire(reply.channel), now, now});
    return true;
}

qint64 MessageRepository::pendingDeliveries()
{
    return m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM %1").arg(Deliveries::table))
        .toLongLong();
}

QList<PendingDelivery> MessageRepository::deliveryQueue(int limit)
{
    QSqlQuery &q = m_db.exec(
        QStringLiteral("SELECT d.%1, m.%2, d.%3, d.%4, d.%5, d.%6 FROM %7 d JOIN %8 m ON m.%9 = "
                       "d.%1 ORDER BY d.%1 LIMIT ?")
            .arg(Deliveries::messageId, Messages::conversationId, Deliveries::channel,
                Deliveries::attempts, Deliveries::nextAttemptAt, Deliveries::createdAt,
                Deliveries::table, Messages::table, Messages::id),
        {limit});
    QList<PendingDelivery> out;
    while (q.next()) {
        PendingDelivery d;
        d.messageId = q.value(0).toLongLong();
        d.conversationId = q.value(1).toLongLong();
        d.channel = fromWire<ChannelKind>(q.value(2).toString()).value_or(ChannelKind::Email);
        d.attempts = q.value(3).toInt();
        d.nextAttemptAt = q.value(4).toLongLong();
        d.createdAt = q.value(5).toLongLong();
        out.append(d);
    }
    return out;
}

void MessageRepository::rescheduleDelivery(Id messageId, int attempts, qint64 nextAttemptAt)
{
    m_db.exec(QStringLiteral("UPDATE %1 SET %2 = ?, %3 = ? WHERE %4 = ?")
                  .arg(Deliveries::table, Deliveries::attempts, Deliveries::nextAttemptAt,
                      Deliveries::messageId),
        {attempts, nextAttemptAt, messageId});
}

void MessageRepository::removeDelivery(Id messageId)
{
    m_db.exec(
        QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(Deliveries::table, Deliveries::messageId),
        {messageId});
}

void MessageRepository::updateDelivery(const Message &reply)
{
    m_db.exec(QStringLiteral("UPDATE %1 SET %2 = ?, %3 = ?, %4 = ?, %5 = ? WHERE %6 = ?")
                  .arg(Messages::table, Messages::delivery, Messages::deliveryError,
                      Messages::providerMessageId, Messages::channelMetadata, Messages::id),
        {toWire(reply.delivery), reply.deliveryError, reply.providerMessageId,
            SqlCodec::encodeObject(reply.channelMetadata), reply.id});
}

std::optional<Message> MessageRepository::latestInbound(Id conversationId, Id beforeId)
{
    QSqlQuery &q = m_db.exec(selectSql()
            + QStringLiteral("WHERE %1 = ? AND %2 = ? AND %3 < ? ORDER BY %3 DESC LIMIT 1")
                  .arg(Messages::conversationId, Messages::kind, Messages::id),
        {conversationId, toWire(MessageKind::Inbound), beforeId});
    return q.next() ? std::optional<Message>(read(q)) : std::nullopt;
}

} // namespace Switchboard::Hub
