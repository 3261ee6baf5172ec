// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BoardTable.h"

namespace Switchboard::Item {

//! The supervisor's queues board: one row per queue as the hub's board sends it (QueueRow in
//! docs/api.md §3.15), plus the row of work in no queue. The longest wait is measured against
//! the queue's first-response target for that item's channel: at NearShare of the target the
//! queue is near breach, at the target in breach, and so it is once the hub's sla_due_at (the
//! first moment any waiting item, on any channel, misses its target) has passed; breachRaised()
//! says when a queue gets worse.
class QueueBoardModel : public BoardTable
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        WaitingColumn,
        LongestWaitColumn,
        TargetColumn,
        SlaColumn,
        AnsweredColumn,
        AbandonedColumn,
        ColumnCount
    };
    enum class Breach { None, Near, Breached };
    Q_ENUM(Breach)
    enum Roles {
        //! QVariant: the queue's id, null for work in no queue.
        QueueIdRole = Qt::UserRole + 1,
        //! Breach (as int).
        BreachRole,
        //! A value to sort the column by.
        SortRole,
    };
    Q_ENUM(Roles)

    //! The share of the target at which a wait counts as near breach.
    static constexpr double NearShare = 0.8;

    explicit QueueBoardModel(QObject *parent = nullptr);

    //! How channels are named on screen; wire names are shown until set.
    void setChannelLabel(Label channelLabel);

    //! The breach level of a row as it stands at now().
    Breach breach(const QJsonObject &row) const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

Q_SIGNALS:
    //! A queue went from no breach to near breach, or to breach.
    void breachRaised(const QString &queueName, Switchboard::Item::QueueBoardModel::Breach level);

protected:
    QList<int> agingColumns() const override { return {LongestWaitColumn, NameColumn}; }
    void rowsUpdated() override;

private:
    //! The target in seconds for the longest-waiting item's channel; -1 if none applies.
    static qint64 target(const QJsonObject &row);
    QString queueName(const QJsonObject &row) const;

    Label m_channelLabel;
    //! The level each queue (by its key) was at when last looked at.
    QHash<QString, Breach> m_levels;
};

} // namespace Switchboard::Item
