// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Message.h"

#include <optional>

namespace Switchboard::Hub {

class Database;

//! Messages of every kind, and the delivery queue that only replies enter.
class MessageRepository
{
public:
    explicit MessageRepository(Database &db);

    std::optional<Domain::Message> byId(Domain::Id id);
    //! Messages of a conversation with id > afterId, oldest first, at most limit.
    QList<Domain::Message> inConversation(Domain::Id conversationId, Domain::Id afterId, int limit);
    //! The newest `limit` messages with a customer across all conversations, oldest first.
    QList<Domain::Message> ofCustomer(Domain::Id customerId, int limit);
    Domain::Message insert(Domain::Message message);
    //! The message a channel knows by this id (its provider message id); none for an empty id.
    std::optional<Domain::Message> byProviderId(
        Domain::ChannelKind channel, const QString &providerMessageId);
    //! Writes what a channel can change later: body, channel metadata and delivery state.
    void updateFromChannel(const Domain::Message &message);

    //! Queues a reply for its channel connector. A note is refused here and by the schema.
    //! Returns false (and queues nothing) for anything that is not a stored reply.
    bool queueDelivery(const Domain::Message &reply);
    //! How many replies wait for a connector.
    qint64 pendingDeliveries();

private:
    Database &m_db;
};

} // namespace Switchboard::Hub
