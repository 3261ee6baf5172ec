// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BoardTable.h"

#include "domain/WireTime.h"

namespace Switchboard::Item {

BoardTable::BoardTable(QString keyField, QObject *parent)
    : QAbstractTableModel(parent)
    , m_keyField(std::move(keyField))
{
}

QString BoardTable::keyOf(const QJsonValue &value)
{
    // Ids are numbers; the queue row of work in no queue has the key null.
    return value.isDouble() ? QString::number(value.toInteger()) : QString();
}

void BoardTable::reset(const QJsonArray &rows)
{
    beginResetModel();
    m_rows.clear();
    m_index.clear();
    for (const QJsonValue &value : rows) {
        const QJsonObject row = value.toObject();
        const QString key = keyOf(row.value(m_keyField));
        if (m_index.contains(key) || !shows(row))
            continue;
        m_index.insert(key, int(m_rows.size()));
        m_rows << row;
    }
    endResetModel();
    rowsUpdated();
}

void BoardTable::upsert(const QJsonObject &row)
{
    const QString key = keyOf(row.value(m_keyField));
    const auto it = m_index.constFind(key);
    if (!shows(row)) {
        if (it == m_index.cend())
            return;
        const int at = *it;
        beginRemoveRows({}, at, at);
        m_rows.removeAt(at);
        reindex();
        endRemoveRows();
    } else if (it != m_index.cend()) {
        m_rows[*it] = row;
        Q_EMIT dataChanged(index(*it, 0), index(*it, columnCount() - 1));
    } else {
        const int at = int(m_rows.size());
        beginInsertRows({}, at, at);
        m_index.insert(key, at);
        m_rows << row;
        endInsertRows();
    }
    rowsUpdated();
}

void BoardTable::reindex()
{
    m_index.clear();
    for (int i = 0; i < m_rows.size(); ++i)
        m_index.insert(keyOf(m_rows.at(i).value(m_keyField)), i);
}

QJsonObject BoardTable::rowFor(const QJsonValue &key) const
{
    const auto it = m_index.constFind(keyOf(key));
    return it == m_index.cend() ? QJsonObject() : m_rows.at(*it);
}

void BoardTable::tick(const QDateTime &now)
{
    m_now = now;
    if (!m_rows.isEmpty()) {
        for (const int column : agingColumns())
            Q_EMIT dataChanged(index(0, column), index(int(m_rows.size()) - 1, column));
    }
    rowsUpdated();
}

int BoardTable::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QString BoardTable::duration(qint64 seconds)
{
    if (seconds < 0)
        return QString();
    if (seconds < 3600) {
        return QStringLiteral("%1:%2")
            .arg(seconds / 60)
            .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    }
    return QStringLiteral("%1:%2:%3")
        .arg(seconds / 3600)
        .arg(seconds / 60 % 60, 2, 10, QLatin1Char('0'))
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QString BoardTable::percent(const QJsonValue &fraction)
{
    if (!fraction.isDouble())
        return QStringLiteral("–");
    return QStringLiteral("%1 %").arg(qRound(fraction.toDouble() * 100));
}

qint64 BoardTable::secondsSince(const QJsonValue &value) const
{
    const auto at = Domain::WireTime::parse(value.toString());
    if (!at)
        return -1;
    return qMax<qint64>(0, at->secsTo(m_now));
}

} // namespace Switchboard::Item
