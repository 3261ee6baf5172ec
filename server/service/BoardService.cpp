// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BoardService.h"

#include "EventRecorder.h"
#include "domain/Event.h"
#include "domain/WireTime.h"
#include "storage/BoardRepository.h"
#include "storage/EventLog.h"
#include "storage/QueueRepository.h"
#include "storage/Storage.h"
#include "storage/StorageError.h"
#include "storage/UserRepository.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <algorithm>
#include <cmath>
#include <limits>

Q_LOGGING_CATEGORY(lcBoard, "switchboard.hub.board")

namespace Switchboard::Hub {

using namespace Domain;

namespace {

// Takes the recorded rows into what supervisors hold (an empty row: one that is gone).
void remember(QHash<Id, QJsonObject> &cache, const QHash<Id, QJsonObject> &rows)
{
    for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
        if (it.value().isEmpty())
            cache.remove(it.key());
        else
            cache.insert(it.key(), it.value());
    }
}

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

QJsonValue timeOrNull(qint64 ms)
{
    return ms > 0 ? WireTime::toJson(WireTime::fromMs(ms)) : QJsonValue();
}

// A share of 0..1 as the board shows it, in steps of 1/per (dividing by a whole number gives the
// double nearest to the decimal, so it prints as one).
double share(double value, int per)
{
    return std::round(value * per) / per;
}

QJsonObject queueRowJson(const std::optional<Queue> &queue, const QueueFigures &f)
{
    QJsonObject sla;
    if (queue) {
        for (auto it = queue->slaSeconds.cbegin(); it != queue->slaSeconds.cend(); ++it)
            sla.insert(toWire(it.key()), it.value());
    }
    return {{QLatin1String("queue_id"), queue ? QJsonValue(queue->id) : QJsonValue()},
        {QLatin1String("name"), queue ? queue->name : QString()},
        {QLatin1String("waiting"), f.waiting},
        {QLatin1String("longest_waiting_since"), timeOrNull(f.longestWaitingSinceMs)},
        {QLatin1String("longest_waiting_channel"),
            f.longestWaitingChannel ? QJsonValue(toWire(*f.longestWaitingChannel)) : QJsonValue()},
        {QLatin1String("sla_seconds"), sla},
        {QLatin1String("sla_due_at"), timeOrNull(f.slaDueAtMs)},
        {QLatin1String("answered_today"), f.answered},
        {QLatin1String("answered_in_sla_today"), f.answeredInSla},
        {QLatin1String("sla_attainment_today"),
            f.answeredWithTarget > 0
                ? QJsonValue(share(double(f.answeredInSla) / f.answeredWithTarget, 1000))
                : QJsonValue()},
        {QLatin1String("abandoned_calls_today"), f.abandonedCalls}};
}

} // namespace

BoardService::BoardService(Storage &storage, EventRecorder &events, int queueRefreshMilliseconds)
    : m_storage(storage)
    , m_events(events)
    , m_repository(std::make_unique<BoardRepository>(storage.database()))
    , m_queueRefreshMilliseconds(std::max(0, queueRefreshMilliseconds))
{
    m_clock.start();
    m_queueTimer.setSingleShot(true);
    QObject::connect(&m_queueTimer, &QTimer::timeout, [this] { flushDeferredQueues(); });
    m_events.addObserver([this](const QString &type, const Audience &audience,
                             const QJsonObject &data) { noticed(type, audience, data); });
    // The rows before any change, so the first change is compared with what was.
    ensureDay();
}

BoardService::~BoardService() = default;

qint64 BoardService::dayStartMs() const
{
    return m_dayStartMs;
}

