// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Switchboard::Hub {

class Router;
struct HubServices;

// Each registers one group of /api/v1 endpoints; docs/api.md describes them all.
namespace Endpoints {
void registerAuth(Router &router, HubServices &hub);
void registerPeople(Router &router, HubServices &hub);
void registerConversations(Router &router, HubServices &hub);
void registerCalls(Router &router, HubServices &hub);
void registerPolicy(Router &router, HubServices &hub);
//! The analysis of incoming work: GET/PUT /api/v1/topic-rules.
void registerRouting(Router &router, HubServices &hub);
//! The admin's queues: GET/POST /api/v1/queues, PUT/DELETE /api/v1/queues/{id}.
void registerQueues(Router &router, HubServices &hub);
void registerSystem(Router &router, HubServices &hub);
//! /webhooks/*: provider deliveries, verified before anything is parsed.
void registerWebhooks(Router &router, HubServices &hub);
//! /webhooks/x: X's Account Activity (CRC check, mentions, direct messages).
void registerXWebhook(Router &router, HubServices &hub);
//! /webhooks/twilio/*: voice, voice status and messaging, each signed by Twilio.
void registerTwilioWebhooks(Router &router, HubServices &hub);
//! GET /api/v1/messages/{id}/attachments/{n}: a file that came with a message.
void registerAttachments(Router &router, HubServices &hub);
//! Conversation tags, the insights they feed and the daily reports per agent and queue.
void registerInsights(Router &router, HubServices &hub);
//! The supervisor board (GET /api/v1/board) and supervisor actions on conversations: monitor,
//! whisper, take over.
void registerSupervisor(Router &router, HubServices &hub);
} // namespace Endpoints

} // namespace Switchboard::Hub
