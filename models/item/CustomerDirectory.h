// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/CallRecord.h"
#include "domain/Conversation.h"
#include "domain/Customer.h"
#include "domain/User.h"

#include <optional>

namespace Switchboard::Store {
class CacheDatabase;
}

namespace Switchboard::Item {

//! Single records the ui shows outside list models: a customer's card, their conversations,
//! a user, a call and a customer's recent calls. Reads through the ui's cache connection; nullopt
//! or empty when not cached (or the cache cannot be read).
class CustomerDirectory
{
public:
    explicit CustomerDirectory(Store::CacheDatabase &cache);

    std::optional<Domain::Customer> customer(Domain::Id id) const;
    //! Cached customers whose name, identities or messages match text (the full-text index),
    //! each once, best match first, at most limit.
    QList<Domain::Customer> findCustomers(const QString &text, int limit) const;
    //! Every cached conversation of the customer, newest activity first.
    QList<Domain::Conversation> conversations(Domain::Id customerId) const;
    std::optional<Domain::Conversation> conversation(Domain::Id id) const;
    std::optional<Domain::User> user(Domain::Id id) const;
    std::optional<Domain::CallRecord> call(Domain::Id id) const;
    //! The customer's latest calls, newest first.
    QList<Domain::CallRecord> recentCalls(Domain::Id customerId, int limit = 5) const;
    //! Active users other than `except`, by name: whom a call can be transferred to.
    QList<Domain::User> transferTargets(Domain::Id except) const;

private:
    Store::CacheDatabase &m_cache;
};

} // namespace Switchboard::Item
