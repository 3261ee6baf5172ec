// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Outbox.h"

#include "CacheDatabase.h"
#include "CacheSchema.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QUuid>

namespace Switchboard::Store {

namespace Table = Schema::Outbox;

namespace {

QString columns()
{
    return QStringList{Table::id, Table::clientId, Table::kind, Table::conversationId,
        Table::method, Table::path, Table::body, Table::state, Table::errorCode,
        Table::errorMessage, Table::missed, Table::attempts, Table::createdAt, Table::findings}
        .join(QLatin1String(", "));
}

QString compact(const QJsonDocument &document)
{
    return QString::fromUtf8(document.toJson(QJsonDocument::Compact));
}

} // namespace

Outbox::Outbox(CacheDatabase &db)
    : m_db(db)
{
}

OutboxItem Outbox::enqueue(OutboxItem::Kind kind, std::optional<Domain::Id> conversationId,
    const QByteArray &method, const QString &path, QJsonObject body, ChangeSet &changes)
{
    OutboxItem item;
    // A UUID: unique across reinstalls and machines, so two desktops of one agent never collide.
    item.clientId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    body.insert(QLatin1String("client_id"), item.clientId);
    item.kind = kind;
    item.conversationId = conversationId;
    item.method = method;
    item.path = path;
    item.body = body;
    item.createdAt = QDateTime::currentDateTimeUtc();
    m_db.run(QStringLiteral("INSERT INTO %1 (%2, %3, %4, %5, %6, %7, %8, %9) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                 .arg(Table::table, Table::clientId, Table::kind, Table::conversationId,
                     Table::method, Table::path, Table::body, Table::state, Table::createdAt),
        {item.clientId, OutboxItem::kindName(kind),
            conversationId ? QVariant(*conversationId) : QVariant(QMetaType::fromType<qint64>()),
            QString::fromLatin1(method), path, compact(QJsonDocument(body)),
            OutboxItem::stateName(OutboxItem::State::Queued), item.createdAt.toMSecsSinceEpoch()});
    QSqlQuery query = m_db.exec(QStringLiteral("SELECT last_insert_rowid()"));
    item.id = query.next() ? query.value(0).toLongLong() : 0;
    changes.outbox = true;
    return item;
}

OutboxItem Outbox::read(const QSqlQuery &query)
{
    OutboxItem item;
    item.id = query.value(0).toLongLong();
    item.clientId = query.value(1).toString();
    item.kind
        = OutboxItem::kindFromName(query.value(2).toString()).value_or(OutboxItem::Kind::Reply);
    if (!query.value(3).isNull())
        item.conversationId = query.value(3).toLongLong();
    item.method = query.value(4).toString().toLatin1();
    item.path = query.value(5).toString();
    item.body = QJsonDocument::fromJson(query.value(6).toString().toUtf8()).object();
    item.state
        = OutboxItem::stateFromName(query.value(7).toString()).value_or(OutboxItem::State::Queued);
    item.errorCode = query.value(8).toString();
    item.errorMessage = query.value(9).toString();
    const QJsonArray missed = QJsonDocument::fromJson(query.value(10).toString().toUtf8()).array();
    for (const QJsonValue &value : missed) {
        if (const auto message = Domain::Message::fromJson(value.toObject()))
            item.missed << *message;
    }
    item.attempts = query.value(11).toInt();
    item.createdAt = QDateTime::fromMSecsSinceEpoch(query.value(12).toLongLong(), Qt::UTC);
    item.findings = QJsonDocument::fromJson(query.value(13).toString().toUtf8()).array();
    return item;
}

std::optional<OutboxItem> Outbox::nextQueued()
{
    QSqlQuery query = m_db.exec(QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ? ORDER BY %4 LIMIT 1")
                                    .arg(columns(), Table::table, Table::state, Table::id),
        {OutboxItem::stateName(OutboxItem::State::Queued)});
    if (!query.next())
        return std::nullopt;
    return read(query);
}

std::optional<OutboxItem> Outbox::item(qint64 id)
{
    QSqlQuery query = m_db.exec(
        QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ?").arg(columns(), Table::table, Table::id),
        {id});
    if (!query.next())
        return std::nullopt;
    return read(query);
}

QList<OutboxItem> Outbox::items(std::optional<Domain::Id> conversationId)
{
    QList<OutboxItem> result;
    QSqlQuery query = conversationId
        ? m_db.exec(QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ? ORDER BY %4")
                        .arg(columns(), Table::table, Table::conversationId, Table::id),
            {*conversationId})
        : m_db.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
                        .arg(columns(), Table::table, Table::id));
    while (query.next())
        result << read(query);
    return result;
}

int Outbox::queuedCount()
{
    QSqlQuery query = m_db.exec(
        QStringLiteral("SELECT count(*) FROM %1 WHERE %2 = ?").arg(Table::table, Table::state),
        {OutboxItem::stateName(OutboxItem::State::Queued)});
    return query.next() ? query.value(0).toInt() : 0;
}

void Outbox::noteAttempt(qint64 id)
{
    m_db.run(QStringLiteral("UPDATE %1 SET %2 = %2 + 1 WHERE %3 = ?")
                 .arg(Table::table, Table::attempts, Table::id),
        {id});
}

void Outbox::remove(qint64 id, ChangeSet &changes)
{
    m_db.run(QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(Table::table, Table::id), {id});
    changes.outbox = true;
}

void Outbox::markConflict(
    qint64 id, const QString &message, const QList<Domain::Message> &missed, ChangeSet &changes)
{
    QJsonArray array;
    for (const Domain::Message &each : missed)
        array.append(each.toJson());
    m_db.run(QStringLiteral("UPDATE %1 SET %2 = ?, %3 = ?, %4 = ?, %5 = ? WHERE %6 = ?")
                 .arg(Table::table, Table::state, Table::errorCode, Table::errorMessage,
                     Table::missed, Table::id),
        {OutboxItem::stateName(OutboxItem::State::Conflict), QStringLiteral("conflict"), message,
            compact(QJsonDocument(array)), id});
    changes.outbox = true;
}

void Outbox::markRejected(qint64 id, const QString &code, const QString &message,
    const QJsonArray &findings, ChangeSet &changes)
{
    m_db.run(QStringLiteral("UPDATE %1 SET %2 = ?, %3 = ?, %4 = ?, %5 = ? WHERE %6 = ?")
                 .arg(Table::table, Table::state, Table::errorCode, Table::errorMessage,
                     Table::findings, Table::id),
        {OutboxItem::stateName(OutboxItem::State::Rejected), code, message,
            findings.isEmpty() ? QStringLiteral("") : compact(QJsonDocument(findings)), id});
    changes.outbox = true;
}

bool Outbox::requeue(qint64 id, const QJsonObject &bodyChanges, ChangeSet &changes)
{
    auto existing = item(id);
    if (!existing || existing->state == OutboxItem::State::Queued)
        return false;
    QJsonObject body = existing->body;
    for (auto it = bodyChanges.begin(); it != bodyChanges.end(); ++it) {
        if (it.key() != QLatin1String("client_id"))
            body.insert(it.key(), it.value());
    }
    m_db.run(QStringLiteral("UPDATE %1 SET %2 = ?, %3 = ?, %4 = '', %5 = '', %6 = '', %7 = '' "
                            "WHERE %8 = ?")
                 .arg(Table::table, Table::state, Table::body, Table::errorCode,
                     Table::errorMessage, Table::missed, Table::findings, Table::id),
        {OutboxItem::stateName(OutboxItem::State::Queued), compact(QJsonDocument(body)), id});
    changes.outbox = true;
    return true;
}

} // namespace Switchboard::Store
