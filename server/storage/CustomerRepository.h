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
    //! Customers with id > afterId, by id; search (if given) matches name or any identity.
    QList<Domain::Customer> list(const QString &search, Domain::Id afterId, int limit);
    //! Inserts the customer and its identities; returns it with ids filled in.
    Domain::Customer insert(Domain::Customer customer);
    //! Writes name, language, tags, notes and updatedAt (identities are left as they are).
    void update(const Domain::Customer &customer);
    //! The customer an identity belongs to, if any.
    std::optional<Domain::Id> findByIdentity(Domain::IdentityKind kind, const QString &value);

private:
    void loadIdentities(QList<Domain::Customer> &customers);

    Database &m_db;
};

} // namespace Switchboard::Hub