void BoardService::ensureDay()
{
    if (QDateTime::currentMSecsSinceEpoch() < m_nextDayStartMs)
        return;
    const QDate today = QDate::currentDate();
    m_nextDayStartMs = today.addDays(1).startOfDay().toMSecsSinceEpoch();
    if (m_day == today)
        return;
    m_day = today;
    m_dayStartMs = today.startOfDay().toMSecsSinceEpoch();
    // Yesterday's handled work no longer counts; what supervisors hold is of another day, so
    // they read the board again (its "day" says so) and the rows start from it.
    m_assigneeOf = m_repository->assigneesOfCountedWork();
    m_queueOf = m_repository->queuesOfCountedWork(dayStartMs());
    m_agentRows.clear();
    for (const User &user : m_storage.users().all())
        m_agentRows.insert(user.id, agentRow(user, dayStartMs(), *m_repository));
    m_queueRows.clear();
    for (const Queue &queue : m_storage.queues().all())
        m_queueRows.insert(queue.id, queueRow(queue.id));
    m_queueRows.insert(0, queueRow(0));
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
            figures.timed > 0 ? qint64(std::llround(double(figures.handleSeconds) / figures.timed))
                              : qint64(0)},
        {QLatin1String("occupancy"), share(occupancy, 100)}};
}

QJsonObject BoardService::agentRow(Id userId)
{
    const auto user = m_storage.users().byId(userId);
    return user ? agentRow(*user, dayStartMs(), *m_repository) : QJsonObject();
}

QJsonObject BoardService::queueRow(Id key)
{
    std::optional<Queue> queue;
    if (key != 0) {
        queue = m_storage.queues().byId(key);
        if (!queue)
            return {};
    }
    BoardRepository::WaitingSince found;
    const QueueFigures figures = m_repository->queueFigures(
        queue ? std::optional<Id>(key) : std::nullopt,
        queue ? queue->slaSeconds : QMap<ChannelKind, int>(), dayStartMs(), m_waitingSince, &found);
    if (!found.isEmpty()) {
        m_waitingSince.insert(found);
        // Computed inside the transaction: from work that is undone if it rolls back.
        m_storage.database().onRollback([this] { m_waitingSince.clear(); });
    }
    return queueRowJson(queue, figures);
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
    QJsonArray queues;
    QList<Id> keys;
    for (const Queue &queue : m_storage.queues().all())
        keys.append(queue.id);
    keys.append(0);
    for (Id key : std::as_const(keys)) {
        const QJsonObject row = queueRow(key);
        m_queueRows.insert(key, row);
        queues.append(row);
    }
    const QJsonObject out{{QLatin1String("head"), m_storage.events().head()},
        {QLatin1String("day"), m_day.toString(Qt::ISODate)}, {QLatin1String("agents"), agents},
        {QLatin1String("queues"), queues}};
    tx.commit();
    return out;
}

void BoardService::noticed(const QString &type, const Audience &audience, const QJsonObject &data)
{
    if (type == EventType::BoardAgent || type == EventType::BoardQueue
        || type == EventType::AuditCreated)
        return;
    const auto touchAgent = [this](std::optional<Id> id) {
        if (id)
            m_touchedAgents.insert(*id);
    };
    const auto touchConversation = [this](std::optional<Id> id) {
        if (id) {
            m_touchedConversations.insert(*id);
            m_waitingSince.remove(*id);
        }
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
    } else if (type == EventType::QueueUpdated || type == EventType::QueueDeleted) {
        if (const auto id = idIn(data, QLatin1String("id")))
            m_touchedQueues.insert(*id);
    } else {
        return;
    }
    // Once per event; a flush after the first finds nothing left to do. A transaction that
    // rolls back drops its flush, and its touched rows are recomputed (unchanged) next time.
    m_storage.database().beforeCommit([this] { flush(); });
}

