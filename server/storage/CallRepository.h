// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/CallRecord.h"

#include <optional>

namespace Switchboard::Hub {

class Database;

//! Call records.
class CallRepository
{
public:
    explicit CallRepository(Database &db);

    std::optional<Domain::CallRecord> byId(Domain::Id id);
    //! The call the telephony provider knows by that id (Twilio's CallSid); none for an empty id.
    std::optional<Domain::CallRecord> byProviderId(const QString &providerCallId);
    //! The agents a call not ended yet is offered to or taken by.
    QList<Domain::Id> agentsOnLiveCalls();
    //! Calls ringing or waiting in the queue: neither answered nor ended, oldest first.
    QList<Domain::CallRecord> offered();
    //! Calls with id > afterId, by id; narrowed to one agent and/or customer when given.
    QList<Domain::CallRecord> list(std::optional<Domain::Id> agentId,
        std::optional<Domain::Id> customerId, Domain::Id afterId, int limit);
    //! The newest `limit` calls of a customer, oldest first.
    QList<Domain::CallRecord> ofCustomer(Domain::Id customerId, int limit);
    Domain::CallRecord insert(Domain::CallRecord call);
    void update(const Domain::CallRecord &call);

private:
    Database &m_db;
};

} // namespace Switchboard::Hub
