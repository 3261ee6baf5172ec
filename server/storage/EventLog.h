// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Audience.h"
#include "domain/Event.h"

#include <QByteArray>

namespace Switchboard::Hub {

class Database;

//! An event as stored: the event, who may see it, and its wire form encoded once.
struct StoredEvent
{
    Domain::Event event;
    Audience audience;
    //! The event's JSON, compact; streamed as is to every client that may see it.
    QByteArray json;
};

//! The hub-wide, strictly increasing log of changes. Append inside the transaction that makes
//! the change, so the change and its event commit together or not at all.
class EventLog
{
public:
    explicit EventLog(Database &db);

    StoredEvent append(const QString &type, const Audience &audience, const QJsonObject &data);
    //! Events with seq > since, oldest first, at most limit.
    QList<StoredEvent> since(Domain::Seq since, int limit);
    //! The newest sequence number, 0 when the log is empty.
    Domain::Seq head();

private:
    Database &m_db;
};

} // namespace Switchboard::Hub
