// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BoardRepository.h"

#include "Database.h"
#include "Schema.h"
#include "SqlCodec.h"
#include "Statement.h"

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
    static const QString workSql = QStringLiteral("SELECT %1, COUNT(*) FROM %2 WHERE %3 = ? AND "
                                                  "%4 IN (?, ?) GROUP BY %1")
                                       .arg(Conversations::channel, Conversations::table,
                                           Conversations::assigneeId, Conversations::status);
    QSqlQuery &work = m_db.exec(workSql, {userId, open, pending});
    while (work.next()) {
        if (const auto channel = fromWire<ChannelKind>(work.value(0).toString()))
            out.conversations.insert(*channel, work.value(1).toInt());
    }
    static const QString liveSql
        = QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2 = ? AND %3 = 0 AND %4 > 0")
              .arg(Calls::table, Calls::agentId, Calls::endedAt, Calls::answeredAt);
    out.liveCalls = m_db.scalar(liveSql, {userId}).toInt();
    // As the daily reports count them (api.md 3.16): each resolution, for the assignee then,
    // timed from the start of its work when that is known; each answered call that ended, its
    // talk time, holds included, and its after-call work.
    static const QString closedSql
        = QStringLiteral("SELECT COUNT(*), COUNT(%1), COALESCE(SUM(CASE WHEN %2 > %1 THEN %2 - "
                         "%1 ELSE 0 END), 0) / 1000 FROM %3 WHERE %4 = ? AND %2 >= ?")
              .arg(Closures::startedAt, Closures::closedAt, Closures::table, Closures::userId);
    QSqlQuery &closed = m_db.exec(closedSql, {userId, dayStartMs});
    if (closed.next()) {
        out.handled += closed.value(0).toInt();
        out.timed += closed.value(1).toInt();
        out.handleSeconds += closed.value(2).toLongLong();
    }
    closed.finish();
    static const QString callsSql
        = QStringLiteral("SELECT COUNT(*), COALESCE(SUM(%1 + %6), 0) FROM %2 WHERE %3 = ? AND "
                         "%4 >= ? AND (%5 > 0 OR %1 > 0)")
              .arg(Calls::durationSeconds, Calls::table, Calls::agentId, Calls::endedAt,
                  Calls::answeredAt, Calls::wrapUpSeconds);
    QSqlQuery &calls = m_db.exec(callsSql, {userId, dayStartMs});
    if (calls.next()) {
        out.handled += calls.value(0).toInt();
        out.timed += calls.value(0).toInt();
        out.handleSeconds += calls.value(1).toLongLong();
    }
    calls.finish();
    return out;
}

std::optional<WorkOwner> BoardRepository::ownerOf(Id conversationId)
{
    // Read for every conversation each change touches: through the C API.
    static const QString sql = QStringLiteral("SELECT %1, %2 FROM %3 WHERE %4 = ?")
                                   .arg(Conversations::assigneeId, Conversations::queueId,
                                       Conversations::table, Conversations::id);
    Statement &q = m_db.statement(sql);
    q.bind(0, conversationId);
    if (!q.next())
        return std::nullopt;
    WorkOwner out{SqlCodec::optionalIdAt(q, 0), SqlCodec::optionalIdAt(q, 1)};
    q.reset();
    return out;
}

QHash<Id, Id> BoardRepository::assigneesOfCountedWork()
{
    QSqlQuery &q
        = m_db.exec(QStringLiteral("SELECT %1, %2 FROM %3 WHERE %2 IS NOT NULL AND %4 != ?")
                        .arg(Conversations::id, Conversations::assigneeId, Conversations::table,
                            Conversations::status),
            {toWire(ConversationStatus::Resolved)});
    QHash<Id, Id> out;
    while (q.next())
        out.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
    return out;
}

QHash<Id, Id> BoardRepository::queuesOfCountedWork(qint64 dayStartMs)
{
    QSqlQuery &q = m_db.exec(
        QStringLiteral(
            "SELECT %1, COALESCE(%2, 0) FROM %3 WHERE (%4 = ? AND %5 IS NULL) OR %6 >= ?")
            .arg(Conversations::id, Conversations::queueId, Conversations::table,
                Conversations::status, Conversations::assigneeId, Conversations::updatedAt),
        {toWire(ConversationStatus::Open), dayStartMs});
    QHash<Id, Id> out;
    while (q.next())
        out.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
    return out;
}

