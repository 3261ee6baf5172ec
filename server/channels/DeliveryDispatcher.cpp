// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeliveryDispatcher.h"

#include "domain/Event.h"
#include "domain/PrivateChannels.h"
#include "service/AccessPolicy.h"
#include "service/EventBus.h"
#include "service/EventRecorder.h"
#include "storage/ConversationRepository.h"
#include "storage/CustomerRepository.h"
#include "storage/MessageRepository.h"
#include "storage/Storage.h"
#include "storage/StorageError.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QPointer>
#include <QRandomGenerator>

#include <limits>

Q_LOGGING_CATEGORY(lcDelivery, "switchboard.hub.delivery")

namespace Switchboard::Hub {

using namespace Domain;

namespace {

// More rows than this are looked at in the next pass, once the first ones have gone out.
constexpr int MaxRowsPerPass = 1000;
// After a database error the queue is looked at again this much later.
constexpr int StorageRetryMilliseconds = 1000;

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

// Whom a reply on a channel is addressed to (public channels answer the author's post).
IdentityKind recipientKind(ChannelKind channel)
{
    if (const auto kind = PrivateChannels::identityFor(channel))
        return *kind;
    switch (channel) {
    case ChannelKind::FacebookComment:
        return IdentityKind::Facebook;
    case ChannelKind::InstagramComment:
        return IdentityKind::Instagram;
    case ChannelKind::XPost:
        return IdentityKind::X;
    default:
        return IdentityKind::Phone;
    }
}

} // namespace

DeliveryDispatcher::DeliveryDispatcher(Storage &storage, EventRecorder &events,
    const AccessPolicy &access, EventBus &bus, DeliverySettings settings, QObject *parent)
    : QObject(parent)
    , m_storage(storage)
    , m_events(events)
    , m_access(access)
    , m_settings(settings)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &DeliveryDispatcher::dispatchDue);
    // Published only after the commit, so the queued row is there to be read.
    connect(&bus, &EventBus::published, this, [this](const StoredEvent &e) {
        if (e.event.type == EventType::MessageCreated
            && e.event.data.value(QLatin1String("kind")).toString() == toWire(MessageKind::Reply))
            wake();
    });
}

DeliveryDispatcher::~DeliveryDispatcher() = default;

void DeliveryDispatcher::registerSender(ChannelSender *sender)
{
    for (const ChannelKind channel : sender->channels())
        m_senders[channel] = sender;
    wake();
}

void DeliveryDispatcher::unregisterSender(ChannelSender *sender)
{
    std::erase_if(m_senders, [sender](const auto &entry) { return entry.second == sender; });
}

void DeliveryDispatcher::start()
{
    m_started = true;
    wake();
}

void DeliveryDispatcher::stop()
{
    m_started = false;
    m_retryTimer.stop();
}

void DeliveryDispatcher::wake()
{
    if (!m_started || m_passScheduled)
        return;
    m_passScheduled = true;
    QMetaObject::invokeMethod(this, &DeliveryDispatcher::dispatchDue, Qt::QueuedConnection);
}

QString DeliveryDispatcher::noConnectorReason(ChannelKind channel)
{
    return QStringLiteral("no connector configured for %1").arg(toWire(channel));
}

qint64 DeliveryDispatcher::backoffMilliseconds(const DeliverySettings &settings, int attempts)
{
    qint64 wait = std::max(1, settings.initialBackoffMilliseconds);
    for (int i = 1; i < attempts && wait < settings.maxBackoffMilliseconds; ++i)
        wait *= 2;
    return std::min<qint64>(wait, settings.maxBackoffMilliseconds);
}

