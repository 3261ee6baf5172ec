// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "InboundService.h"

#include "TopicRuleService.h"

#include "AccessPolicy.h"
#include "QueueService.h"
#include "EventRecorder.h"
#include "domain/AuditEntry.h"
#include "domain/Event.h"
#include "routing/AgentChooser.h"
#include "routing/AgentRoster.h"
#include "routing/DisconnectedAgents.h"
#include "storage/CallRepository.h"
#include "storage/ConversationRepository.h"
#include "storage/CustomerRepository.h"
#include "storage/MessageRepository.h"
#include "storage/Storage.h"

#include <limits>

namespace Switchboard::Hub {

using namespace Domain;

InboundService::InboundService(Storage &storage, EventRecorder &events, const AccessPolicy &access,
    const TopicRuleService &topics, const QueueService &queues, const AgentRoster &roster,
    const DisconnectedAgents &disconnected)
    : m_storage(storage)
    , m_events(events)
    , m_access(access)
    , m_topics(topics)
    , m_queues(queues)
    , m_roster(roster)
    , m_disconnected(disconnected)
{
}

Customer InboundService::findOrCreateCustomer(const Identity &identity, const QString &name,
    const QString &language, const QDateTime &now, bool *created)
{
    *created = false;
    if (auto existing = m_storage.customers().byIdentity(identity.kind, identity.value))
        return *existing;
    Customer customer;
    customer.name = name.isEmpty() ? identity.value : name;
    customer.language = language;
    customer.identities = {identity};
    customer.createdAt = now;
    customer.updatedAt = now;
    customer = m_storage.customers().insert(customer);
    m_events.record(EventType::CustomerCreated, Audience::all(), customer.toJson());
    *created = true;
    return customer;
}

InboundResult InboundService::receive(const InboundMessage &inbound)
{
    Transaction tx(m_storage.database());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime sentAt = inbound.sentAt.isValid() ? inbound.sentAt.toUTC() : now;
    InboundResult result;
    if (const auto earlier
        = m_storage.messages().byProviderId(inbound.channel, inbound.providerMessageId)) {
        result.duplicate = true;
        result.message = *earlier;
        if (const auto conversation = m_storage.conversations().byId(earlier->conversationId))
            result.conversation = *conversation;
        if (const auto customer = m_storage.customers().byId(earlier->customerId))
            result.customer = *customer;
        return result;
    }
    result.customer = findOrCreateCustomer(
        inbound.sender, inbound.senderName, inbound.senderLanguage, now, &result.newCustomer);

    std::optional<Conversation> existing;
    if (!inbound.threadId.isEmpty()) {
        existing = m_storage.conversations().findOpenThread(
            result.customer.id, inbound.channel, inbound.threadId);
    }
    Conversation conversation;
    if (existing) {
        conversation = *existing;
    } else {
        conversation.customerId = result.customer.id;
        conversation.channel = inbound.channel;
        conversation.subject = inbound.subject.isEmpty() ? inbound.body.left(120) : inbound.subject;
        conversation.externalThreadId = inbound.threadId;
        conversation.createdAt = sentAt;
        result.newConversation = true;
    }

    Message message;
    message.customerId = result.customer.id;
    message.channel = inbound.channel;
    message.kind = MessageKind::Inbound;
    message.authorName = result.customer.name;
    message.body = inbound.body;
    message.bodyHtml = inbound.bodyHtml;
    message.createdAt = sentAt;
    message.providerMessageId = inbound.providerMessageId;
    message.channelMetadata = inbound.channelMetadata;
    // The customer is waiting again: a resolved or pending thread is open once more.
    const auto waiting = [&] {
        conversation.status = ConversationStatus::Open;
        conversation.updatedAt = now;
        conversation.lastMessageAt = sentAt;
        conversation.lastMessageId = message.id;
    };
    std::optional<AuditEntry> decision;
    if (result.newConversation) {
        // A new conversation's row is written once, whole: its message's id is known before
        // either is stored, so what the analysis and the thread's last message name is in the
        // row from the start. Only an agent chosen by routing changes it again (below), as an
        // update, so the work on it starts when it was routed, as for waiting work.
        message.id = m_storage.messages().nextId();
        analyze(conversation, message, result.customer.language);
        waiting();
        conversation = m_storage.conversations().insert(conversation);
        message.conversationId = conversation.id;
        message = m_storage.messages().insert(message);
        decision = route(conversation, true, now);
        if (conversation.assigneeId)
            m_storage.conversations().update(conversation);
    } else {
        message.conversationId = conversation.id;
        message = m_storage.messages().insert(message);
        // What the customer wrote sets how urgent the wait is (and routing reads its topic).
        analyze(conversation, message, result.customer.language);
        // Waiting work goes to the most suitable agent who is free for it.
        if (!conversation.assigneeId)
            decision = route(conversation, false, now);
        waiting();
        m_storage.conversations().update(conversation);
    }
    const Audience audience = m_access.audienceFor(conversation);
    m_events.record(
        result.newConversation ? EventType::ConversationCreated : EventType::ConversationUpdated,
        audience, conversation.toJson());
    m_events.record(EventType::MessageCreated, audience, message.toJson());
    // The decision after the work it is about, so supervisors see both in that order.
    if (decision)
        m_events.audit(std::move(*decision));
    tx.commit();
    result.conversation = conversation;
    result.message = message;
    return result;
}

void InboundService::analyze(
    Conversation &conversation, const Message &message, const QString &customerLanguage) const
{
    AnalysisInput input;
    input.text = message.channel == ChannelKind::Email
        ? conversation.subject + QLatin1Char('\n') + message.body
        : message.body;
    input.channel = message.channel;
    input.channelMetadata = message.channelMetadata;
    input.customerLanguage = customerLanguage;
    input.messageId = message.id;
    input.context = conversation.subject;
    if (conversation.analysis)
        input.previousTopic = conversation.analysis->topic;
    const AnalysisResult analysis = m_analyzer.analyze(input, m_topics.rules());
    conversation.analysis = analysis.analysis;
    conversation.priority = analysis.priority;
    const Queue *queue = m_queues.queueFor(
        analysis.analysis.topic, analysis.analysis.language, conversation.channel);
    conversation.queueId = queue ? std::optional<Id>(queue->id) : std::nullopt;
}

std::optional<AuditEntry> InboundService::route(
    Conversation &conversation, bool isNew, const QDateTime &now)
{
    // The roster counts what this transaction recorded before (the earlier requests of a group
    // committed together), so no agent is given more than their capacity.
    RoutingInput input;
    input.conversation = conversation;
    input.users = m_roster.users();
    m_disconnected.excludeFrom(input);
    input.load = m_roster.loadOn(conversation.channel);
    input.previousAgent
        = m_storage.conversations().lastAssignee(conversation.customerId, conversation.id);
    input.queue = conversation.queueId ? m_queues.find(*conversation.queueId) : nullptr;
    const RoutingDecision decision = AgentChooser::choose(input);
    // Work already waiting was recorded as queued when it came in.
    if (!decision.agentId && !isNew)
        return std::nullopt;
    conversation.assigneeId = decision.agentId;
    AuditEntry entry;
    entry.at = now;
    entry.userName = QStringLiteral("routing");
    entry.action = decision.agentId ? AuditAction::RoutingAssigned : AuditAction::RoutingQueued;
    entry.conversationId = conversation.id;
    entry.details = decision.toJson();
    return entry;
}

int InboundService::analyzeWaiting()
{
    Transaction tx(m_storage.database());
    ConversationFilter filter;
    filter.status = ConversationStatus::Open;
    filter.limit = 500;
    int analysed = 0;
    for (;;) {
        const QList<Conversation> page = m_storage.conversations().list(filter);
        for (Conversation conversation : page) {
            if (conversation.analysis)
                continue;
            const auto message = m_storage.messages().latestInbound(
                conversation.id, std::numeric_limits<Id>::max());
            const auto customer = m_storage.customers().byId(conversation.customerId);
            if (!message || !customer)
                continue;
            analyze(conversation, *message, customer->language);
            m_storage.conversations().update(conversation);
            m_events.record(EventType::ConversationUpdated, m_access.audienceFor(conversation),
                conversation.toJson());
            ++analysed;
        }
        if (page.size() < filter.limit)
            break;
        filter.afterId = page.last().id;
    }
    tx.commit();
    return analysed;
}

std::optional<Message> InboundService::updateFromChannel(ChannelKind channel,
    const QString &providerMessageId, const std::function<bool(Message &)> &change)
{
    Transaction tx(m_storage.database());
    auto message = m_storage.messages().byProviderId(channel, providerMessageId);
    if (!message || !change(*message))
        return std::nullopt;
    const auto conversation = m_storage.conversations().byId(message->conversationId);
    if (!conversation)
        return std::nullopt;
    m_storage.messages().updateFromChannel(*message);
    m_events.record(
        EventType::MessageUpdated, m_access.audienceFor(*conversation), message->toJson());
    tx.commit();
    return message;
}

CallRecord InboundService::recordCall(
    CallRecord call, const Identity &caller, const QString &callerName)
{
    Transaction tx(m_storage.database());
    if (const auto earlier = m_storage.calls().byProviderId(call.providerCallId))
        return *earlier;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    bool created = false;
    const Customer customer = findOrCreateCustomer(caller, callerName, QString(), now, &created);
    call.customerId = customer.id;
    if (!call.conversationId) {
        Conversation conversation;
        conversation.customerId = customer.id;
        conversation.channel = ChannelKind::Voice;
        conversation.subject = call.direction == CallDirection::Inbound
            ? QStringLiteral("Call from %1").arg(call.fromNumber)
            : QStringLiteral("Call to %1").arg(call.toNumber);
        conversation.assigneeId = call.agentId;
        conversation.createdAt = call.offeredAt.isValid() ? call.offeredAt : now;
        conversation.updatedAt = now;
        conversation.lastMessageAt = conversation.createdAt;
        conversation = m_storage.conversations().insert(conversation);
        m_events.record(EventType::ConversationCreated, m_access.audienceFor(conversation),
            conversation.toJson());
        call.conversationId = conversation.id;
    }
    call = m_storage.calls().insert(call);
    m_events.record(
        EventType::CallCreated, Audience::usersAndSupervisors({call.agentId}), call.toJson());
    tx.commit();
    return call;
}

std::optional<CallRecord> InboundService::updateCallFromChannel(
    const QString &providerCallId, const std::function<bool(CallRecord &)> &change)
{
    Transaction tx(m_storage.database());
    auto call = m_storage.calls().byProviderId(providerCallId);
    if (!call || !change(*call))
        return std::nullopt;
    m_storage.calls().update(*call);
    m_events.record(
        EventType::CallUpdated, Audience::usersAndSupervisors({call->agentId}), call->toJson());
    tx.commit();
    return call;
}

} // namespace Switchboard::Hub
