// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CustomerRepository.h"

#include "Database.h"
#include "Schema.h"
#include "SqlCodec.h"
#include "Statement.h"
#include "domain/WireTime.h"

#include <QHash>

namespace Switchboard::Hub {

using namespace Domain;
using namespace Schema;

CustomerRepository::CustomerRepository(Database &db)
    : m_db(db)
{
}

namespace {

const QString &selectColumns()
{
    static const QString columns
        = QStringLiteral("c.%1, c.%2, c.%3, c.%4, c.%5, c.%6, c.%7")
              .arg(Customers::id, Customers::name, Customers::language, Customers::tags,
                  Customers::notes, Customers::createdAt, Customers::updatedAt);
    return columns;
}

// An identity read as (id, customer id, kind, value) from column `at` on, from a QueryRow or a
// Statement.
template <typename Row> Identity readIdentity(const Row &q, int at = 0)
{
    Identity identity;
    identity.id = q.int64(at);
    identity.kind = fromWire<IdentityKind>(q.text(at + 2)).value_or(IdentityKind::Email);
    identity.value = q.text(at + 3);
    return identity;
}

template <typename Row> Customer readCustomer(const Row &q)
{
    Customer c;
    c.id = q.int64(0);
    c.name = q.text(1);
    c.language = q.text(2);
    c.tags = SqlCodec::decodeList(q.text(3));
    c.notes = q.text(4);
    c.createdAt = WireTime::fromMs(q.int64(5));
    c.updatedAt = WireTime::fromMs(q.int64(6));
    return c;
}

QString escapeLike(QString text)
{
    text.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    text.replace(QLatin1Char('%'), QLatin1String("\\%"));
    text.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return text;
}

} // namespace

void CustomerRepository::loadIdentities(QList<Customer> &customers)
{
    if (customers.isEmpty())
        return;
    QHash<Id, qsizetype> index;
    QStringList ids;
    for (qsizetype i = 0; i < customers.size(); ++i) {
        index.insert(customers[i].id, i);
        ids.append(QString::number(customers[i].id));
    }
    // The ids are integers we produced, so listing them inline is safe.
    QSqlQuery &q
        = m_db.exec(QStringLiteral("SELECT %1, %2, %3, %4 FROM %5 WHERE %2 IN (%6) ORDER BY %1")
                        .arg(Identities::id, Identities::customerId, Identities::kind,
                            Identities::value, Identities::table, ids.join(QLatin1Char(','))));
    while (q.next()) {
        customers[index.value(q.value(1).toLongLong())].identities.append(
            readIdentity(SqlCodec::QueryRow{q}));
    }
}

std::optional<Customer> CustomerRepository::byId(Id id)
{
    static const QString sql = QStringLiteral("SELECT %1 FROM %2 c WHERE c.%3 = ?")
                                   .arg(selectColumns(), Customers::table, Customers::id);
    QSqlQuery &q = m_db.exec(sql, {id});
    if (!q.next())
        return std::nullopt;
    Customer customer = readCustomer(SqlCodec::QueryRow{q});
    q.finish();
    static const QString identities
        = QStringLiteral("SELECT %1, %2, %3, %4 FROM %5 WHERE %2 = ? ORDER BY %1")
              .arg(Identities::id, Identities::customerId, Identities::kind, Identities::value,
                  Identities::table);
    QSqlQuery &i = m_db.exec(identities, {id});
    while (i.next())
        customer.identities.append(readIdentity(SqlCodec::QueryRow{i}));
    return customer;
}

std::optional<Customer> CustomerRepository::byIdentity(IdentityKind kind, const QString &value)
{
    // One row per identity of the customer: its columns, then the identity's (as readIdentity).
    static const QString sql
        = QStringLiteral("SELECT %1, i.%2, i.%3, i.%4, i.%5 FROM %6 f JOIN %7 c ON c.%8 = f.%3 "
                         "JOIN %6 i ON i.%3 = c.%8 WHERE f.%4 = ? AND f.%5 = ? ORDER BY i.%2")
              .arg(selectColumns(), Identities::id, Identities::customerId, Identities::kind,
                  Identities::value, Identities::table, Customers::table, Customers::id);
    Statement &q = m_db.statement(sql);
    q.bind(0, toWire(kind)).bind(1, value);
    std::optional<Customer> out;
    while (q.next()) {
        if (!out)
            out = readCustomer(q);
        out->identities.append(readIdentity(q, 7));
    }
    return out;
}

QList<Customer> CustomerRepository::list(const QString &search, Id afterId, int limit)
{
    const bool searching = !search.trimmed().isEmpty();
    const QString pattern = QLatin1Char('%') + escapeLike(search.trimmed()) + QLatin1Char('%');
    QSqlQuery &q = searching
        ? m_db.exec(
            QStringLiteral("SELECT %1 FROM %2 c WHERE c.%3 > ? AND (c.%4 LIKE ? ESCAPE '\\' "
                           "OR EXISTS (SELECT 1 FROM %5 i WHERE i.%6 = c.%3 AND i.%7 "
                           "LIKE ? ESCAPE '\\')) ORDER BY c.%3 LIMIT ?")
                .arg(selectColumns(), Customers::table, Customers::id, Customers::name,
                    Identities::table, Identities::customerId, Identities::value),
            {afterId, pattern, pattern, limit})
        : m_db.exec(QStringLiteral("SELECT %1 FROM %2 c WHERE c.%3 > ? ORDER BY c.%3 LIMIT ?")
                        .arg(selectColumns(), Customers::table, Customers::id),
            {afterId, limit});
    QList<Customer> out;
    while (q.next())
        out.append(readCustomer(SqlCodec::QueryRow{q}));
    loadIdentities(out);
    return out;
}

Customer CustomerRepository::insert(Customer customer)
{
    static const QString sql
        = QStringLiteral("INSERT INTO %1 (%2, %3, %4, %5, %6, %7) VALUES "
                         "(?, ?, ?, ?, ?, ?)")
              .arg(Customers::table, Customers::name, Customers::language, Customers::tags,
                  Customers::notes, Customers::createdAt, Customers::updatedAt);
    static const QString identitySql
        = QStringLiteral("INSERT INTO %1 (%2, %3, %4) VALUES (?, ?, ?)")
              .arg(Identities::table, Identities::customerId, Identities::kind, Identities::value);
    customer.id = m_db.statement(sql)
                      .bind(0, customer.name)
                      .bind(1, customer.language)
                      .bind(2, SqlCodec::encodeList(customer.tags))
                      .bind(3, customer.notes)
                      .bind(4, WireTime::toMs(customer.createdAt))
                      .bind(5, WireTime::toMs(customer.updatedAt))
                      .insert();
    for (Identity &identity : customer.identities) {
        identity.id = m_db.statement(identitySql)
                          .bind(0, customer.id)
                          .bind(1, toWire(identity.kind))
                          .bind(2, identity.value)
                          .insert();
    }
    return customer;
}

void CustomerRepository::update(const Customer &customer)
{
    m_db.exec(QStringLiteral("UPDATE %1 SET %2 = ?, %3 = ?, %4 = ?, %5 = ?, %6 = ? WHERE %7 = ?")
                  .arg(Customers::table, Customers::name, Customers::language, Customers::tags,
                      Customers::notes, Customers::updatedAt, Customers::id),
        {customer.name, customer.language, SqlCodec::encodeList(customer.tags), customer.notes,
            WireTime::toMs(customer.updatedAt), customer.id});
}

namespace {

//! The tables whose rows belong to a customer through a customer id column.
struct OwnedTable
{
    Name table;
    Name customerId;
    //! The column naming the row's conversation; empty for identities.
    Name conversationId;
};

const OwnedTable OwnedByConversation[] = {
    {Conversations::table, Conversations::customerId, Conversations::id},
    {Messages::table, Messages::customerId, Messages::conversationId},
    {Calls::table, Calls::customerId, Calls::conversationId},
};

QString idList(const QList<Id> &ids)
{
    QStringList out;
    for (const Id id : ids)
        out.append(QString::number(id));
    return out.join(QLatin1Char(','));
}

} // namespace

void CustomerRepository::mergeInto(Id into, Id from)
{
    m_db.exec(QStringLiteral("UPDATE %1 SET %2 = ? WHERE %2 = ?")
                  .arg(Identities::table, Identities::customerId),
        {into, from});
    for (const OwnedTable &t : OwnedByConversation)
        m_db.exec(QStringLiteral("UPDATE %1 SET %2 = ? WHERE %2 = ?").arg(t.table, t.customerId),
            {into, from});
    m_db.exec(
        QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(Customers::table, Customers::id), {from});
}

void CustomerRepository::moveTo(
    Id from, Id to, const QList<Id> &identityIds, const QList<Id> &conversationIds)
{
    // The ids are integers parsed from the request, so listing them inline is safe.
    if (!identityIds.isEmpty())
        m_db.exec(QStringLiteral("UPDATE %1 SET %2 = ? WHERE %2 = ? AND %3 IN (%4)")
                      .arg(Identities::table, Identities::customerId, Identities::id,
                          idList(identityIds)),
            {to, from});
    if (conversationIds.isEmpty())
        return;
    for (const OwnedTable &t : OwnedByConversation)
        m_db.exec(QStringLiteral("UPDATE %1 SET %2 = ? WHERE %2 = ? AND %3 IN (%4)")
                      .arg(t.table, t.customerId, t.conversationId, idList(conversationIds)),
            {to, from});
}

QList<Id> CustomerRepository::conversationIds(Id customerId)
{
    QSqlQuery &q
        = m_db.exec(QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ? ORDER BY %1")
                        .arg(Conversations::id, Conversations::table, Conversations::customerId),
            {customerId});
    QList<Id> out;
    while (q.next())
        out.append(q.value(0).toLongLong());
    return out;
}

std::optional<Id> CustomerRepository::findByIdentity(IdentityKind kind, const QString &value)
{
    static const QString sql
        = QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ? AND %4 = ?")
              .arg(Identities::customerId, Identities::table, Identities::kind, Identities::value);
    const QVariant id = m_db.scalar(sql, {toWire(kind), value});
    return id.isValid() ? std::optional<Id>(id.toLongLong()) : std::nullopt;
}

} // namespace Switchboard::Hub
