// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>

namespace Switchboard::Hub {

class AccessPolicy;
class CallService;
class ConversationService;
class Metrics;
class PeopleService;
class ReplyPolicyService;
class SessionService;
class Storage;
class StreamServer;

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
};

} // namespace Switchboard::Hub
