// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Customer.h"

#include <optional>

namespace Switchboard::Hub {

class Database;

//! Customers and the identities that recognise them on each channel.
class CustomerRepository
{
public:
    explicit CustomerRepository(Database &db);

    std::optional<Domain::Customer> byId(Domain::Id id);
    //! The customer an identity belongs to, with all its identities, read in one statement.
    std::optional<Domain::Customer> byIdentity(Domain::IdentityKind kind, const QString &value);
    //! Customers with id > afterId, by id; search (if given) matches name or any identity.
    QList<Domain::Customer> list(const QString &search, Domain::Id afterId, int limit);
    //! Inserts the customer and its identities; returns it with ids filled in.
    Domain::Customer insert(Domain::Customer customer);
    //! Writes name, language, tags, notes and updatedAt (identities are left as they are).
    void update(const Domain::Customer &customer);
    //! Moves everything of customer `from` (identities, conversations, messages, calls) to
    //! `into` and deletes `from`. Inside the caller's transaction.
    void mergeInto(Domain::Id into, Domain::Id from);
    //! Moves the identities and the conversations (with their messages and calls) listed from
    //! customer `from` to customer `to`; ids that are not `from`'s are left alone. Inside the
    //! caller's transaction.
    void moveTo(Domain::Id from, Domain::Id to, const QList<Domain::Id> &identityIds,
        const QList<Domain::Id> &conversationIds);
    //! Ids of the customer's conversations, in id order.
    QList<Domain::Id> conversationIds(Domain::Id customerId);
    //! The id of the customer an identity belongs to, if any.
    std::optional<Domain::Id> findByIdentity(Domain::IdentityKind kind, const QString &value);

private:
    void loadIdentities(QList<Domain::Customer> &customers);

    Database &m_db;
};

} // namespace Switchboard::Hub