QueueFigures BoardRepository::queueFigures(std::optional<Id> queueId,
    const QMap<ChannelKind, int> &slaSeconds, qint64 dayStartMs, const WaitingSince &known,
    WaitingSince *found)
{
    QueueFigures out;
    // "c" is the conversation in every statement below; the queue is bound last.
    const QString inQueue = queueId ? QStringLiteral("c.%1 = ?").arg(Conversations::queueId)
                                    : QStringLiteral("c.%1 IS NULL").arg(Conversations::queueId);
    const auto bind = [&](QList<QVariant> values) {
        if (queueId)
            values.append(*queueId);
        return values;
    };
    const auto targetOf = [&](std::optional<ChannelKind> kind) -> std::optional<qint64> {
        if (!kind || !slaSeconds.contains(*kind))
            return std::nullopt;
        return qint64(slaSeconds.value(*kind)) * 1000;
    };
    const auto target
        = [&](const QString &channel) { return targetOf(fromWire<ChannelKind>(channel)); };

    // The queue's waiting conversations are read from their index alone (the ids); each one's
    // wait and channel are read once and then taken from known until a change touches it.
    static const auto waitingSql = [](const QString &inQueue) -> QString {
        return QStringLiteral("SELECT c.%1 FROM %2 c INDEXED BY %3 WHERE c.%4 = ? AND c.%5 IS "
                              "NULL AND ")
                   .arg(Conversations::id, Conversations::table, Conversations::queueWaitingIndex,
                       Conversations::status, Conversations::assigneeId)
            + inQueue;
    };
    static const QString waitingInQueueSql
        = waitingSql(QStringLiteral("c.%1 = ?").arg(Conversations::queueId));
    static const QString waitingInNoQueueSql
        = waitingSql(QStringLiteral("c.%1 IS NULL").arg(Conversations::queueId));
    Statement &waiting = m_db.statement(queueId ? waitingInQueueSql : waitingInNoQueueSql);
    waiting.bind(0, toWire(ConversationStatus::Open));
    if (queueId)
        waiting.bind(1, *queueId);
    while (waiting.next()) {
        const Id id = waiting.int64(0);
        Wait wait;
        if (const auto it = known.constFind(id); it != known.cend()) {
            wait = *it;
        } else {
            wait = waitOf(id);
            found->insert(id, wait);
        }
        ++out.waiting;
        if (out.longestWaitingSinceMs == 0 || wait.since < out.longestWaitingSinceMs) {
            out.longestWaitingSinceMs = wait.since;
            out.longestWaitingChannel = wait.channel;
        }
        if (const auto sla = targetOf(wait.channel)) {
            if (out.slaDueAtMs == 0 || wait.since + *sla < out.slaDueAtMs)
                out.slaDueAtMs = wait.since + *sla;
        }
    }

    // A conversation's first response is its first reply; a call's, its answer.
    const auto answer = [&](const QString &channel, qint64 from, qint64 to) {
        ++out.answered;
        if (const auto sla = target(channel)) {
            ++out.answeredWithTarget;
            if (to - from <= *sla)
                ++out.answeredInSla;
        }
    };
    // As the daily reports count them: a conversation's first reply, when a customer's message
    // came before it, timed from the conversation's creation. Only conversations with a reply
    // since the day began can have had their first one since then.
    const QString firstReply
        = QStringLiteral("(SELECT MIN(r.%1) FROM %2 r INDEXED BY %3 WHERE r.%4 = c.%5 AND r.%6 = ?)")
              .arg(QStringLiteral("%1"), Messages::table, Messages::byConversationIndex,
                  Messages::conversationId, Conversations::id, Messages::kind);
    QSqlQuery &replies = m_db.exec(
        // CROSS JOIN keeps the day's replies the outer loop (not every conversation of the queue).
        // The kind is written in the text, not bound, so SQLite can read the day's replies from
        // their partial index (schema 15).
        QStringLiteral("SELECT f.ch, f.created, f.first_at FROM (SELECT c.%1 AS cid, c.%2 AS ch, "
                       "c.%3 AS created, %4 AS first_id, %5 AS first_at FROM (SELECT DISTINCT "
                       "m.%7 AS id FROM %8 m WHERE m.%9 = '%12' AND m.%10 >= ?) t CROSS JOIN "
                       "%6 c ON c.%1 = t.id WHERE c.%11 >= ? AND ")
                .arg(Conversations::id, Conversations::channel, Conversations::createdAt,
                    firstReply.arg(Messages::id), firstReply.arg(Messages::createdAt),
                    Conversations::table, Messages::conversationId, Messages::table, Messages::kind)
                .arg(Messages::createdAt, Conversations::updatedAt, toWire(MessageKind::Reply))
            + inQueue
            + QStringLiteral(") f WHERE f.first_at >= ? AND EXISTS (SELECT 1 FROM %1 i INDEXED BY "
                             "%2 WHERE i.%3 = f.cid AND i.%4 = ? AND i.%5 < f.first_id)")
                  .arg(Messages::table, Messages::byConversationIndex, Messages::conversationId,
                      Messages::kind, Messages::id),
        [&] {
            QList<QVariant> values{
                toWire(MessageKind::Reply), toWire(MessageKind::Reply), dayStartMs, dayStartMs};
            if (queueId)
                values.append(*queueId);
            values << dayStartMs << toWire(MessageKind::Inbound);
            return values;
        }());
    while (replies.next())
        answer(replies.value(0).toString(), replies.value(1).toLongLong(),
            replies.value(2).toLongLong());
    QSqlQuery &calls = m_db.exec(
        QStringLiteral("SELECT k.%1, k.%2 FROM %3 k JOIN %4 c ON c.%5 = k.%6 WHERE k.%2 >= ? AND ")
                .arg(Calls::offeredAt, Calls::answeredAt, Calls::table, Conversations::table,
                    Conversations::id, Calls::conversationId)
            + inQueue,
        bind({dayStartMs}));
    while (calls.next())
        answer(
            toWire(ChannelKind::Voice), calls.value(0).toLongLong(), calls.value(1).toLongLong());
    QSqlQuery &abandoned = m_db.exec(
        QStringLiteral("SELECT COUNT(*) FROM %1 k JOIN %2 c ON c.%3 = k.%4 WHERE "
                       "k.%5 >= ? AND k.%6 = 0 AND k.%7 = 0 AND ")
                .arg(Calls::table, Conversations::table, Conversations::id, Calls::conversationId,
                    Calls::endedAt, Calls::answeredAt, Calls::durationSeconds)
            + inQueue,
        bind({dayStartMs}));
    if (abandoned.next())
        out.abandonedCalls = abandoned.value(0).toInt();
    abandoned.finish();
    return out;
}

