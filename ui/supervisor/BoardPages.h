// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Enums.h"
#include "domain/Ids.h"

#include <QWidget>

class QSortFilterProxyModel;
class QTableView;

namespace Switchboard::Item {
class AgentBoardModel;
class QueueBoardModel;
} // namespace Switchboard::Item

namespace Switchboard::Ui {

//! The live agents board: one row per user, sortable by any column; a context menu (and the
//! "Set state" button) changes the selected agent's state.
class AgentsBoardPage : public QWidget
{
    Q_OBJECT
public:
    explicit AgentsBoardPage(Item::AgentBoardModel &model, QWidget *parent = nullptr);
    QTableView *view() const { return m_view; }

Q_SIGNALS:
    void stateRequested(Domain::Id userId, Domain::PresenceState state, const QString &reason);

private:
    void showStateMenu(const QPoint &globalPos);

    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
};

//! The live queues board: a queue whose longest wait reached its first-response target is shown
//! in the alarm colour, one near it (QueueBoardModel::NearShare) in the warning colour.
class QueuesBoardPage : public QWidget
{
    Q_OBJECT
public:
    explicit QueuesBoardPage(Item::QueueBoardModel &model, QWidget *parent = nullptr);
    QTableView *view() const { return m_view; }

private:
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
};

} // namespace Switchboard::Ui
