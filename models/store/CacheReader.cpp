// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CacheReader.h"

#include "CacheDatabase.h"
#include "CacheSchema.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>
#include <limits>

namespace Switchboard::Store {

using namespace Schema;
using namespace Domain;

namespace {

constexpr qint64 NoDeadline = std::numeric_limits<qint64>::max();

QJsonObject parse(const QVariant &value)
{
    return QJsonDocument::fromJson(value.toString().toUtf8()).object();
}

// A message row: its JSON, with the whisper column beside it deciding whom it whispers to.
std::optional<Message> messageOf(const QVariant &json, const QVariant &whisperTo)
{
    auto message = Message::fromJson(parse(json));
    if (message)
        message->whisperTo = whisperTo.toLongLong();
    return message;
}

QDateTime fromMillis(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

// The WHERE clause over conversations that the filter describes, with its bindings.
QString conditions(const InboxFilter &filter, Id me, QVariantList &bindings)
{
    QStringList conds;
    QList<ConversationStatus> statuses = filter.statuses;
    if (statuses.isEmpty())
        statuses = {ConversationStatus::Open, ConversationStatus::Pending};
    QStringList marks;
    for (const ConversationStatus status : std::as_const(statuses)) {
        marks << QStringLiteral("?");
        bindings << toWire(status);
    }
    conds << QStringLiteral("%1 IN (%2)").arg(Conversations::status, marks.join(QLatin1Char(',')));
    switch (filter.scope) {
    case InboxFilter::Scope::Mine:
        conds << QStringLiteral("%1 = ?").arg(Conversations::assigneeId);
        bindings << me;
        break;
    case InboxFilter::Scope::Unassigned:
        conds << QStringLiteral("%1 IS NULL").arg(Conversations::assigneeId);
        break;
    case InboxFilter::Scope::All:
        break;
    }
    if (filter.channel) {
        conds << QStringLiteral("%1 = ?").arg(Conversations::channel);
        bindings << toWire(*filter.channel);
    }
    return conds.join(QLatin1String(" AND "));
}

QString groupedSelect(const QString &where)
{
    return QStringLiteral(
        "SELECT %1 AS cid, max(coalesce(%2, 0)) AS last_at, min(coalesce(%3, %4)) AS due, "
        "count(*) AS n, sum(%5) AS unread_total, max(CASE %6 WHEN 'urgent' THEN 3 WHEN 'high' "
        "THEN 2 WHEN 'normal' THEN 1 ELSE 0 END) AS prio FROM %7 WHERE %8 GROUP BY %1")
        .arg(Conversations::customerId, Conversations::lastMessageAt, Conversations::slaDueAt)
        .arg(NoDeadline)
        .arg(Conversations::unread, Conversations::priority, Conversations::table, where);
}

} // namespace

CacheReader::CacheReader(CacheDatabase &db)
    : m_db(db)
{
}

bool CacheReader::inboxBefore(const InboxFilter &filter, const InboxRow &a, const InboxRow &b)
{
    if (filter.sort == InboxFilter::Sort::SlaDue)
        return a.sortKey != b.sortKey ? a.sortKey < b.sortKey : a.customerId < b.customerId;
    return a.sortKey != b.sortKey ? a.sortKey > b.sortKey : a.customerId > b.customerId;
}

QList<InboxRow> CacheReader::inboxPage(
    const InboxFilter &filter, Id me, const std::optional<InboxRow> &after, int limit)
{
    return inboxRows(filter, me, after, limit, std::nullopt);
}

QList<InboxRow> CacheReader::inboxRows(const InboxFilter &filter, Id me,
    const std::optional<InboxRow> &after, int limit, std::optional<Id> onlyCustomer)
{
    QVariantList bindings;
    QString where = conditions(filter, me, bindings);
    if (onlyCustomer) {
        where += QStringLiteral(" AND %1 = ?").arg(Conversations::customerId);
        bindings << *onlyCustomer;
    }
    const bool byDue = filter.sort == InboxFilter::Sort::SlaDue;
    const QString key = byDue ? QStringLiteral("due") : QStringLiteral("last_at");
    QString keyset;
    if (after) {
        keyset = QStringLiteral("WHERE (g.%1, g.cid) %2 (?, ?)")
                     .arg(key, byDue ? QStringLiteral(">") : QStringLiteral("<"));
        bindings << after->sortKey << after->customerId;
    }
    const QString order
        = byDue ? QStringLiteral("g.due, g.cid") : QStringLiteral("g.last_at DESC, g.cid DESC");
    bindings << limit;
    QSqlQuery query = m_db.execList(
        QStringLiteral("SELECT g.cid, g.last_at, g.due, g.n, g.unread_total, g.prio, cu.%1 "
                       "FROM (%2) g LEFT JOIN %3 cu ON cu.%4 = g.cid %5 ORDER BY %6 LIMIT ?")
            .arg(Customers::name, groupedSelect(where), Customers::table, Customers::id, keyset,
                order),
        bindings);
    QList<InboxRow> rows;
    while (query.next()) {
        InboxRow row;
        row.customerId = query.value(0).toLongLong();
        const qint64 last = query.value(1).toLongLong();
        const qint64 due = query.value(2).toLongLong();
        row.lastActivityAt = last > 0 ? fromMillis(last) : QDateTime();
        row.slaDueAt = due != NoDeadline ? fromMillis(due) : QDateTime();
        row.sortKey = byDue ? due : last;
        row.conversationCount = query.value(3).toInt();
        row.unread = query.value(4).toInt();
        row.priority = Priority(std::clamp(query.value(5).toInt(), 0, 3));
        row.customerName = query.value(6).toString();
        rows << row;
    }
    query.finish();
    // Channels and the top conversation: a handful of indexed lookups per page.
    for (InboxRow &row : rows) {
        QVariantList rowBindings;
        const QString rowWhere = conditions(filter, me, rowBindings);
        rowBindings.prepend(row.customerId);
        QSqlQuery detail = m_db.execList(
            QStringLiteral("SELECT %1, %2, %3, %4 FROM %5 WHERE %6 = ? AND %7 ORDER BY "
                           "coalesce(%8, 0) DESC, %1 DESC")
                .arg(Conversations::id, Conversations::channel, Conversations::subject,
                    Conversations::assigneeId, Conversations::table, Conversations::customerId,
                    rowWhere, Conversations::lastMessageAt),
            rowBindings);
        bool first = true;
        while (detail.next()) {
            if (first) {
                row.topConversationId = detail.value(0).toLongLong();
                row.topSubject = detail.value(2).toString();
                if (!detail.value(3).isNull())
                    row.topAssigneeId = detail.value(3).toLongLong();
                first = false;
            }
            const auto channel = fromWire<ChannelKind>(detail.value(1).toString());
            if (channel && !row.channels.contains(*channel))
                row.channels << *channel;
        }
    }
    return rows;
}

std::optional<InboxRow> CacheReader::inboxRow(const InboxFilter &filter, Id me, Id customerId)
{
    // The page query narrowed to one customer, so a row updated in place is exactly the row a
    // fresh page would show.
    const QList<InboxRow> rows = inboxRows(filter, me, std::nullopt, 1, customerId);
    if (rows.isEmpty())
        return std::nullopt;
    return rows.first();
}

QList<TimelineEntry> CacheReader::timelinePage(
    Id customerId, const std::optional<TimelineEntry> &before, int limit)
{
    const qint64 at = before ? before->at.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max();
    const int type = before ? int(before->type) : 2;
    const qint64 id = before ? before->id() : 0;
    QSqlQuery query = m_db.exec(
        // A whisper comes with the name of the agent it is for, as the users table has it.
        QStringLiteral("SELECT 0 AS t, %1 AS id, %2 AS at, %3 AS json, %11, "
                       "(SELECT %13 FROM %12 WHERE %12.%14 = %4.%11) FROM %4 WHERE %5 = ? AND "
                       "(%2, 0, %1) < (?, ?, ?) "
                       "UNION ALL SELECT 1, %6, coalesce(%7, 0), %8, 0, NULL FROM %9 WHERE "
                       "%10 = ? AND (coalesce(%7, 0), 1, %6) < (?, ?, ?) "
                       "ORDER BY at DESC, t DESC, id DESC LIMIT ?")
            .arg(Messages::id, Messages::createdAt, Messages::json, Messages::table,
                Messages::customerId, Calls::id, Calls::offeredAt, Calls::json, Calls::table)
            .arg(Calls::customerId, Messages::whisperTo, Users::table, Users::name, Users::id),
        {customerId, at, type, id, customerId, at, type, id, limit});
    QList<TimelineEntry> entries;
    while (query.next()) {
        TimelineEntry entry;
        entry.type = query.value(0).toInt() == 0 ? TimelineEntry::Type::Message
                                                 : TimelineEntry::Type::Call;
        entry.at = fromMillis(query.value(2));
        if (entry.type == TimelineEntry::Type::Message) {
            const auto message = messageOf(query.value(3), query.value(4));
            if (!message)
                continue;
            entry.message = *message;
            entry.whisperToName = query.value(5).toString();
        } else {
            const auto call = CallRecord::fromJson(parse(query.value(3)));
            if (!call)
                continue;
            entry.call = *call;
        }
        entries << entry;
    }
    return entries;
}

QList<Message> CacheReader::messagesPage(Id conversationId, Id beforeId, int limit)
{
    QSqlQuery query = m_db.exec(
        QStringLiteral("SELECT %1, %5 FROM %2 WHERE %3 = ? AND %4 < ? ORDER BY %4 DESC LIMIT ?")
            .arg(Messages::json, Messages::table, Messages::conversationId, Messages::id,
                Messages::whisperTo),
        {conversationId, beforeId > 0 ? beforeId : std::numeric_limits<qint64>::max(), limit});
    QList<Message> messages;
    while (query.next()) {
        if (const auto message = messageOf(query.value(0), query.value(1)))
            messages << *message;
    }
    return messages;
}

std::optional<Message> CacheReader::message(Id id)
{
    QSqlQuery query
        = m_db.exec(QStringLiteral("SELECT %1, %4 FROM %2 WHERE %3 = ?")
                        .arg(Messages::json, Messages::table, Messages::id, Messages::whisperTo),
            {id});
    return query.next() ? messageOf(query.value(0), query.value(1)) : std::nullopt;
}

std::optional<CallRecord> CacheReader::call(Id id)
{
    QSqlQuery query = m_db.exec(
        QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ?").arg(Calls::json, Calls::table, Calls::id),
        {id});
    return query.next() ? CallRecord::fromJson(parse(query.value(0))) : std::nullopt;
}

QList<CallRecord> CacheReader::callsOf(Id customerId, int limit)
{
    QSqlQuery query = m_db.exec(
        QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ? "
                       "ORDER BY %4 DESC, %5 DESC LIMIT ?")
            .arg(Calls::json, Calls::table, Calls::customerId, Calls::offeredAt, Calls::id),
        {customerId, limit});
    QList<CallRecord> calls;
    while (query.next()) {
        if (const auto call = CallRecord::fromJson(parse(query.value(0))))
            calls << *call;
    }
    return calls;
}

std::optional<Customer> CacheReader::customer(Id id)
{
    QSqlQuery query = m_db.exec(QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ?")
                                    .arg(Customers::json, Customers::table, Customers::id),
        {id});
    return query.next() ? Customer::fromJson(parse(query.value(0))) : std::nullopt;
}

bool CacheReader::timelineLoaded(Id customerId)
{
    QSqlQuery query
        = m_db.exec(QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ?")
                        .arg(Customers::timelineLoaded, Customers::table, Customers::id),
            {customerId});
    return query.next() && query.value(0).toInt() != 0;
}

std::optional<Conversation> CacheReader::conversation(Id id)
{
    QSqlQuery query
        = m_db.exec(QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ?")
                        .arg(Conversations::json, Conversations::table, Conversations::id),
            {id});
    return query.next() ? Conversation::fromJson(parse(query.value(0))) : std::nullopt;
}

QList<Conversation> CacheReader::conversationsOf(Id customerId)
{
    QSqlQuery query = m_db.exec(QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ? ORDER BY %4")
                                    .arg(Conversations::json, Conversations::table,
                                        Conversations::customerId, Conversations::id),
        {customerId});
    QList<Conversation> conversations;
    while (query.next()) {
        if (const auto conversation = Conversation::fromJson(parse(query.value(0))))
            conversations << *conversation;
    }
    return conversations;
}

QList<Id> CacheReader::recentCustomers(int limit)
{
    QSqlQuery query = m_db.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY %3 DESC LIMIT ?")
                                    .arg(Recent::customerId, Recent::table, Recent::openedAt),
        {limit});
    QList<Id> ids;
    while (query.next())
        ids << query.value(0).toLongLong();
    return ids;
}

