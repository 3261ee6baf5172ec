// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/AuditEntry.h"
#include "domain/User.h"
#include "storage/Audience.h"

#include <QJsonObject>
#include <QString>
#include <functional>
#include <vector>

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
    //! An entry for what actor did now, about a conversation and message when given.
    Domain::AuditEntry audit(const Domain::User &actor, const QString &action,
        std::optional<Domain::Id> conversationId, std::optional<Domain::Id> messageId,
        const QJsonObject &details, const QString &reason = {});

    //! Sees every event as it is recorded, inside its transaction (the supervisor board derives
    //! its rows from what changed).
    using Observer
        = std::function<void(const QString &type, const Audience &audience, const QJsonObject &)>;
    void addObserver(Observer observer);

private:
    Storage &m_storage;
    EventBus &m_bus;
    std::vector<Observer> m_observers;
};

} // namespace Switchboard::Hub