void BoardService::flush()
{
    if (m_touchedAgents.isEmpty() && m_touchedQueues.isEmpty() && m_touchedConversations.isEmpty())
        return;
    ensureDay();
    QHash<Id, WorkOwner> owners;
    for (Id conversationId : std::as_const(m_touchedConversations)) {
        const WorkOwner owner = m_repository->ownerOf(conversationId).value_or(WorkOwner());
        owners.insert(conversationId, owner);
        if (owner.assigneeId)
            m_touchedAgents.insert(*owner.assigneeId);
        m_touchedQueues.insert(owner.queueId.value_or(0));
        if (const auto before = m_assigneeOf.constFind(conversationId);
            before != m_assigneeOf.constEnd())
            m_touchedAgents.insert(*before);
        if (const auto before = m_queueOf.constFind(conversationId); before != m_queueOf.constEnd())
            m_touchedQueues.insert(*before);
    }
    m_touchedConversations.clear();
    QHash<Id, QJsonObject> agents;
    QHash<Id, QJsonObject> queues;
    recordChanged(
        EventType::BoardAgent, m_touchedAgents, m_agentRows, [this](Id id) { return agentRow(id); },
        &agents);
    recordDueQueues(&queues);
    // What supervisors hold changes only once the events are durable.
    m_storage.database().afterCommit([this, agents, queues, owners] {
        remember(m_agentRows, agents);
        remember(m_queueRows, queues);
        for (auto it = owners.cbegin(); it != owners.cend(); ++it) {
            if (it.value().assigneeId)
                m_assigneeOf.insert(it.key(), *it.value().assigneeId);
            else
                m_assigneeOf.remove(it.key());
            m_queueOf.insert(it.key(), it.value().queueId.value_or(0));
        }
    });
}

void BoardService::recordDueQueues(QHash<Id, QJsonObject> *changed)
{
    const qint64 now = m_clock.elapsed();
    QSet<Id> due;
    for (Id id : std::as_const(m_touchedQueues)) {
        const auto last = m_queueComputedAt.constFind(id);
        if (m_queueRefreshMilliseconds == 0 || last == m_queueComputedAt.constEnd()
            || now - *last >= m_queueRefreshMilliseconds)
            due.insert(id);
        else
            m_deferredQueues.insert(id);
    }
    m_touchedQueues.clear();
    m_deferredQueues.subtract(due);
    for (Id id : std::as_const(due))
        m_queueComputedAt.insert(id, now);
    recordChanged(
        EventType::BoardQueue, due, m_queueRows, [this](Id id) { return queueRow(id); }, changed);
    scheduleDeferredQueues();
}

void BoardService::scheduleDeferredQueues()
{
    if (m_deferredQueues.isEmpty() || m_queueTimer.isActive())
        return;
    qint64 first = std::numeric_limits<qint64>::max();
    for (Id id : std::as_const(m_deferredQueues))
        first = std::min(first, m_queueComputedAt.value(id) + m_queueRefreshMilliseconds);
    m_queueTimer.start(int(std::clamp<qint64>(
        first - m_clock.elapsed(), 0, std::numeric_limits<int>::max())));
}

void BoardService::flushDeferredQueues()
{
    try {
        Transaction tx(m_storage.database());
        ensureDay();
        // Those not due yet (touched again meanwhile) go back to waiting.
        m_touchedQueues.unite(m_deferredQueues);
        m_deferredQueues.clear();
        QHash<Id, QJsonObject> queues;
        recordDueQueues(&queues);
        m_storage.database().afterCommit([this, queues] { remember(m_queueRows, queues); });
        tx.commit();
    } catch (const StorageError &e) {
        // The rows stay as supervisors have them; the queue's next change records it again.
        qCWarning(lcBoard) << "cannot record the queues' rows:" << e.what();
    }
}

void BoardService::recordChanged(QLatin1String type, QSet<Id> &touched,
    const QHash<Id, QJsonObject> &cache, const std::function<QJsonObject(Id)> &row,
    QHash<Id, QJsonObject> *changed)
{
    for (Id id : std::as_const(touched)) {
        const QJsonObject now = row(id);
        if (now.isEmpty()) {
            // A queue deleted (its queue.deleted event says so) or a user who does not exist.
            changed->insert(id, now);
        } else if (cache.value(id) != now) {
            m_events.record(type, supervisors(), now);
            changed->insert(id, now);
        }
    }
    touched.clear();
}

} // namespace Switchboard::Hub
