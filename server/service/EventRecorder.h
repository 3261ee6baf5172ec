// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/AuditEntry.h"
#include "storage/Audience.h"

#include <QJsonObject>
#include <QString>

namespace Switchboard::Hub {

class EventBus;
class Storage;

//! Writes an event into the open transaction and publishes it once that transaction commits,
//! so no client ever sees a change that was rolled back.
class EventRecorder
{
public:
    EventRecorder(Storage &storage, EventBus &bus);

    void record(const QString &type, const Audience &audience, const QJsonObject &data);
    //! Appends entry to the audit log in the open transaction and announces it to supervisors.
    Domain::AuditEntry audit(Domain::AuditEntry entry);

private:
    Storage &m_storage;
    EventBus &m_bus;
};

} // namespace Switchboard::Hub
