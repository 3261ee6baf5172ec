// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Queue.h"

#include <QList>
#include <optional>

namespace Switchboard::Hub {

class Database;

//! The admin's queues of waiting work.
class QueueRepository
{
public:
    explicit QueueRepository(Database &db);

    //! Every queue, by position then id.
    QList<Domain::Queue> all();
    std::optional<Domain::Queue> byId(Domain::Id id);
    //! Whether another queue than exceptId has this name.
    bool nameTaken(const QString &name, Domain::Id exceptId);
    Domain::Queue insert(Domain::Queue queue);
    void update(const Domain::Queue &queue);
    //! Removes the queue; its conversations keep no queue. Returns those conversations' ids.
    QList<Domain::Id> remove(Domain::Id id);

private:
    Database &m_db;
};

} // namespace Switchboard::Hub