void DeliveryDispatcher::dispatchDue()
{
    m_passScheduled = false;
    if (!m_started)
        return;
    const qint64 now = nowMs();
    std::optional<qint64> nextDue;
    QList<std::pair<PendingDelivery, ChannelSender *>> due;
    try {
        // Only the oldest queued reply of each conversation may go: the others wait behind it.
        QSet<Id> seen;
        for (const PendingDelivery &d : m_storage.messages().deliveryQueue(MaxRowsPerPass)) {
            if (seen.contains(d.conversationId))
                continue;
            seen.insert(d.conversationId);
            if (m_inFlight.contains(d.messageId) || m_busyConversations.contains(d.conversationId))
                continue;
            const auto sender = m_senders.find(d.channel);
            if (sender == m_senders.end()) {
                showWaiting(d.messageId, noConnectorReason(d.channel));
                continue;
            }
            if (d.nextAttemptAt > now) {
                nextDue = std::min(nextDue.value_or(d.nextAttemptAt), d.nextAttemptAt);
                continue;
            }
            due.append({d, sender->second});
        }
    } catch (const StorageError &e) {
        qCWarning(lcDelivery) << "cannot read the delivery queue:" << e.what();
        nextDue = now + StorageRetryMilliseconds;
    }
    for (const auto &[delivery, sender] : std::as_const(due))
        hand(delivery, sender);
    if (nextDue)
        m_retryTimer.start(std::chrono::milliseconds(std::max<qint64>(0, *nextDue - now)));
}

std::optional<OutboundReply> DeliveryDispatcher::build(
    const PendingDelivery &delivery, QString *problem)
{
    const auto message = m_storage.messages().byId(delivery.messageId);
    // The schema keeps notes out of the queue; this keeps them from a connector regardless.
    if (!message || message->kind != MessageKind::Reply) {
        *problem = message ? QStringLiteral("message %1 is not a reply").arg(delivery.messageId)
                           : QStringLiteral("message %1 is gone").arg(delivery.messageId);
        return std::nullopt;
    }
    OutboundReply reply;
    reply.messageId = message->id;
    reply.channel = message->channel;
    reply.body = message->body;
    reply.attempt = delivery.attempts + 1;
    const auto conversation = m_storage.conversations().byId(message->conversationId);
    if (conversation) {
        reply.subject = conversation->subject;
        reply.threadId = conversation->externalThreadId;
    }
    auto inbound = m_storage.messages().latestInbound(message->conversationId, message->id);
    // A first message moved to private answers what the customer wrote where they came from
    // (a comment answered with a private reply).
    if (!inbound && conversation && conversation->originConversationId) {
        inbound = m_storage.messages().latestInbound(
            *conversation->originConversationId, std::numeric_limits<qint64>::max());
    }
    if (inbound) {
        reply.inReplyToProviderId = inbound->providerMessageId;
        reply.inReplyToMetadata = inbound->channelMetadata;
    }
    reply.recipient.kind = recipientKind(message->channel);
    if (const auto customer = m_storage.customers().byId(message->customerId)) {
        reply.recipientName = customer->name;
        // The identity the thread runs on first (a DM thread is the customer's id there).
        for (const Identity &identity : customer->identities) {
            if (identity.kind != reply.recipient.kind)
                continue;
            if (reply.recipient.value.isEmpty() || identity.value == reply.threadId)
                reply.recipient = identity;
        }
    }
    return reply;
}

void DeliveryDispatcher::hand(const PendingDelivery &delivery, ChannelSender *sender)
{
    std::optional<OutboundReply> reply;
    QString problem;
    try {
        reply = build(delivery, &problem);
        if (!reply) {
            qCWarning(lcDelivery) << "dropped from the delivery queue:" << problem;
            m_storage.messages().removeDelivery(delivery.messageId);
            return;
        }
    } catch (const StorageError &e) {
        qCWarning(lcDelivery) << "cannot read reply" << delivery.messageId << e.what();
        m_retryTimer.start(StorageRetryMilliseconds);
        return;
    }
    m_inFlight.insert(delivery.messageId);
    m_busyConversations.insert(delivery.conversationId);
    sender->send(*reply, [self = QPointer<DeliveryDispatcher>(this), delivery](
                             const SendOutcome &outcome) {
        if (self && self->m_started)
            self->finish(delivery, outcome);
    });
}

