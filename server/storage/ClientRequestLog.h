// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Ids.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <optional>

namespace Switchboard::Hub {

class Database;

//! The first result of a client write, kept so a repeat returns it instead of acting again.
struct StoredResponse
{
    //! What the write was aimed at, e.g. "POST /api/v1/conversations/7/messages".
    QString target;
    int status = 0;
    QByteArray body;
};

//! Idempotency records keyed by (user, client id).
class ClientRequestLog
{
public:
    explicit ClientRequestLog(Database &db);

    std::optional<StoredResponse> find(Domain::Id userId, const QString &clientId);
    //! Records a result; call inside the transaction that made the change.
    void save(Domain::Id userId, const QString &clientId, const StoredResponse &response);
    //! Forgets records made before the given time; returns how many.
    int purgeOlderThan(const QDateTime &time);

private:
    Database &m_db;
};

} // namespace Switchboard::Hub
