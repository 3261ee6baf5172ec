// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChangeSet.h"
#include "domain/Customer.h"

#include <QJsonObject>
#include <QList>

namespace Switchboard::Store {

class CacheDatabase;
class CacheWriter;

//! Applies a supervisor's merge or split of customer records to the cache: conversations,
//! messages, calls and recent entries change owner in their columns and their stored JSON, and
//! the customers' rows and search entries follow. Runs inside the caller's transaction.
class CustomerMoves
{
public:
    CustomerMoves(CacheDatabase &db, CacheWriter &writer);

    //! customer.merged: everything of mergedId now belongs to kept; mergedId is gone. A kept
    //! customer whose timeline was loaded is marked for loading again unless the merged one's
    //! was loaded too (its older history may never have been cached).
    void merge(const Domain::Customer &kept, Domain::Id mergedId, ChangeSet &changes);
    //! customer.split: the conversations listed (with their messages and calls) move from
    //! customer to newCustomer.
    void split(const Domain::Customer &customer, const Domain::Customer &newCustomer,
        const QList<Domain::Id> &conversationIds, ChangeSet &changes);
    //! Reads a customer.merged or customer.split event's data and applies it; false (nothing
    //! changed) if the data is malformed, with the reason in error.
    bool apply(const QString &type, const QJsonObject &data, ChangeSet &changes, QString *error);

private:
    //! Sets the owner of the rows of every customer-owned table matching `where` (conversation
    //! ids or the old owner), in the column and in the JSON.
    void moveRows(Domain::Id to, Domain::Id from, const QList<Domain::Id> &conversationIds,
        ChangeSet &changes);
    bool timelineLoaded(Domain::Id customerId);

    CacheDatabase &m_db;
    CacheWriter &m_writer;
};

} // namespace Switchboard::Store
