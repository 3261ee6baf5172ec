// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BoardTable.h"

namespace Switchboard::Item {

//! The supervisor's agents board: one row per user as the hub's board sends it (AgentRow in
//! docs/api.md §3.15): state and time in it, conversations per channel, calls, handle time and
//! occupancy.
class AgentBoardModel : public BoardTable
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        StateColumn,
        TimeInStateColumn,
        ConversationsColumn,
        HandledColumn,
        HandleTimeColumn,
        OccupancyColumn,
        ColumnCount
    };
    enum Roles {
        //! qint64: the user's id.
        UserIdRole = Qt::UserRole + 1,
        //! QString: the presence state's wire name.
        StateRole,
        //! bool: on a live call now.
        OnCallRole,
        //! A value to sort the column by (numbers where the column is a number or a time).
        SortRole,
    };
    Q_ENUM(Roles)

    explicit AgentBoardModel(QObject *parent = nullptr);

    //! How states and channels are named on screen; wire names are shown until set.
    void setLabels(Label stateLabel, Label channelLabel);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

protected:
    QList<int> agingColumns() const override { return {TimeInStateColumn}; }
    //! A deactivated account leaves the board.
    bool shows(const QJsonObject &row) const override
    {
        return row.value(QLatin1String("active")).toBool(true);
    }

private:
    QString conversationsText(const QJsonObject &row) const;

    Label m_stateLabel;
    Label m_channelLabel;
};

} // namespace Switchboard::Item
