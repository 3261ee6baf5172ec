// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "channels/meta/MetaDelivery.h"
#include "channels/twilio/TwilioDelivery.h"
#include "channels/x/XDelivery.h"

#include <QDateTime>

namespace Switchboard::Hub {

class AccessPolicy;
class BoardService;
class CallService;
class ConversationService;
class InboundService;
class InsightService;
class Metrics;
class PeopleService;
class QueueService;
class RoutingService;
class ReplyPolicyService;
class SessionService;
class Storage;
class StreamServer;
class TopicRuleService;

//! What the endpoints work with; owned by the Hub that registers them.
struct HubServices
{
    Storage &storage;
    SessionService &sessions;
    PeopleService &people;
    ConversationService &conversations;
    CallService &calls;
    ReplyPolicyService &replyPolicy;
    StreamServer &stream;
    Metrics &metrics;
    const AccessPolicy &access;
    QDateTime startedAt;
    InboundService &inbound;
    MetaSettings meta;
    XSettings x;
    //! With the public URL resolved (HubConfig::twilioSettings).
    TwilioSettings twilio;
    TopicRuleService &topics;
    QueueService &queues;
    InsightService &insights;
    RoutingService &routing;
    BoardService &board;
};

} // namespace Switchboard::Hub
