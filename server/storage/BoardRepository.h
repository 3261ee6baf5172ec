// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Enums.h"
#include "domain/Ids.h"

#include <QHash>
#include <QMap>
#include <optional>

namespace Switchboard::Hub {

class Database;

//! What the supervisor board shows of one agent, as the database has it now.
struct AgentFigures
{
    //! Open and pending conversations assigned to the agent, per channel (absent: none).
    QMap<Domain::ChannelKind, int> conversations;
    //! Calls the agent answered that have not ended (talking or on hold).
    int liveCalls = 0;
    //! Resolutions of conversations assigned to the agent and answered calls they ended since
    //! the day began (as the daily reports count them).
    int handled = 0;
    //! Those of them whose handle time is known, and the sum of those times, in seconds.
    int timed = 0;
    qint64 handleSeconds = 0;
};

//! What the supervisor board shows of one queue (or of the work in no queue) now.
struct QueueFigures
{
    //! Open conversations in the queue that nobody is assigned to.
    int waiting = 0;
    //! Epoch ms since which the longest-waiting of them waits (0: none waits), and its channel.
    qint64 longestWaitingSinceMs = 0;
    std::optional<Domain::ChannelKind> longestWaitingChannel;
    //! Epoch ms at which the first waiting item misses its channel's target (0: none has one).
    qint64 slaDueAtMs = 0;
    //! First responses since the day began: first replies to conversations and answered calls.
    int answered = 0;
    //! Of those, the ones whose channel has a target, and those within it.
    int answeredWithTarget = 0;
    int answeredInSla = 0;
    //! Calls that ended since the day began without anyone answering.
    int abandonedCalls = 0;
};

//! Where a conversation's work is counted on the board: its assignee's row and its queue's.
struct WorkOwner
{
    std::optional<Domain::Id> assigneeId;
    std::optional<Domain::Id> queueId;
};

//! The scoped queries behind the supervisor board: each reads one agent's or one conversation's
//! figures, so a change recomputes only the rows it touches.
class BoardRepository
{
public:
    explicit BoardRepository(Database &db);

    //! One agent's figures; "today" begins at dayStartMs (epoch milliseconds).
    AgentFigures agentFigures(Domain::Id userId, qint64 dayStartMs);
    //! Who a conversation's work is counted for now; none if it does not exist.
    std::optional<WorkOwner> ownerOf(Domain::Id conversationId);
    //! The assignee of every open or pending assigned conversation, by conversation id.
    QHash<Domain::Id, Domain::Id> assigneesOfCountedWork();
    //! When waiting conversations began to wait (epoch ms), and their channel, by id. A
    //! conversation waits since its first customer message after its last reply, or since its
    //! creation when there is none; only a message added to it moves that (messages never change
    //! conversation, kind or time), so an entry holds until a change touches the conversation.
    struct Wait
    {
        qint64 since = 0;
        //! None for a channel this hub does not know.
        std::optional<Domain::ChannelKind> channel;
    };
    using WaitingSince = QHash<Domain::Id, Wait>;
    //! One queue's figures (nullopt: the work in no queue) with its first-response targets. The
    //! waits of conversations in known are taken from it; those computed are added to *found.
    QueueFigures queueFigures(std::optional<Domain::Id> queueId,
        const QMap<Domain::ChannelKind, int> &slaSeconds, qint64 dayStartMs,
        const WaitingSince &known, WaitingSince *found);
    //! The queue (0: none) of every conversation a queue row counts (waiting, or updated since
    //! dayStartMs), by conversation id.
    QHash<Domain::Id, Domain::Id> queuesOfCountedWork(qint64 dayStartMs);

private:
    //! Since when one conversation waits (see WaitingSince), and its channel.
    Wait waitOf(Domain::Id conversationId);

    Database &m_db;
};

} // namespace Switchboard::Hub
