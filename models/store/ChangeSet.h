// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Ids.h"

#include <QList>
#include <QMetaType>
#include <QSet>

namespace Switchboard::Store {

//! What one committed write to the cache touched. The sync engine hands it to the item models,
//! which re-read only those records (the Nheko EventStore pattern).
struct ChangeSet
{
    QSet<Domain::Id> users;
    QSet<Domain::Id> customers;
    QSet<Domain::Id> conversations;
    //! Conversations that gained messages.
    QSet<Domain::Id> messagesIn;
    //! Customers whose calls changed.
    QSet<Domain::Id> callsOf;
    //! Calls that changed (for the call pop-up and the active call bar).
    QSet<Domain::Id> calls;
    //! Inbound messages that arrived live, for notifications; not filled while paging history.
    QList<Domain::Id> newInbound;
    bool outbox = false;
    //! The stored reply policy changed.
    bool policy = false;
    //! The cache was emptied (sign-out, or a hub whose log is behind our cursor).
    bool reset = false;

    bool isEmpty() const
    {
        return users.isEmpty() && customers.isEmpty() && conversations.isEmpty()
            && messagesIn.isEmpty() && callsOf.isEmpty() && calls.isEmpty() && newInbound.isEmpty()
            && !outbox && !policy && !reset;
    }
    void merge(const ChangeSet &other)
    {
        users.unite(other.users);
        customers.unite(other.customers);
        conversations.unite(other.conversations);
        messagesIn.unite(other.messagesIn);
        callsOf.unite(other.callsOf);
        calls.unite(other.calls);
        newInbound += other.newInbound;
        outbox = outbox || other.outbox;
        policy = policy || other.policy;
        reset = reset || other.reset;
    }
};

} // namespace Switchboard::Store

Q_DECLARE_METATYPE(Switchboard::Store::ChangeSet)
