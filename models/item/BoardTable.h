// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <functional>

namespace Switchboard::Item {

//! Base of the supervisor's live boards: rows are the hub's JSON rows (GET /api/v1/board),
//! replaced whole by a snapshot and one at a time by a delta, keyed by one field. Times in state
//! and waits are read against now(), which tick() moves on, so the board ages between deltas.
class BoardTable : public QAbstractTableModel
{
    Q_OBJECT
public:
    //! Turns a wire name (a presence state, a channel) into what the ui shows.
    using Label = std::function<QString(const QString &wireName)>;

    BoardTable(QString keyField, QObject *parent = nullptr);

    //! Replaces every row.
    void reset(const QJsonArray &rows);
    //! Adds the row, or replaces the one with the same key.
    void upsert(const QJsonObject &row);
    //! The row for a key, empty if there is none.
    QJsonObject rowFor(const QJsonValue &key) const;
    QJsonObject rowAt(int row) const { return m_rows.value(row); }

    //! Moves the clock the ages are read against; announces the columns that change with it.
    void tick(const QDateTime &now);
    QDateTime now() const { return m_now; }

    int rowCount(const QModelIndex &parent = {}) const override;

    //! How the boards write a time span ("4:05", "1:02:03"; "" when negative) and a share
    //! ("90 %"; "–" when not a number).
    static QString duration(qint64 seconds);
    static QString percent(const QJsonValue &fraction);

protected:
    //! The columns whose text depends on now(), refreshed by tick().
    virtual QList<int> agingColumns() const = 0;
    //! Called after the rows changed or time moved.
    virtual void rowsUpdated() { }
    //! Whether a row belongs on the board; one that no longer does leaves it.
    virtual bool shows(const QJsonObject &row) const
    {
        Q_UNUSED(row);
        return true;
    }
    //! Seconds from the ISO time in value to now(); -1 if value is not a time.
    qint64 secondsSince(const QJsonValue &value) const;

    QList<QJsonObject> m_rows;

    //! A row's key as the index holds it: the id, or "" for null (the work in no queue).
    static QString keyOf(const QJsonValue &value);

private:
    void reindex();

    QString m_keyField;
    QHash<QString, int> m_index;
    QDateTime m_now = QDateTime::currentDateTimeUtc();
};

} // namespace Switchboard::Item
