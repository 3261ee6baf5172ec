// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Enums.h"
#include "domain/Ids.h"

#include <QDateTime>
#include <QList>
#include <optional>

namespace Switchboard::Hub {

class Database;

//! One piece of work a report counts: a conversation resolved or a call ended (handled), or a
//! first response (first reply, call answered), with whose and which queue's it is and how long
//! it took.
struct WorkItem
{
    //! The agent; none when nobody was assigned.
    std::optional<Domain::Id> userId;
    //! The conversation's queue; none when in no queue.
    std::optional<Domain::Id> queueId;
    Domain::ChannelKind channel = Domain::ChannelKind::Email;
    //! Handle time or time to the first response; none when the start is not known.
    std::optional<qint64> milliseconds;
};

//! The stored facts behind the daily reports per agent and per queue.
class ReportRepository
{
public:
    explicit ReportRepository(Database &db);

    //! Conversations resolved and calls ended (answered or talked) in [from, to). Handle time:
    //! a resolution's work start to the resolution; a call's talk time, holds included.
    QList<WorkItem> handled(const QDateTime &from, const QDateTime &to);
    //! First replies in [from, to) to conversations a customer started (an inbound message
    //! came before), from the conversation's creation; calls answered in [from, to), from the
    //! offer.
    QList<WorkItem> firstResponses(const QDateTime &from, const QDateTime &to);

private:
    QList<WorkItem> read(const QString &sql, const QDateTime &from, const QDateTime &to);

    Database &m_db;
};

} // namespace Switchboard::Hub
