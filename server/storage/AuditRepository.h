// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/AuditEntry.h"

#include <QList>

namespace Switchboard::Hub {

class Database;

//! The audit log: append-only, read by supervisors.
class AuditRepository
{
public:
    explicit AuditRepository(Database &db);

    //! Stores entry (its id is assigned here) inside the open transaction.
    Domain::AuditEntry append(Domain::AuditEntry entry);
    //! Entries with id > afterId, oldest first, at most limit; only `action` unless empty.
    QList<Domain::AuditEntry> list(Domain::Id afterId, int limit, const QString &action = {});

private:
    Database &m_db;
};

} // namespace Switchboard::Hub
