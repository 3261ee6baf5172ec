// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CustomerMoves.h"

#include "CacheDatabase.h"
#include "CacheSchema.h"
#include "CacheWriter.h"
#include "domain/Event.h"

#include <QJsonArray>
#include <QSqlQuery>

namespace Switchboard::Store {

using namespace Domain;
using namespace Schema;

namespace {

QString idList(const QList<Id> &ids)
{
    QStringList out;
    for (const Id id : ids)
        out.append(QString::number(id));
    return out.join(QLatin1Char(','));
}

} // namespace

CustomerMoves::CustomerMoves(CacheDatabase &db, CacheWriter &writer)
    : m_db(db)
    , m_writer(writer)
{
}

bool CustomerMoves::timelineLoaded(Id customerId)
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ?")
                                .arg(Customers::timelineLoaded, Customers::table, Customers::id),
        {customerId});
    return q.next() && q.value(0).toBool();
}

void CustomerMoves::moveRows(Id to, Id from, const QList<Id> &conversationIds, ChangeSet &changes)
{
    // Ids are integers from a validated event, so listing them inline is safe.
    const bool byConversation = !conversationIds.isEmpty();
    const QString ids = idList(conversationIds);
    struct Owned
    {
        QLatin1String table;
        QLatin1String customerId;
        QLatin1String json;
        //! What names the row's conversation in SQL.
        QString conversation;
    };
    const Owned owned[] = {
        {Conversations::table, Conversations::customerId, Conversations::json, Conversations::id},
        {Messages::table, Messages::customerId, Messages::json, Messages::conversationId},
        {Calls::table, Calls::customerId, Calls::json,
            QStringLiteral("json_extract(%1, '$.conversation_id')").arg(Calls::json)},
    };
    QSqlQuery touched = m_db.exec(byConversation
            ? QStringLiteral("SELECT DISTINCT %1 FROM %2 WHERE %3 = ? AND %1 IN (%4)")
                  .arg(Messages::conversationId, Messages::table, Messages::customerId, ids)
            : QStringLiteral("SELECT DISTINCT %1 FROM %2 WHERE %3 = ?")
                  .arg(Messages::conversationId, Messages::table, Messages::customerId),
        {from});
    while (touched.next())
        changes.messagesIn.insert(touched.value(0).toLongLong());
    touched.finish();
    for (const Owned &t : owned) {
        const QString where = byConversation
            ? QStringLiteral("%1 = ? AND %2 IN (%3)").arg(t.customerId, t.conversation, ids)
            : QStringLiteral("%1 = ?").arg(t.customerId);
        // The stored JSON is what the ui reads back, so it must name the new owner too.
        m_db.run(QStringLiteral("UPDATE %1 SET %2 = ?, %3 = json_set(%3, '$.customer_id', ?) "
                                "WHERE %4")
                     .arg(t.table, t.customerId, t.json, where),
            {to, to, from});
    }
    for (const Id id : conversationIds)
        changes.conversations.insert(id);
    if (!byConversation) {
        QSqlQuery q = m_db.exec(
            QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ?")
                .arg(Conversations::id, Conversations::table, Conversations::customerId),
            {to});
        while (q.next())
            changes.conversations.insert(q.value(0).toLongLong());
    }
    changes.customers << to << from;
    changes.callsOf << to << from;
}

void CustomerMoves::merge(const Customer &kept, Id mergedId, ChangeSet &changes)
{
    const bool loaded = timelineLoaded(kept.id) && timelineLoaded(mergedId);
    m_writer.upsertCustomer(kept, changes);
    moveRows(kept.id, mergedId, {}, changes);
    // Recent keeps one row per customer: the newer of the two opening times survives.
    m_db.run(QStringLiteral("INSERT INTO %1 (%2, %3) SELECT ?, %3 FROM %1 WHERE %2 = ? "
                            "ON CONFLICT (%2) DO UPDATE SET %3 = max(%3, excluded.%3)")
                 .arg(Recent::table, Recent::customerId, Recent::openedAt),
        {kept.id, mergedId});
    m_db.run(QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(Recent::table, Recent::customerId),
        {mergedId});
    m_db.run(QStringLiteral("DELETE FROM %1 WHERE rowid = ?").arg(CustomersFts::table), {mergedId});
    m_db.run(QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(Customers::table, Customers::id),
        {mergedId});
    m_db.run(QStringLiteral("UPDATE %1 SET %2 = ? WHERE %3 = ?")
                 .arg(Customers::table, Customers::timelineLoaded, Customers::id),
        {loaded, kept.id});
}

void CustomerMoves::split(const Customer &customer, const Customer &newCustomer,
    const QList<Id> &conversationIds, ChangeSet &changes)
{
    const bool loaded = timelineLoaded(customer.id);
    m_writer.upsertCustomer(customer, changes);
    m_writer.upsertCustomer(newCustomer, changes);
    if (!conversationIds.isEmpty())
        moveRows(newCustomer.id, customer.id, conversationIds, changes);
    m_db.run(QStringLiteral("UPDATE %1 SET %2 = ? WHERE %3 = ?")
                 .arg(Customers::table, Customers::timelineLoaded, Customers::id),
        {loaded, newCustomer.id});
}

bool CustomerMoves::apply(
    const QString &type, const QJsonObject &data, ChangeSet &changes, QString *error)
{
    const auto customer
        = Customer::fromJson(data.value(QLatin1String("customer")).toObject(), error);
    if (!customer)
        return false;
    if (type == EventType::CustomerMerged) {
        const QJsonValue merged = data.value(QLatin1String("merged_id"));
        if (!merged.isDouble() || merged.toInteger() < 1 || merged.toInteger() == customer->id) {
            *error = QStringLiteral("merged_id must be another customer's id");
            return false;
        }
        merge(*customer, merged.toInteger(), changes);
        return true;
    }
    const auto created
        = Customer::fromJson(data.value(QLatin1String("new_customer")).toObject(), error);
    if (!created)
        return false;
    QList<Id> ids;
    for (const QJsonValue &v : data.value(QLatin1String("conversation_ids")).toArray()) {
        if (!v.isDouble() || v.toInteger() < 1) {
            *error = QStringLiteral("conversation_ids must be ids");
            return false;
        }
        ids.append(v.toInteger());
    }
    split(*customer, *created, ids, changes);
    return true;
}

} // namespace Switchboard::Store
