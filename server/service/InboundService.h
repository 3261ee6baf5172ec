// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/AuditEntry.h"
#include "domain/CallRecord.h"
#include "domain/Conversation.h"
#include "domain/Customer.h"
#include "domain/Message.h"
#include "routing/Analyzer.h"

#include <functional>
#include <optional>

namespace Switchboard::Hub {

class AccessPolicy;
class AgentRoster;
class DisconnectedAgents;
class EventRecorder;
class QueueService;
class Storage;
class TopicRuleService;

//! What a customer sent, as a channel connector hands it over.
struct InboundMessage
{
    Domain::ChannelKind channel = Domain::ChannelKind::Email;
    //! How the sender is known on the channel; joins them to an existing customer.
    Domain::Identity sender;
    //! The display name the channel gave the sender, for a new customer.
    QString senderName;
    QString senderLanguage;
    //! The provider's thread (email thread root, post id, DM conversation id).
    QString threadId;
    QString subject;
    QString body;
    QString bodyHtml;
    QString providerMessageId;
    QJsonObject channelMetadata;
    //! When the customer sent it; now if invalid.
    QDateTime sentAt;
};

//! The result of taking in one inbound message.
struct InboundResult
{
    Domain::Customer customer;
    Domain::Conversation conversation;
    Domain::Message message;
    bool newCustomer = false;
    bool newConversation = false;
    //! The channel had delivered this message before (same provider message id): nothing new
    //! was stored and message is the earlier one.
    bool duplicate = false;
};

//! Takes in what customers send on any channel: joins the sender to a customer, the message to
//! an open conversation on that thread (or opens one), and records the events.
class InboundService
{
public:
    //! topics: the admin's topic rules, read by the analysis of each message as it comes;
    //! queues: the admin's queues, the analysis puts the conversation in one; roster: the users
    //! and their open work as the open transaction has them (RoutingService::roster());
    //! disconnected: agents new work is not given to.
    InboundService(Storage &storage, EventRecorder &events, const AccessPolicy &access,
        const TopicRuleService &topics, const QueueService &queues, const AgentRoster &roster,
        const DisconnectedAgents &disconnected);

    //! Stores the message once: a provider message id already stored on the channel is
    //! answered with the earlier record and changes nothing.
    InboundResult receive(const InboundMessage &inbound);
    //! Applies a change the channel reports about a message it knows by providerMessageId (an
    //! edit, a removal, a delivery status). change returns false when it changed nothing.
    //! Returns the updated message, announced as message.updated; none if there is no such
    //! message or nothing changed.
    std::optional<Domain::Message> updateFromChannel(Domain::ChannelKind channel,
        const QString &providerMessageId, const std::function<bool(Domain::Message &)> &change);
    //! Records a call offered to or made by the contact centre, on the customer's voice thread.
    //! A provider call id already stored is answered with the earlier record and changes
    //! nothing.
    Domain::CallRecord recordCall(
        Domain::CallRecord call, const Domain::Identity &caller, const QString &callerName);
    //! Applies what the telephony provider reports about the call it knows by providerCallId
    //! (answered, ended, duration, recording). change returns false when it changed nothing.
    //! Returns the updated call, announced as call.updated; none if there is no such call or
    //! nothing changed.
    std::optional<Domain::CallRecord> updateCallFromChannel(
        const QString &providerCallId, const std::function<bool(Domain::CallRecord &)> &change);

    //! Analyses the newest customer message of each open conversation that has no analysis yet
    //! (stored without coming through receive(), e.g. by the demo), announcing each as
    //! conversation.updated; returns how many it analysed.
    int analyzeWaiting();

private:
    //! Assigns a waiting conversation to the agent AgentChooser picks; returns the decision for
    //! the audit log (routing.assigned, or routing.queued for new work no one can take), none
    //! for work that was already waiting and still finds no one.
    std::optional<Domain::AuditEntry> route(
        Domain::Conversation &conversation, bool isNew, const QDateTime &now);
    //! Sets the conversation's analysis, priority and queue from message.
    void analyze(Domain::Conversation &conversation, const Domain::Message &message,
        const QString &customerLanguage) const;
    Domain::Customer findOrCreateCustomer(const Domain::Identity &identity, const QString &name,
        const QString &language, const QDateTime &now, bool *created);

    Storage &m_storage;
    EventRecorder &m_events;
    const AccessPolicy &m_access;
    const TopicRuleService &m_topics;
    const QueueService &m_queues;
    const AgentRoster &m_roster;
    const DisconnectedAgents &m_disconnected;
    Analyzer m_analyzer;
};

} // namespace Switchboard::Hub
