// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Ids.h"
#include "domain/User.h"
#include "storage/Audience.h"
#include "storage/BoardRepository.h"

#include <QDate>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QTimer>
#include <functional>
#include <memory>

namespace Switchboard::Hub {

class EventRecorder;
class Storage;

//! The supervisor board: one row per agent and per queue (and one for work in no queue), kept
//! current as deltas.
//!
//! It watches every event the hub records. At the end of each transaction it recomputes, with
//! scoped queries, only the rows that transaction touched (the agent whose presence changed,
//! the agents and queues a conversation or call belongs to or moved between, a queue an admin
//! changed) and records a board.agent or board.queue event for each row whose content differs
//! from what supervisors were last given. The whole board is read only for GET /api/v1/board and
//! once a day to start the day's figures.
//!
//! A queue's row counts all of the queue's waiting work, so under a stream of new work (hundreds
//! of webhook deliveries a second) it is recomputed at most once per queueRefreshMilliseconds:
//! a queue touched sooner after its last recomputation is recomputed when that interval has
//! passed, in a transaction of its own, with everything that touched it meanwhile. With 0, and
//! for a queue not recomputed within the interval, the row is recorded in the change's own
//! transaction.
class BoardService
{
public:
    BoardService(Storage &storage, EventRecorder &events, int queueRefreshMilliseconds = 0);
    ~BoardService();

    //! The whole board as GET /api/v1/board answers it, consistent with the event log's head.
    QJsonObject snapshot();

private:
    void noticed(const QString &type, const Audience &audience, const QJsonObject &data);
    //! Recomputes the touched rows and records those that changed (inside the transaction).
    void flush();
    //! Starts the day's figures when the hub's local day is not the one the rows are of.
    void ensureDay();
    qint64 dayStartMs() const;
    //! An agent's row as it is now; empty for a user who does not exist.
    QJsonObject agentRow(Domain::Id userId);
    static QJsonObject agentRow(const Domain::User &user, qint64 dayStart, BoardRepository &repo);
    //! A queue's row (key 0: the work in no queue) as it is now; empty for a queue that is gone.
    QJsonObject queueRow(Domain::Id key);
    //! Records the rows of touched that differ from cache as events of type; *changed gets them
    //! (an empty row: one that is gone).
    void recordChanged(QLatin1String type, QSet<Domain::Id> &touched,
        const QHash<Domain::Id, QJsonObject> &cache,
        const std::function<QJsonObject(Domain::Id)> &row, QHash<Domain::Id, QJsonObject> *changed);
    //! Records the rows of the queues in touched that are due; the others wait for the timer.
    void recordDueQueues(QHash<Domain::Id, QJsonObject> *changed);
    //! The timer's work: the waiting queues' rows, in a transaction of their own.
    void flushDeferredQueues();
    //! Arms the timer for the queue that falls due first.
    void scheduleDeferredQueues();

    Storage &m_storage;
    EventRecorder &m_events;
    std::unique_ptr<BoardRepository> m_repository;
    //! The local day the rows and the counted work are of; invalid before the first use.
    QDate m_day;
    //! When m_day starts and the next day starts (ms since the epoch), so that asking whether
    //! the day changed, on every flush, costs no local-time conversion.
    qint64 m_dayStartMs = 0;
    qint64 m_nextDayStartMs = 0;
    //! Each agent's and queue's row as supervisors last received it (snapshot or delta); queues
    //! by id, 0 for the work in no queue.
    QHash<Domain::Id, QJsonObject> m_agentRows;
    QHash<Domain::Id, QJsonObject> m_queueRows;
    //! The assignee and queue (0: none) each counted conversation's rows count it for, so a
    //! conversation that leaves an agent or queue touches that row too.
    QHash<Domain::Id, Domain::Id> m_assigneeOf;
    QHash<Domain::Id, Domain::Id> m_queueOf;
    //! Since when each waiting conversation the queue rows counted waits, and its channel, so a
    //! queue's row reads each one's messages once, not on every recomputation: an entry goes as
    //! soon as a change touches its conversation, and all go when a transaction that computed
    //! some rolls back.
    QHash<Domain::Id, BoardRepository::Wait> m_waitingSince;
    QSet<Domain::Id> m_touchedAgents;
    QSet<Domain::Id> m_touchedQueues;
    QSet<Domain::Id> m_touchedConversations;
    int m_queueRefreshMilliseconds = 0;
    //! When each queue's row was last recomputed (m_clock's milliseconds).
    QHash<Domain::Id, qint64> m_queueComputedAt;
    //! Touched queues waiting for their interval to pass.
    QSet<Domain::Id> m_deferredQueues;
    QElapsedTimer m_clock;
    QTimer m_queueTimer;
};

} // namespace Switchboard::Hub
