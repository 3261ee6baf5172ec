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
}

Domain::AuditEntry EventRecorder::audit(Domain::AuditEntry entry)
{
    entry = m_storage.audit().append(std::move(entry));
    // Supervisors (and admins) only: an empty list of users.
    record(Domain::EventType::AuditCreated, Audience::usersAndSupervisors({}), entry.toJson());
    return entry;
}

} // namespace Switchboard::Hub
