// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SupervisorBoard.h"

namespace Switchboard::Item {

namespace {

constexpr QLatin1String AgentRow{"board.agent"};
constexpr QLatin1String QueueRow{"board.queue"};
// Deltas kept while the snapshot is on its way; a board that sees more than this without one
// drops the oldest (the snapshot will have them).
constexpr qsizetype MaxWaiting = 20000;

} // namespace

SupervisorBoard::SupervisorBoard(QObject *parent)
    : QObject(parent)
{
}

void SupervisorBoard::applySnapshot(const QJsonObject &board)
{
    m_head = board.value(QLatin1String("head")).toInteger();
    m_day = board.value(QLatin1String("day")).toString();
    m_agents.reset(board.value(QLatin1String("agents")).toArray());
    m_queues.reset(board.value(QLatin1String("queues")).toArray());
    const QList<Delta> waiting = std::exchange(m_waiting, {});
    for (const Delta &delta : waiting) {
        if (delta.seq > m_head)
            apply(delta.type, delta.row);
    }
    Q_EMIT snapshotApplied();
}

void SupervisorBoard::applyDelta(Domain::Seq seq, const QString &type, const QJsonObject &row)
{
    if (type != AgentRow && type != QueueRow)
        return;
    if (m_head < 0) {
        if (m_waiting.size() >= MaxWaiting)
            m_waiting.removeFirst();
        m_waiting.append({seq, type, row});
        return;
    }
    if (seq > m_head) {
        m_head = seq;
        apply(type, row);
    }
}

void SupervisorBoard::invalidate()
{
    m_head = -1;
    m_waiting.clear();
}

void SupervisorBoard::apply(const QString &type, const QJsonObject &row)
{
    if (type == AgentRow)
        m_agents.upsert(row);
    else
        m_queues.upsert(row);
}

} // namespace Switchboard::Item
