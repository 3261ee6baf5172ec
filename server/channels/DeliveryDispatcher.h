// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChannelSender.h"
#include "domain/Message.h"

#include <QObject>
#include <QSet>
#include <QTimer>

#include <map>
#include <optional>

namespace Switchboard::Hub {

class AccessPolicy;
class EventBus;
class EventRecorder;
class Storage;
struct PendingDelivery;

//! How hard the hub tries to deliver a reply before it reports it failed.
struct DeliverySettings
{
    //! Tries per reply, the first included; then the reply is failed.
    int maxAttempts = 50;
    //! A reply still not delivered this long after it was queued is failed.
    int maxAgeSeconds = 24 * 3600;
    //! The wait after the first failed try; it doubles after each further one, up to the cap.
    int initialBackoffMilliseconds = 1000;
    int maxBackoffMilliseconds = 10 * 60 * 1000;
};

//! Hands queued replies to the channel connectors and records what became of them.
//!
//! Lives on the hub's services thread. It looks at the deliveries table when a reply is queued
//! (it hears message.created on the event bus, after the commit), when a retry falls due and
//! when it starts, so what was queued before a restart goes out after it. One try per reply at
//! a time, and a conversation's replies go out in the order they were written: a later reply
//! waits while an earlier one of its conversation is still queued. Every change of a reply's
//! delivery state or reason is recorded as message.updated in the transaction that makes it.
class DeliveryDispatcher : public QObject
{
    Q_OBJECT
public:
    DeliveryDispatcher(Storage &storage, EventRecorder &events, const AccessPolicy &access,
        EventBus &bus, DeliverySettings settings, QObject *parent = nullptr);
    ~DeliveryDispatcher() override;

    //! Makes sender the connector for each of its channels (replacing an earlier one). Not
    //! owned; it must stay alive until unregistered or the dispatcher is gone.
    void registerSender(ChannelSender *sender);
    //! Forgets sender; a try it has under way is still recorded when it reports back.
    void unregisterSender(ChannelSender *sender);
    //! Starts delivering, beginning with whatever is due in the queue.
    void start();
    //! Stops handing out replies and ignores outcomes still to come (the hub is shutting down).
    void stop();
    //! Looks at the queue soon (coalesced): a reply was queued or a connector appeared.
    void wake();
    //! How many tries are under way.
    int inFlight() const { return int(m_inFlight.size()); }

    //! Shown on a queued reply whose channel has no connector configured.
    static QString noConnectorReason(Domain::ChannelKind channel);
    //! The wait before try number attempts + 1, before jitter and Retry-After.
    static qint64 backoffMilliseconds(const DeliverySettings &settings, int attempts);

Q_SIGNALS:
    //! A reply reached a final state (sent or failed) and left the queue.
    void settled(qint64 messageId, Switchboard::Domain::DeliveryState state);

private:
    void dispatchDue();
    void hand(const PendingDelivery &delivery, ChannelSender *sender);
    std::optional<OutboundReply> build(const PendingDelivery &delivery, QString *problem);
    void finish(const PendingDelivery &delivery, const SendOutcome &outcome);
    //! Writes the reply's new state with its message.updated event, and the queue change.
    void record(Domain::Message message, const std::function<void()> &queueChange);
    void showWaiting(Domain::Id messageId, const QString &reason);
    void failNow(const PendingDelivery &delivery, const QString &reason);

    Storage &m_storage;
    EventRecorder &m_events;
    const AccessPolicy &m_access;
    DeliverySettings m_settings;
    std::map<Domain::ChannelKind, ChannelSender *> m_senders;
    //! Replies being sent, and the conversations they belong to.
    QSet<Domain::Id> m_inFlight;
    QSet<Domain::Id> m_busyConversations;
    QTimer m_retryTimer;
    bool m_started = false;
    bool m_passScheduled = false;
};

} // namespace Switchboard::Hub
