// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Outcome.h"
#include "domain/Queue.h"
#include "domain/User.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Switchboard::Hub {

class AccessPolicy;
class EventRecorder;
class Storage;

//! The admin's queues (GET/POST/PUT/DELETE /api/v1/queues), kept in the hub's database and held
//! here for routing, which reads them for every decision. A change is audited, announced to
//! everyone (queue.updated / queue.deleted) and applies once committed.
class QueueService
{
public:
    QueueService(Storage &storage, EventRecorder &events, const AccessPolicy &access);

    //! Reads the stored queues.
    void load();
    //! By position, then id.
    const QList<Domain::Queue> &queues() const { return m_queues; }
    //! {"items": [Queue, ...]}.
    QJsonObject describe() const;
    //! The queue with this id, if there is one.
    const Domain::Queue *find(Domain::Id id) const;
    //! The first queue by position that holds work of this topic and language on this
    //! channel; none if no queue does.
    const Domain::Queue *queueFor(
        const QString &topic, const QString &language, Domain::ChannelKind channel) const;

    Outcome<Domain::Queue> create(const Domain::User &caller, const QJsonObject &body);
    Outcome<Domain::Queue> update(
        const Domain::User &caller, Domain::Id id, const QJsonObject &body);
    //! Removes the queue; its conversations are left with no queue (each announced).
    Outcome<QJsonObject> remove(const Domain::User &caller, Domain::Id id);

private:
    //! The queue a body describes, checked; position kept from `current` when not given.
    Outcome<Domain::Queue> read(const QJsonObject &body, Domain::Id id, int currentPosition);
    //! Audits and announces a change, and reloads the queues once it is committed.
    void changed(const Domain::User &caller, const QString &action, const Domain::Queue &queue);

    Storage &m_storage;
    EventRecorder &m_events;
    const AccessPolicy &m_access;
    QList<Domain::Queue> m_queues;
};

} // namespace Switchboard::Hub
