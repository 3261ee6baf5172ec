// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConversationTagRepository.h"

#include "Database.h"
#include "Schema.h"
#include "SqlCodec.h"
#include "domain/WireTime.h"

namespace Switchboard::Hub {

using namespace Domain;
using namespace Schema;

namespace {

// Tag rows (t) of `count` tags put on conversations (c) in [?, ?), with further joins; the
// values are the tags, then the period's bounds.
QString taggedIn(qsizetype count, const QString &joins = {})
{
    return QStringLiteral("FROM %1 t JOIN %2 c ON c.%3 = t.%4 %8 WHERE t.%5 IN (%6) AND t.%7 >= ? "
                          "AND t.%7 < ? ")
        .arg(ConversationTags::table, Conversations::table, Conversations::id,
            ConversationTags::conversationId, ConversationTags::tag, SqlCodec::markers(count),
            ConversationTags::taggedAt, joins);
}

QList<QVariant> taggedValues(const QStringList &tags, const QDateTime &from, const QDateTime &to)
{
    QList<QVariant> values;
    for (const QString &tag : tags)
        values.append(tag);
    values << WireTime::toMs(from) << WireTime::toMs(to);
    return values;
}

} // namespace

ConversationTagRepository::ConversationTagRepository(Database &db)
    : m_db(db)
{
}

void ConversationTagRepository::replace(
    Id conversationId, const QStringList &tags, std::optional<Id> userId, const QDateTime &at)
{
    QList<QVariant> kept{conversationId};
    for (const QString &tag : tags)
        kept.append(tag);
    m_db.exec(
        QStringLiteral("DELETE FROM %1 WHERE %2 = ?%3")
            .arg(ConversationTags::table, ConversationTags::conversationId,
                tags.isEmpty() ? QString()
                               : QStringLiteral(" AND %1 NOT IN (%2)")
                                     .arg(ConversationTags::tag, SqlCodec::markers(tags.size()))),
        kept);
    for (const QString &tag : tags) {
        m_db.exec(
            QStringLiteral("INSERT OR IGNORE INTO %1 (%2, %3, %4, %5) VALUES (?, ?, ?, ?)")
                .arg(ConversationTags::table, ConversationTags::conversationId,
                    ConversationTags::tag, ConversationTags::userId, ConversationTags::taggedAt),
            {conversationId, tag, SqlCodec::optionalId(userId), WireTime::toMs(at)});
    }
}

QList<TagCount> ConversationTagRepository::counts(
    const QStringList &tags, const QDateTime &from, const QDateTime &to)
{
    QList<TagCount> out;
    if (tags.isEmpty())
        return out;
    QSqlQuery &q
        = m_db.exec(QStringLiteral("SELECT t.%1, c.%3, c.%2, COUNT(*) ")
                        .arg(ConversationTags::tag, Conversations::channel, Conversations::queueId)
                + taggedIn(tags.size()) + QStringLiteral("GROUP BY 1, 2, 3 ORDER BY 1, 2, 3"),
            taggedValues(tags, from, to));
    while (q.next()) {
        TagCount c;
        c.tag = q.value(0).toString();
        c.queueId = SqlCodec::toOptionalId(q.value(1));
        c.channel = fromWire<ChannelKind>(q.value(2).toString()).value_or(ChannelKind::Email);
        c.count = q.value(3).toInt();
        out.append(c);
    }
    return out;
}

QList<TaggedConversation> ConversationTagRepository::tagged(
    const QStringList &tags, const QDateTime &from, const QDateTime &to)
{
    QList<TaggedConversation> out;
    if (tags.isEmpty())
        return out;
    QSqlQuery &q = m_db.exec(
        QStringLiteral("SELECT t.%1, t.%2, COALESCE(tagger.%3, ''), c.%4, c.%5, customer.%6, "
                       "c.%7, c.%10, COALESCE(queue.%11, ''), c.%8, c.%9, "
                       "COALESCE(assignee.%3, '') ")
                .arg(ConversationTags::tag, ConversationTags::taggedAt, Users::name,
                    Conversations::id, Conversations::customerId, Customers::name,
                    Conversations::channel, Conversations::subject, Conversations::status,
                    Conversations::queueId, Queues::name)
            + taggedIn(tags.size(),
                QStringLiteral("JOIN %1 customer ON customer.%2 = c.%3 LEFT JOIN %4 tagger ON "
                               "tagger.%5 = t.%6 LEFT JOIN %4 assignee ON assignee.%5 = c.%7 "
                               "LEFT JOIN %8 queue ON queue.%9 = c.%10")
                    .arg(Customers::table, Customers::id, Conversations::customerId, Users::table,
                        Users::id, ConversationTags::userId, Conversations::assigneeId,
                        Queues::table, Queues::id, Conversations::queueId))
            + QStringLiteral("ORDER BY t.%1, c.%2, t.%3")
                  .arg(ConversationTags::taggedAt, Conversations::id, ConversationTags::tag),
        taggedValues(tags, from, to));
    while (q.next()) {
        TaggedConversation t;
        t.tag = q.value(0).toString();
        t.taggedAt = WireTime::fromMs(q.value(1).toLongLong());
        t.taggedBy = q.value(2).toString();
        t.conversationId = q.value(3).toLongLong();
        t.customerId = q.value(4).toLongLong();
        t.customerName = q.value(5).toString();
        t.channel = fromWire<ChannelKind>(q.value(6).toString()).value_or(ChannelKind::Email);
        t.queueId = SqlCodec::toOptionalId(q.value(7));
        t.queueName = q.value(8).toString();
        t.subject = q.value(9).toString();
        t.status = fromWire<ConversationStatus>(q.value(10).toString())
                       .value_or(ConversationStatus::Open);
        t.assigneeName = q.value(11).toString();
        out.append(t);
    }
    return out;
}

} // namespace Switchboard::Hub
