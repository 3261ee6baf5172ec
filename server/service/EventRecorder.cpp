// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EventRecorder.h"

#include "EventBus.h"
#include "domain/Event.h"
#include "storage/AuditRepository.h"
#include "storage/EventLog.h"
#include "storage/Storage.h"

namespace Switchboard::Hub {

EventRecorder::EventRecorder(Storage &storage, EventBus &bus)
    : m_storage(storage)
    , m_bus(bus)
{
}

void EventRecorder::record(const QString &type, const Audience &audience, const QJsonObject &data)
{
    StoredEvent event = m_storage.events().append(type, audience, data);
    m_storage.database().afterCommit(
        [bus = &m_bus, event = std::move(event)] { bus->publish(event); });
    for (const Observer &observer : m_observers)
        observer(type, audience, data);
}

Domain::AuditEntry EventRecorder::audit(const Domain::User &actor, const QString &action,
    std::optional<Domain::Id> conversationId, std::optional<Domain::Id> messageId,
    const QJsonObject &details, const QString &reason)
{
    Domain::AuditEntry entry;
    entry.at = QDateTime::currentDateTimeUtc();
    entry.userId = actor.id;
    entry.userName = actor.name;
    entry.action = action;
    entry.conversationId = conversationId;
    entry.messageId = messageId;
    entry.reason = reason;
    entry.details = details;
    return audit(std::move(entry));
}

void EventRecorder::addObserver(Observer observer)
{
    m_observers.push_back(std::move(observer));
}

Domain::AuditEntry EventRecorder::audit(Domain::AuditEntry entry)
{
    entry = m_storage.audit().append(std::move(entry));
    // Supervisors (and admins) only: an empty list of users.
    record(Domain::EventType::AuditCreated, Audience::usersAndSupervisors({}), entry.toJson());
    return entry;
}

} // namespace Switchboard::Hub