QList<AgentRow> CacheReader::agents()
{
    return agentRows(std::nullopt);
}

std::optional<AgentRow> CacheReader::agent(Id userId)
{
    // One user, not the whole team: the ui asks for single users often (its own card, a
    // colleague's name).
    const QList<AgentRow> rows = agentRows(userId);
    return rows.isEmpty() ? std::nullopt : std::optional<AgentRow>(rows.first());
}

QList<AgentRow> CacheReader::agentRows(std::optional<Id> onlyUser)
{
    const QString where = onlyUser ? QStringLiteral("WHERE u.%1 = ?").arg(Users::id) : QString();
    QVariantList bindings;
    if (onlyUser)
        bindings << *onlyUser;
    QSqlQuery query = m_db.execList(
        QStringLiteral("SELECT u.%1, (SELECT count(*) FROM %2 c WHERE c.%3 = u.%4 AND c.%5 IN "
                       "('open', 'pending')), (SELECT count(*) FROM %2 c WHERE c.%3 = u.%4 AND "
                       "c.%5 IN ('open', 'pending') AND c.%6 > 0) FROM %7 u %9 ORDER BY u.%8, u.%4")
            .arg(Users::json, Conversations::table, Conversations::assigneeId, Users::id,
                Conversations::status, Conversations::unread, Users::table, Users::name, where),
        bindings);
    QList<AgentRow> rows;
    while (query.next()) {
        const auto user = User::fromJson(parse(query.value(0)));
        if (!user)
            continue;
        rows << AgentRow{*user, query.value(1).toInt(), query.value(2).toInt()};
    }
    return rows;
}

