// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AgentBoardModel.h"
#include "QueueBoardModel.h"
#include "domain/Ids.h"

#include <QObject>

namespace Switchboard::Item {

//! The live board as the hub keeps it: a snapshot (GET /api/v1/board, consistent with event
//! `head`), then the board.agent / board.queue rows the stream delivers after it. Deltas that
//! arrive before the snapshot wait for it; those at or below its head are already in it.
class SupervisorBoard : public QObject
{
    Q_OBJECT
public:
    explicit SupervisorBoard(QObject *parent = nullptr);

    AgentBoardModel &agents() { return m_agents; }
    QueueBoardModel &queues() { return m_queues; }

    //! True once a snapshot has arrived (until invalidate()).
    bool hasSnapshot() const { return m_head >= 0; }
    //! The hub's day the figures are for ("2026-11-24").
    QString day() const { return m_day; }

public Q_SLOTS:
    void applySnapshot(const QJsonObject &board);
    void applyDelta(Switchboard::Domain::Seq seq, const QString &type, const QJsonObject &row);
    //! The stream was lost: deltas from now on wait for a new snapshot.
    void invalidate();

Q_SIGNALS:
    void snapshotApplied();

private:
    void apply(const QString &type, const QJsonObject &row);

    struct Delta
    {
        Domain::Seq seq;
        QString type;
        QJsonObject row;
    };
    AgentBoardModel m_agents;
    QueueBoardModel m_queues;
    Domain::Seq m_head = -1;
    QString m_day;
    QList<Delta> m_waiting;
};

} // namespace Switchboard::Item