BoardRepository::Wait BoardRepository::waitOf(Id conversationId)
{
    // The conversation's messages read through its own index, which holds their kind and time:
    // planned by kind and time instead, the smallest time would be looked for among every
    // message of that kind the hub holds.
    static const QString sql
        = QStringLiteral("SELECT c.%1, COALESCE((SELECT MIN(m.%2) FROM %3 m INDEXED BY %4 WHERE "
                         "m.%5 = c.%6 AND m.%7 = ? AND m.%8 > COALESCE((SELECT MAX(r.%8) FROM %3 "
                         "r INDEXED BY %4 WHERE r.%5 = c.%6 AND r.%7 = ?), 0)), c.%9) FROM %10 c "
                         "WHERE c.%6 = ?")
              .arg(Conversations::channel, Messages::createdAt, Messages::table,
                  Messages::byConversationIndex, Messages::conversationId, Conversations::id,
                  Messages::kind, Messages::id, Conversations::createdAt)
              .arg(Conversations::table);
    Statement &q = m_db.statement(sql);
    q.bind(0, toWire(MessageKind::Inbound))
        .bind(1, toWire(MessageKind::Reply))
        .bind(2, conversationId);
    Wait out;
    if (q.next()) {
        out.channel = fromWire<ChannelKind>(q.text(0));
        out.since = q.int64(1);
    }
    q.reset();
    return out;
}

} // namespace Switchboard::Hub
