// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BoardService.h"

#include "EventRecorder.h"
#include "domain/Event.h"
#include "domain/WireTime.h"
#include "storage/BoardRepository.h"
#include "storage/EventLog.h"
#include "storage/Storage.h"
#include "storage/UserRepository.h"

#include <QJsonArray>
#include <cmath>

namespace Switchboard::Hub {

using namespace Domain;

namespace {

std::optional<Id> idIn(const QJsonObject &data, QLatin1String key)
{
    const QJsonValue v = data.value(key);
    return v.isDouble() && v.toInteger() > 0 ? std::optional<Id>(v.toInteger()) : std::nullopt;
}

// Supervisors and admins only.
Audience supervisors()
{
    return Audience::usersAndSupervisors({});
}

} // namespace

BoardService::BoardService(Storage &storage, EventRecorder &events)
    : m_storage(storage)
    , m_events(events)
    , m_repository(std::make_unique<BoardRepository>(storage.database()))
{
    m_events.addObserver([this](const QString &type, const Audience &audience,
                             const QJsonObject &data) { noticed(type, audience, data); });
    // The rows before any change, so the first change is compared with what was.
    ensureDay();
}

BoardService::~BoardService() = default;

qint64 BoardService::dayStartMs() const
{
    return m_day.startOfDay().toMSecsSinceEpoch();
}

void BoardService::ensureDay()
{
    const QDate today = QDate::currentDate();
    if (m_day == today)
        return;
    m_day = today;
    // Yesterday's handled work no longer counts; what supervisors hold is of another day, so
    // they read the board again (its "day" says so) and the rows start from it.
    m_assigneeOf = m_repository->assigneesOfCountedWork(dayStartMs());
    m_agentRows.clear();
    for (const User &user : m_storage.users().all())
        m_agentRows.insert(user.id, agentRow(user, dayStartMs(), *m_repository));
}

QJsonObject BoardService::agentRow(const User &user, qint64 dayStart, BoardRepository &repo)
{
    const AgentFigures figures = repo.agentFigures(user.id, dayStart);
    QJsonObject conversations;
    int work = figures.liveCalls;
    for (ChannelKind channel : allChannelKinds()) {
        const int n = figures.conversations.value(channel);
        conversations.insert(toWire(channel), n);
        work += n;
    }
    int capacity = 0;
    for (int c : user.capacity)
        capacity += std::max(0, c);
    // Work beyond the stated capacity (a supervisor's hand-out, a call with no voice capacity)
    // is full occupancy, not more.
    const double occupancy
        = capacity > 0 ? std::min(1.0, double(work) / capacity) : (work > 0 ? 1.0 : 0.0);
    return {{QLatin1String("user_id"), user.id}, {QLatin1String("name"), user.name},
        {QLatin1String("active"), user.active},
        {QLatin1String("state"), toWire(user.presence.state)},
        {QLatin1String("state_since"), WireTime::toJson(user.presence.since)},
        {QLatin1String("reason"), user.presence.reason},
        {QLatin1String("conversations"), conversations},
        {QLatin1String("on_call"), figures.liveCalls > 0},
        {QLatin1String("handled_today"), figures.handled},
        {QLatin1String("handle_seconds_avg"),
            figures.handled > 0
                ? qint64(std::llround(double(figures.handleSeconds) / figures.handled))
                : qint64(0)},
        {QLatin1String("occupancy"), std::round(occupancy * 100) / 100}};
}

QJsonObject BoardService::agentRow(Id userId)
{
    const auto user = m_storage.users().byId(userId);
    return user ? agentRow(*user, dayStartMs(), *m_repository) : QJsonObject();
}

QJsonObject BoardService::snapshot()
{
    Transaction tx(m_storage.database());
    ensureDay();
    QJsonArray agents;
    for (const User &user : m_storage.users().all()) {
        if (!user.active)
            continue;
        const QJsonObject row = agentRow(user, dayStartMs(), *m_repository);
        m_agentRows.insert(user.id, row);
        agents.append(row);
    }
    const QJsonObject out{{QLatin1String("head"), m_storage.events().head()},
        {QLatin1String("day"), m_day.toString(Qt::ISODate)}, {QLatin1String("agents"), agents},
        {QLatin1String("queues"), QJsonArray()}};
    tx.commit();
    return out;
}

void BoardService::noticed(const QString &type, const Audience &audience, const QJsonObject &data)
{
    if (type.startsWith(QLatin1String("board.")) || type == EventType::AuditCreated)
        return;
    const auto touchAgent = [this](std::optional<Id> id) {
        if (id)
            m_touchedAgents.insert(*id);
    };
    const auto touchConversation = [this](std::optional<Id> id) {
        if (id)
            m_touchedConversations.insert(*id);
    };
    if (type == EventType::PresenceChanged) {
        touchAgent(idIn(data, QLatin1String("user_id")));
    } else if (type == EventType::UserCreated || type == EventType::UserUpdated) {
        touchAgent(idIn(data, QLatin1String("id")));
    } else if (type == EventType::ConversationCreated || type == EventType::ConversationUpdated) {
        touchConversation(idIn(data, QLatin1String("id")));
    } else if (type == EventType::MessageCreated || type == EventType::MessageUpdated) {
        touchConversation(idIn(data, QLatin1String("conversation_id")));
    } else if (type == EventType::CallCreated || type == EventType::CallUpdated) {
        touchAgent(idIn(data, QLatin1String("agent_id")));
        // A transfer or decline names the agent who had the call too.
        for (Id id : audience.users)
            touchAgent(id);
        touchConversation(idIn(data, QLatin1String("conversation_id")));
    } else {
        return;
    }
    // Once per event; a flush after the first finds nothing left to do. A transaction that
    // rolls back drops its flush, and its touched rows are recomputed (unchanged) next time.
    m_storage.database().beforeCommit([this] { flush(); });
}

void BoardService::flush()
{
    if (m_touchedAgents.isEmpty() && m_touchedConversations.isEmpty())
        return;
    ensureDay();
    QHash<Id, std::optional<Id>> owners;
    for (Id conversationId : std::as_const(m_touchedConversations)) {
        const auto owner = m_repository->ownerOf(conversationId);
        const std::optional<Id> assignee = owner ? owner->assigneeId : std::nullopt;
        owners.insert(conversationId, assignee);
        if (assignee)
            m_touchedAgents.insert(*assignee);
        if (const auto before = m_assigneeOf.constFind(conversationId);
            before != m_assigneeOf.constEnd())
            m_touchedAgents.insert(*before);
    }
    m_touchedConversations.clear();
    QHash<Id, QJsonObject> changed;
    for (Id userId : std::as_const(m_touchedAgents)) {
        const QJsonObject row = agentRow(userId);
        if (row.isEmpty() || m_agentRows.value(userId) == row)
            continue;
        m_events.record(AgentEvent, supervisors(), row);
        changed.insert(userId, row);
    }
    m_touchedAgents.clear();
    // What supervisors hold changes only once the events are durable.
    m_storage.database().afterCommit([this, changed, owners] {
        for (auto it = changed.begin(); it != changed.end(); ++it)
            m_agentRows.insert(it.key(), it.value());
        for (auto it = owners.begin(); it != owners.end(); ++it) {
            if (it.value())
                m_assigneeOf.insert(it.key(), *it.value());
            else
                m_assigneeOf.remove(it.key());
        }
    });
}

} // namespace Switchboard::Hub
