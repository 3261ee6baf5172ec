// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EventLog.h"

#include "Database.h"
#include "JsonText.h"
#include "Schema.h"
#include "SqlCodec.h"
#include "Statement.h"
#include "domain/WireTime.h"

#include <QJsonDocument>
#include <algorithm>

namespace Switchboard::Hub {

using namespace Domain;
using namespace Schema;

namespace {

QByteArray encode(const Event &event)
{
    return QJsonDocument(event.toJson()).toJson(QJsonDocument::Compact);
}

// encode(event) from the data's JSON text already written for the row: the members in the
// order compact JSON writes them (by name), without encoding the data a second time. The time
// and the type are written by JsonText, byte for byte as Qt writes them, without a QJsonDocument
// or a QDateTime::toString per event.
QByteArray encode(const Event &event, const QByteArray &dataJson)
{
    const QByteArray type = event.type.toUtf8();
    QByteArray out;
    out.reserve(dataJson.size() + type.size() + 72);
    out.append("{\"at\":");
    out.append(JsonText::time(WireTime::toMs(event.at)));
    out.append(",\"data\":");
    out.append(dataJson);
    out.append(",\"seq\":");
    JsonText::appendInteger(out, event.seq);
    out.append(",\"type\":");
    // Types are the hub's own ASCII names; any other text goes through Qt's writer.
    const bool ascii = std::all_of(
        type.cbegin(), type.cend(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
    if (!ascii
        || !JsonText::appendString(
            out, reinterpret_cast<const unsigned char *>(type.constData()), type.size()))
        out.append(JsonText::qtJson(event.type));
    out.append('}');
    return out;
}

} // namespace

EventLog::EventLog(Database &db)
    : m_db(db)
{
}

StoredEvent EventLog::append(const QString &type, const Audience &audience, const QJsonObject &data)
{
    Q_ASSERT_X(m_db.inTransaction(), "EventLog::append", "events are written with their change");
    StoredEvent out;
    out.event.type = type;
    out.event.at = QDateTime::currentDateTimeUtc();
    out.event.data = data;
    out.audience = audience;
    const QByteArray payload = QJsonDocument(data).toJson(QJsonDocument::Compact);
    static const QString sql
        = QStringLiteral("INSERT INTO %1 (%2, %3, %4, %5) VALUES (?, ?, ?, ?)")
              .arg(Events::table, Events::type, Events::at, Events::audience, Events::payload);
    out.event.seq = m_db.statement(sql)
                        .bind(0, type)
                        .bind(1, WireTime::toMs(out.event.at))
                        .bind(2, audience.encode())
                        .bindUtf8(3, payload)
                        .insert();
    out.json = encode(out.event, payload);
    return out;
}

QList<StoredEvent> EventLog::since(Seq since, int limit)
{
    QSqlQuery &q = m_db.exec(
        QStringLiteral("SELECT %1, %2, %3, %4, %5 FROM %6 WHERE %1 > ? ORDER BY %1 LIMIT ?")
            .arg(Events::seq, Events::type, Events::at, Events::audience, Events::payload,
                Events::table),
        {since, limit});
    QList<StoredEvent> out;
    while (q.next()) {
        StoredEvent e;
        e.event.seq = q.value(0).toLongLong();
        e.event.type = q.value(1).toString();
        e.event.at = WireTime::fromMs(q.value(2).toLongLong());
        e.audience = Audience::decode(q.value(3).toString());
        e.event.data = SqlCodec::decodeObject(q.value(4).toString());
        e.json = encode(e.event);
        out.append(std::move(e));
    }
    return out;
}

Seq EventLog::head()
{
    return m_db
        .scalar(
            QStringLiteral("SELECT COALESCE(MAX(%1), 0) FROM %2").arg(Events::seq, Events::table))
        .toLongLong();
}

} // namespace Switchboard::Hub
