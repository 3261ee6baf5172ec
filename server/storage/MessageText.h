// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MessageRepository.h"
#include "domain/Ids.h"

#include <QByteArray>
#include <QList>

namespace Switchboard::Hub {

class Database;

//! Messages read from their rows straight into their wire text: byte for byte what
//! QJsonDocument(Message::toJson()).toJson(QJsonDocument::Compact) writes, without a Message, a
//! QVariant per column or a QJsonObject per row. The first sync reads every message of a
//! working set, and building those objects was most of the hub's share of it
//! (docs/performance.md). On a database other than SQLite it goes through MessageRepository.
class MessageText
{
public:
    struct Row
    {
        Domain::Id id = 0;
        //! created_at in epoch milliseconds; 0 when there is none, as stored.
        qint64 createdAtMs = 0;
        //! The value of created_at as written in json: a quoted time or null.
        QByteArray createdAt;
        //! The message as a compact JSON object.
        QByteArray json;
    };

    explicit MessageText(Database &db);

    //! What MessageRepository::ofCustomer() returns, in the same order, as text.
    QList<Row> ofCustomer(
        Domain::Id customerId, int limit, const MessageRepository::Reader &reader = {});

private:
    QList<Row> ofCustomerThroughRepository(
        Domain::Id customerId, int limit, const MessageRepository::Reader &reader);

    Database &m_db;
};

} // namespace Switchboard::Hub
