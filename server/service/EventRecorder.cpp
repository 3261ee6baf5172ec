// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EventRecorder.h"

#include "EventBus.h"
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

} // namespace Switchboard::Hub