QList<SearchHit> CacheReader::search(const QString &text, int limit)
{
    // Each word becomes a quoted prefix term, so punctuation or FTS syntax in what the agent
    // typed can never make the query fail.
    QStringList terms;
    for (QString word :
        text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
        word.remove(QLatin1Char('"'));
        if (!word.isEmpty())
            terms << QLatin1Char('"') + word + QStringLiteral("\"*");
    }
    QList<SearchHit> hits;
    if (terms.isEmpty() || limit <= 0)
        return hits;
    const QString match = terms.join(QLatin1Char(' '));
    QSqlQuery customers = m_db.exec(
        QStringLiteral("SELECT rowid, %1, snippet(%2, -1, '[', ']', '…', 8) FROM %2 WHERE %2 "
                       "MATCH ? ORDER BY rank LIMIT ?")
            .arg(CustomersFts::name, CustomersFts::table),
        {match, limit});
    while (customers.next()) {
        SearchHit hit;
        hit.customerId = customers.value(0).toLongLong();
        hit.customerName = customers.value(1).toString();
        hit.snippet = customers.value(2).toString();
        hits << hit;
    }
    customers.finish();
    // Newest first: FTS5 walks its index backwards and stops at the limit, where ranking by
    // relevance would score every match of a common word first.
    QSqlQuery messages = m_db.exec(
        QStringLiteral("SELECT m.%1, m.%2, m.%3, m.%4, snippet(%5, 0, '[', ']', '…', 12), cu.%6 "
                       "FROM %5 JOIN %7 m ON m.%1 = %5.rowid LEFT JOIN %8 cu ON cu.%9 = m.%3 "
                       "WHERE %5 MATCH ? ORDER BY %5.rowid DESC LIMIT ?")
            .arg(Messages::id, Messages::conversationId, Messages::customerId, Messages::createdAt,
                MessagesFts::table, Customers::name, Messages::table, Customers::table,
                Customers::id),
        {match, limit});
    while (messages.next()) {
        SearchHit hit;
        hit.messageId = messages.value(0).toLongLong();
        hit.conversationId = messages.value(1).toLongLong();
        hit.customerId = messages.value(2).toLongLong();
        hit.at = fromMillis(messages.value(3));
        hit.snippet = messages.value(4).toString();
        hit.customerName = messages.value(5).toString();
        hits << hit;
    }
    return hits;
}

QString CacheReader::meta(QLatin1String key)
{
    QSqlQuery query = m_db.exec(
        QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ?").arg(Meta::value, Meta::table, Meta::key),
        {QString(key)});
    return query.next() ? query.value(0).toString() : QString();
}

Seq CacheReader::cursor()
{
    return meta(Meta::cursorKey).toLongLong();
}

QDateTime CacheReader::lastSyncAt()
{
    const QString value = meta(Meta::lastSyncKey);
    return value.isEmpty() ? QDateTime() : fromMillis(value.toLongLong());
}

bool CacheReader::initialSyncDone()
{
    return meta(Meta::initialSyncDoneKey) == QLatin1String("1");
}

Id CacheReader::signedInUserId()
{
    return meta(Meta::userIdKey).toLongLong();
}

QJsonObject CacheReader::policy()
{
    return QJsonDocument::fromJson(meta(Meta::policyKey).toUtf8()).object();
}

} // namespace Switchboard::Store
