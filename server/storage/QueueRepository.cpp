// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "QueueRepository.h"

#include "Database.h"
#include "Schema.h"
#include "SqlCodec.h"

namespace Switchboard::Hub {

using namespace Domain;
using namespace Schema;

namespace {

QString selectSql()
{
    return QStringLiteral("SELECT %1, %2, %3, %4, %5, %6, %7, %8 FROM %9 ")
        .arg(Queues::id, Queues::name, Queues::position, Queues::topics, Queues::languages,
            Queues::channels, Queues::skills, Queues::slaSeconds, Queues::table);
}

// The row holds the lists as the wire does, so the wire's reader reads it back.
Queue read(const QSqlQuery &q)
{
    const QJsonObject json{{QLatin1String("id"), q.value(0).toLongLong()},
        {QLatin1String("name"), q.value(1).toString()},
        {QLatin1String("position"), q.value(2).toInt()},
        {QLatin1String("topics"),
            QJsonArray::fromStringList(SqlCodec::decodeList(q.value(3).toString()))},
        {QLatin1String("languages"),
            QJsonArray::fromStringList(SqlCodec::decodeList(q.value(4).toString()))},
        {QLatin1String("channels"),
            QJsonArray::fromStringList(SqlCodec::decodeList(q.value(5).toString()))},
        {QLatin1String("skills"),
            QJsonArray::fromStringList(SqlCodec::decodeList(q.value(6).toString()))},
        {QLatin1String("sla_seconds"), SqlCodec::decodeObject(q.value(7).toString())}};
    Queue queue = Queue::fromJson(json).value_or(Queue());
    queue.id = q.value(0).toLongLong();
    queue.name = q.value(1).toString();
    return queue;
}

// The columns after the id, in the order selectSql() and the writes name them.
QList<QVariant> columns(const Queue &queue)
{
    const QJsonObject json = queue.toJson();
    QStringList channels;
    for (const QJsonValue &c : json.value(QLatin1String("channels")).toArray())
        channels.append(c.toString());
    return {queue.name, queue.position, SqlCodec::encodeList(queue.topics),
        SqlCodec::encodeList(queue.languages), SqlCodec::encodeList(channels),
        SqlCodec::encodeList(queue.skills),
        SqlCodec::encodeObject(json.value(QLatin1String("sla_seconds")).toObject())};
}

} // namespace

QueueRepository::QueueRepository(Database &db)
    : m_db(db)
{
}

QList<Queue> QueueRepository::all()
{
    QSqlQuery &q = m_db.exec(
        selectSql() + QStringLiteral("ORDER BY %1, %2").arg(Queues::position, Queues::id));
    QList<Queue> out;
    while (q.next())
        out.append(read(q));
    return out;
}

std::optional<Queue> QueueRepository::byId(Id id)
{
    QSqlQuery &q = m_db.exec(selectSql() + QStringLiteral("WHERE %1 = ?").arg(Queues::id), {id});
    return q.next() ? std::optional<Queue>(read(q)) : std::nullopt;
}

bool QueueRepository::nameTaken(const QString &name, Id exceptId)
{
    return m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2 = ? AND %3 <> ?")
                           .arg(Queues::table, Queues::name, Queues::id),
                   {name, exceptId})
               .toInt()
        > 0;
}

Queue QueueRepository::insert(Queue queue)
{
    queue.id = m_db.insertReturningId(
        QStringLiteral("INSERT INTO %1 (%2, %3, %4, %5, %6, %7, %8) VALUES (?, ?, ?, ?, ?, ?, ?) "
                       "RETURNING %9")
            .arg(Queues::table, Queues::name, Queues::position, Queues::topics, Queues::languages,
                Queues::channels, Queues::skills, Queues::slaSeconds, Queues::id),
        columns(queue));
    return queue;
}

void QueueRepository::update(const Queue &queue)
{
    m_db.exec(
        QStringLiteral("UPDATE %1 SET %2 = ?, %3 = ?, %4 = ?, %5 = ?, %6 = ?, %7 = ?, "
                       "%8 = ? WHERE %9 = ?")
            .arg(Queues::table, Queues::name, Queues::position, Queues::topics, Queues::languages,
                Queues::channels, Queues::skills, Queues::slaSeconds, Queues::id),
        columns(queue) << queue.id);
}

QList<Id> QueueRepository::remove(Id id)
{
    QList<Id> conversations;
    QSqlQuery &q
        = m_db.exec(QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ? ORDER BY %1")
                        .arg(Conversations::id, Conversations::table, Conversations::queueId),
            {id});
    while (q.next())
        conversations.append(q.value(0).toLongLong());
    m_db.exec(QStringLiteral("UPDATE %1 SET %2 = NULL WHERE %2 = ?")
                  .arg(Conversations::table, Conversations::queueId),
        {id});
    m_db.exec(QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(Queues::table, Queues::id), {id});
    return conversations;
}

} // namespace Switchboard::Hub
