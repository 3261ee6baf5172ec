// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "QueueService.h"

#include "AccessPolicy.h"
#include "EventRecorder.h"
#include "domain/AuditEntry.h"
#include "domain/Event.h"
#include "storage/ConversationRepository.h"
#include "storage/QueueRepository.h"
#include "storage/Storage.h"

namespace Switchboard::Hub {

using namespace Domain;

namespace {

const QStringList KnownFields{QStringLiteral("client_id"), QStringLiteral("name"),
    QStringLiteral("position"), QStringLiteral("topics"), QStringLiteral("languages"),
    QStringLiteral("channels"), QStringLiteral("skills"), QStringLiteral("sla_seconds")};

} // namespace

QueueService::QueueService(Storage &storage, EventRecorder &events, const AccessPolicy &access)
    : m_storage(storage)
    , m_events(events)
    , m_access(access)
{
}

void QueueService::load()
{
    m_queues = m_storage.queues().all();
}

QJsonObject QueueService::describe() const
{
    QJsonArray items;
    for (const Queue &q : m_queues)
        items.append(q.toJson());
    return {{QStringLiteral("items"), items}};
}

const Queue *QueueService::find(Id id) const
{
    for (const Queue &q : m_queues) {
        if (q.id == id)
            return &q;
    }
    return nullptr;
}

const Queue *QueueService::queueFor(
    const QString &topic, const QString &language, ChannelKind channel) const
{
    for (const Queue &q : m_queues) {
        if (q.matches(topic, language, channel))
            return &q;
    }
    return nullptr;
}

Outcome<Queue> QueueService::read(const QJsonObject &body, Id id, int currentPosition)
{
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (!KnownFields.contains(it.key()))
            return ServiceError::invalid(
                it.key(), QStringLiteral("%1: unknown field").arg(it.key()));
    }
    QString error;
    QString field;
    auto queue = Queue::fromJson(body, &error, &field);
    if (!queue)
        return ServiceError::invalid(field, error);
    queue->id = id;
    queue->name = queue->name.trimmed();
    if (!body.contains(QLatin1String("position")))
        queue->position = currentPosition;
    if (m_storage.queues().nameTaken(queue->name, id)) {
        return ServiceError{409, QStringLiteral("queue_name_taken"),
            QStringLiteral("name: a queue named \"%1\" exists").arg(queue->name),
            QStringLiteral("name"), {}};
    }
    return *queue;
}

void QueueService::changed(const User &caller, const QString &action, const Queue &queue)
{
    AuditEntry entry;
    entry.at = QDateTime::currentDateTimeUtc();
    entry.userId = caller.id;
    entry.userName = caller.name;
    entry.action = action;
    entry.details = {{QLatin1String("queue"), queue.toJson()}};
    m_events.audit(std::move(entry));
    m_storage.database().afterCommit([this] { load(); });
}

Outcome<Queue> QueueService::create(const User &caller, const QJsonObject &body)
{
    Transaction tx(m_storage.database());
    const QList<Queue> all = m_storage.queues().all();
    // Without a position a new queue comes last.
    auto queue = read(body, 0, all.isEmpty() ? 0 : all.last().position + 1);
    if (!queue.ok())
        return queue;
    const Queue stored = m_storage.queues().insert(queue.value());
    m_events.record(EventType::QueueUpdated, Audience::all(), stored.toJson());
    changed(caller, AuditAction::QueueCreated, stored);
    tx.commit();
    return stored;
}

Outcome<Queue> QueueService::update(const User &caller, Id id, const QJsonObject &body)
{
    Transaction tx(m_storage.database());
    const auto current = m_storage.queues().byId(id);
    if (!current)
        return ServiceError::notFound(QStringLiteral("queue %1").arg(id));
    auto queue = read(body, id, current->position);
    if (!queue.ok())
        return queue;
    m_storage.queues().update(queue.value());
    m_events.record(EventType::QueueUpdated, Audience::all(), queue.value().toJson());
    changed(caller, AuditAction::QueueUpdated, queue.value());
    tx.commit();
    return queue;
}

Outcome<QJsonObject> QueueService::remove(const User &caller, Id id)
{
    Transaction tx(m_storage.database());
    const auto current = m_storage.queues().byId(id);
    if (!current)
        return ServiceError::notFound(QStringLiteral("queue %1").arg(id));
    const QList<Id> cleared = m_storage.queues().remove(id);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (Id conversationId : cleared) {
        auto conversation = m_storage.conversations().byId(conversationId);
        if (!conversation)
            continue;
        conversation->updatedAt = now;
        m_storage.conversations().update(*conversation);
        m_events.record(EventType::ConversationUpdated, m_access.audienceFor(*conversation),
            conversation->toJson());
    }
    const QJsonObject gone{{QStringLiteral("id"), id}};
    m_events.record(EventType::QueueDeleted, Audience::all(), gone);
    changed(caller, AuditAction::QueueDeleted, *current);
    tx.commit();
    return gone;
}

} // namespace Switchboard::Hub
