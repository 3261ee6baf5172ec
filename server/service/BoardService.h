// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Ids.h"
#include "domain/User.h"
#include "storage/Audience.h"

#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <memory>

namespace Switchboard::Hub {

class BoardRepository;
class EventRecorder;
class Storage;

//! The supervisor board: one row per agent, kept current as deltas.
//!
//! It watches every event the hub records. At the end of each transaction it recomputes, with
//! scoped queries, only the rows that transaction touched (the agent whose presence changed,
//! the agents a conversation or call moved between) and records a board.agent event for each
//! row whose content differs from what supervisors were last given. The whole board is read
//! only for GET /api/v1/board and once a day to start the day's figures.
class BoardService
{
public:
    BoardService(Storage &storage, EventRecorder &events);
    ~BoardService();

    //! The whole board as GET /api/v1/board answers it, consistent with the event log's head.
    QJsonObject snapshot();

    //! Event types of the board's deltas; supervisors and admins only.
    static constexpr QLatin1String AgentEvent{"board.agent"};

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

    Storage &m_storage;
    EventRecorder &m_events;
    std::unique_ptr<BoardRepository> m_repository;
    //! The local day the rows and the counted work are of; invalid before the first use.
    QDate m_day;
    //! Each agent's row as supervisors last received it (snapshot or delta).
    QHash<Domain::Id, QJsonObject> m_agentRows;
    //! The assignee each counted conversation's row counts it for, so a conversation that
    //! leaves an agent touches that agent's row too.
    QHash<Domain::Id, Domain::Id> m_assigneeOf;
    QSet<Domain::Id> m_touchedAgents;
    QSet<Domain::Id> m_touchedConversations;
};

} // namespace Switchboard::Hub