void DeliveryDispatcher::finish(const PendingDelivery &delivery, const SendOutcome &outcome)
{
    // A connector reporting twice is heard once.
    if (!m_inFlight.remove(delivery.messageId))
        return;
    m_busyConversations.remove(delivery.conversationId);
    try {
        auto message = m_storage.messages().byId(delivery.messageId);
        if (!message) {
            m_storage.messages().removeDelivery(delivery.messageId);
        } else if (outcome.status == SendOutcome::Status::Sent) {
            // A status the provider reported meanwhile (delivered, read) is not undone.
            if (message->delivery == DeliveryState::Queued)
                message->delivery = DeliveryState::Sent;
            message->deliveryError.clear();
            if (!outcome.providerMessageId.isEmpty())
                message->providerMessageId = outcome.providerMessageId;
            for (auto it = outcome.channelMetadata.begin(); it != outcome.channelMetadata.end();
                ++it)
                message->channelMetadata.insert(it.key(), it.value());
            record(*message, [&] { m_storage.messages().removeDelivery(delivery.messageId); });
            Q_EMIT settled(delivery.messageId, DeliveryState::Sent);
        } else if (outcome.status == SendOutcome::Status::Failed) {
            failNow(delivery,
                outcome.reason.isEmpty() ? QStringLiteral("the provider refused the message")
                                         : outcome.reason);
        } else {
            const int attempts = delivery.attempts + 1;
            const qint64 now = nowMs();
            const QString reason = outcome.reason.isEmpty()
                ? QStringLiteral("the provider asked to try again later")
                : outcome.reason;
            if (attempts >= m_settings.maxAttempts
                || now - delivery.createdAt >= qint64(m_settings.maxAgeSeconds) * 1000) {
                failNow(delivery,
                    QStringLiteral("gave up after %1 tries: %2").arg(attempts).arg(reason));
            } else {
                // Jitter keeps replies that failed together from all coming back together.
                const qint64 base = backoffMilliseconds(m_settings, attempts);
                qint64 wait = base / 2 + qint64(QRandomGenerator::global()->bounded(
                                  quint64(base / 2 + 1)));
                wait = std::max(wait, qint64(outcome.retryAfterSeconds) * 1000);
                message->delivery = DeliveryState::Queued;
                message->deliveryError = reason;
                record(*message, [&] {
                    m_storage.messages().rescheduleDelivery(
                        delivery.messageId, attempts, now + wait);
                });
            }
        }
    } catch (const StorageError &e) {
        qCWarning(lcDelivery) << "cannot record the delivery of reply" << delivery.messageId
                              << e.what();
    }
    wake();
}

void DeliveryDispatcher::failNow(const PendingDelivery &delivery, const QString &reason)
{
    auto message = m_storage.messages().byId(delivery.messageId);
    if (!message)
        return;
    message->delivery = DeliveryState::Failed;
    message->deliveryError = reason;
    record(*message, [&] { m_storage.messages().removeDelivery(delivery.messageId); });
    Q_EMIT settled(delivery.messageId, DeliveryState::Failed);
}

void DeliveryDispatcher::showWaiting(Id messageId, const QString &reason)
{
    auto message = m_storage.messages().byId(messageId);
    if (!message || message->deliveryError == reason)
        return;
    message->deliveryError = reason;
    record(*message, [] {});
}

void DeliveryDispatcher::record(Message message, const std::function<void()> &queueChange)
{
    Transaction tx(m_storage.database());
    queueChange();
    const auto before = m_storage.messages().byId(message.id);
    const bool changed = !before || before->delivery != message.delivery
        || before->deliveryError != message.deliveryError
        || before->providerMessageId != message.providerMessageId
        || before->channelMetadata != message.channelMetadata;
    if (changed) {
        m_storage.messages().updateDelivery(message);
        if (const auto conversation = m_storage.conversations().byId(message.conversationId)) {
            m_events.record(EventType::MessageUpdated, m_access.audienceFor(*conversation),
                message.toJson());
        }
    }
    tx.commit();
}

} // namespace Switchboard::Hub
