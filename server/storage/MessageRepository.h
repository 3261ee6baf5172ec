// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Message.h"

#include <QVariant>
#include <optional>

namespace Switchboard::Hub {

class Database;

//! One row of the delivery queue: a reply waiting for its channel connector.
struct PendingDelivery
{
    Domain::Id messageId = 0;
    Domain::Id conversationId = 0;
    Domain::ChannelKind channel = Domain::ChannelKind::Email;
    //! Tries made so far.
    int attempts = 0;
    //! Epoch milliseconds: when the next try is due, and when the reply was queued.
    qint64 nextAttemptAt = 0;
    qint64 createdAt = 0;
};

//! Messages of every kind, and the delivery queue that only replies enter.
class MessageRepository
{
public:
    explicit MessageRepository(Database &db);

    //! Who reads: an agent's id leaves out whispers to other agents; nullopt reads everything
    //! (supervisors, admins and the hub itself).
    using Reader = std::optional<Domain::Id>;
    //! " AND <condition>" keeping what reader may see (one value to bind, appended to values);
    //! empty for nullopt.
    static QString visibleTo(const Reader &reader, QList<QVariant> *values);

    std::optional<Domain::Message> byId(Domain::Id id);
    //! Messages of a conversation with id > afterId, oldest first, at most limit.
    QList<Domain::Message> inConversation(
        Domain::Id conversationId, Domain::Id afterId, int limit, const Reader &reader = {});
    //! The newest `limit` messages with a customer across all conversations, oldest first.
    QList<Domain::Message> ofCustomer(Domain::Id customerId, int limit, const Reader &reader = {});
    //! Stores a message under its id, if it has one (from nextId()), else under the next.
    Domain::Message insert(Domain::Message message);
    //! The id the next message inserted without one is given; it stays the next until a
    //! message is inserted (the hub has one writer).
    Domain::Id nextId();
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
    //! The queue, oldest reply first, at most limit rows.
    QList<PendingDelivery> deliveryQueue(int limit);
    //! Records a failed try: the attempt count and when the next one is due.
    void rescheduleDelivery(Domain::Id messageId, int attempts, qint64 nextAttemptAt);
    //! Takes a reply off the queue (sent, or given up on).
    void removeDelivery(Domain::Id messageId);
    //! Writes what a delivery try changes on a reply: state, reason, provider id and metadata.
    void updateDelivery(const Domain::Message &reply);
    //! The newest inbound message of a conversation written before beforeId; none if none.
    std::optional<Domain::Message> latestInbound(Domain::Id conversationId, Domain::Id beforeId);

private:
    Database &m_db;
};

} // namespace Switchboard::Hub
