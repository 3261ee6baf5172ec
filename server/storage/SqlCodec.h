// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Ids.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>
#include <initializer_list>
#include <optional>

// Conversions between domain values and column values, shared by the repositories.
namespace Switchboard::Hub::SqlCodec {

inline QString encodeList(const QStringList &list)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

inline QStringList decodeList(const QString &text)
{
    QStringList out;
    for (const QJsonValue &v : QJsonDocument::fromJson(text.toUtf8()).array())
        out.append(v.toString());
    return out;
}

inline QString encodeObject(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

inline QJsonObject decodeObject(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

inline QVariant optionalId(const std::optional<Domain::Id> &id)
{
    return id ? QVariant(*id) : QVariant(QMetaType::fromType<qint64>());
}

inline std::optional<Domain::Id> toOptionalId(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<Domain::Id>(value.toLongLong());
}

//! A QSqlQuery's current row read through the interface of Statement (int64, text, isNull),
//! so one reader of a row serves both kinds of statement.
struct QueryRow
{
    const QSqlQuery &query;
    qint64 int64(int column) const { return query.value(column).toLongLong(); }
    QString text(int column) const { return query.value(column).toString(); }
    bool isNull(int column) const { return query.value(column).isNull(); }
};

//! An id column of a row (QueryRow or Statement); empty when NULL.
template <typename Row> std::optional<Domain::Id> optionalIdAt(const Row &row, int column)
{
    return row.isNull(column) ? std::nullopt : std::optional<Domain::Id>(row.int64(column));
}

//! "a, b, c": the names of columns, for SELECT and INSERT lists.
inline QString columns(std::initializer_list<QLatin1String> names)
{
    QString out;
    for (const QLatin1String &name : names)
        out += (out.isEmpty() ? QString() : QStringLiteral(", ")) + name;
    return out;
}

//! "?, ?, ?" with n markers, for IN lists and VALUES.
inline QString markers(qsizetype n)
{
    QString out;
    for (qsizetype i = 0; i < n; ++i)
        out += i ? QStringLiteral(", ?") : QStringLiteral("?");
    return out;
}

} // namespace Switchboard::Hub::SqlCodec
