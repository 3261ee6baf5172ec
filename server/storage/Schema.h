// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLatin1String>

// Table and column names of the hub's database, one namespace per table.
namespace Switchboard::Hub::Schema {

using Name = QLatin1String;

namespace Meta {
inline constexpr Name table{"meta"};
inline constexpr Name key{"key"};
inline constexpr Name value{"value"};
//! Set once the demo data has been seeded, so --demo never seeds twice.
inline constexpr Name demoSeededKey{"demo_seeded"};
} // namespace Meta

namespace Users {
inline constexpr Name table{"users"};
inline constexpr Name id{"id"};
inline constexpr Name username{"username"};
inline constexpr Name name{"name"};
inline constexpr Name role{"role"};
inline constexpr Name passwordHash{"password_hash"};
inline constexpr Name skills{"skills"};
inline constexpr Name languages{"languages"};
inline constexpr Name capacity{"capacity"};
inline constexpr Name presenceState{"presence_state"};
inline constexpr Name presenceReason{"presence_reason"};
inline constexpr Name presenceSince{"presence_since"};
inline constexpr Name active{"active"};
inline constexpr Name createdAt{"created_at"};
inline constexpr Name voiceAddress{"voice_address"};
} // namespace Users

namespace Tokens {
inline constexpr Name table{"tokens"};
inline constexpr Name tokenHash{"token_hash"};
inline constexpr Name userId{"user_id"};
inline constexpr Name createdAt{"created_at"};
inline constexpr Name expiresAt{"expires_at"};
} // namespace Tokens

namespace Customers {
inline constexpr Name table{"customers"};
inline constexpr Name id{"id"};
inline constexpr Name name{"name"};
inline constexpr Name language{"language"};
inline constexpr Name tags{"tags"};
inline constexpr Name notes{"notes"};
inline constexpr Name createdAt{"created_at"};
inline constexpr Name updatedAt{"updated_at"};
} // namespace Customers

namespace Identities {
inline constexpr Name table{"identities"};
inline constexpr Name id{"id"};
inline constexpr Name customerId{"customer_id"};
inline constexpr Name kind{"kind"};
inline constexpr Name value{"value"};
} // namespace Identities

namespace Conversations {
inline constexpr Name table{"conversations"};
inline constexpr Name id{"id"};
inline constexpr Name customerId{"customer_id"};
inline constexpr Name channel{"channel"};
inline constexpr Name status{"status"};
inline constexpr Name assigneeId{"assignee_id"};
inline constexpr Name priority{"priority"};
inline constexpr Name slaDueAt{"sla_due_at"};
inline constexpr Name tags{"tags"};
inline constexpr Name subject{"subject"};
inline constexpr Name externalThreadId{"external_thread_id"};
inline constexpr Name createdAt{"created_at"};
inline constexpr Name updatedAt{"updated_at"};
inline constexpr Name lastMessageAt{"last_message_at"};
inline constexpr Name lastMessageId{"last_message_id"};
inline constexpr Name originConversationId{"origin_conversation_id"};
inline constexpr Name analysis{"analysis"};
inline constexpr Name queueId{"queue_id"};
//! Schema 9's epoch ms of the assignment and resolution, filled for the conversations that
//! existed then and no longer kept: the board reads each resolution from Closures (schema 10),
//! as the daily reports do.
inline constexpr Name assignedAt{"assigned_at"};
inline constexpr Name resolvedAt{"resolved_at"};
//! Schema 11's index of a queue's waiting work (queue, status, assignee).
inline constexpr Name queueWaitingIndex{"conversations_queue_waiting"};
//! Schema 13's index of a channel's assigned work (channel, status, assignee), dropped by 14.
inline constexpr Name channelLoadIndex{"conversations_channel_load"};
} // namespace Conversations

namespace Messages {
inline constexpr Name table{"messages"};
inline constexpr Name id{"id"};
inline constexpr Name conversationId{"conversation_id"};
inline constexpr Name customerId{"customer_id"};
inline constexpr Name channel{"channel"};
inline constexpr Name kind{"kind"};
inline constexpr Name authorUserId{"author_user_id"};
inline constexpr Name authorName{"author_name"};
inline constexpr Name body{"body"};
inline constexpr Name bodyHtml{"body_html"};
inline constexpr Name createdAt{"created_at"};
inline constexpr Name delivery{"delivery"};
inline constexpr Name deliveryError{"delivery_error"};
inline constexpr Name providerMessageId{"provider_message_id"};
inline constexpr Name channelMetadata{"channel_metadata"};
inline constexpr Name clientId{"client_id"};
//! A supervisor's whisper: the one agent who may read it besides supervisors; 0 for all others.
inline constexpr Name whisperTo{"whisper_to"};
//! Schema 1's index of a conversation's messages (conversation, id); since schema 15 it holds
//! each message's kind and time as well, so the board reads a conversation's wait from it alone.
inline constexpr Name byConversationIndex{"messages_by_conversation"};
//! Schema 10's index of all messages by kind and time, replaced by 15's index of replies only.
inline constexpr Name byKindTimeIndex{"messages_by_kind_time"};
//! Schema 15's index of the replies by time (kind, created_at WHERE kind is a reply): the only
//! kind its readers ask for. A query must name the kind as a literal for SQLite to use it.
inline constexpr Name repliesByTimeIndex{"messages_replies_by_time"};
} // namespace Messages

//! Replies waiting for a channel connector. Only replies ever get a row here (a trigger refuses
//! notes), so a connector reading this table cannot be handed an internal note.
namespace Deliveries {
inline constexpr Name table{"deliveries"};
inline constexpr Name messageId{"message_id"};
inline constexpr Name channel{"channel"};
inline constexpr Name attempts{"attempts"};
inline constexpr Name nextAttemptAt{"next_attempt_at"};
inline constexpr Name createdAt{"created_at"};
inline constexpr Name noteGuardTrigger{"deliveries_refuse_notes"};
} // namespace Deliveries

namespace Calls {
inline constexpr Name table{"calls"};
inline constexpr Name id{"id"};
inline constexpr Name customerId{"customer_id"};
inline constexpr Name conversationId{"conversation_id"};
inline constexpr Name direction{"direction"};
inline constexpr Name fromNumber{"from_number"};
inline constexpr Name toNumber{"to_number"};
inline constexpr Name agentId{"agent_id"};
inline constexpr Name offeredAt{"offered_at"};
inline constexpr Name answeredAt{"answered_at"};
inline constexpr Name endedAt{"ended_at"};
inline constexpr Name durationSeconds{"duration_seconds"};
inline constexpr Name onHold{"on_hold"};
inline constexpr Name holdStartedAt{"hold_started_at"};
inline constexpr Name heldSeconds{"held_seconds"};
inline constexpr Name disposition{"disposition"};
inline constexpr Name wrapUpNotes{"wrap_up_notes"};
inline constexpr Name wrapUpSeconds{"wrap_up_seconds"};
inline constexpr Name recordingUrl{"recording_url"};
inline constexpr Name providerCallId{"provider_call_id"};
} // namespace Calls

namespace Events {
inline constexpr Name table{"events"};
inline constexpr Name seq{"seq"};
inline constexpr Name type{"type"};
inline constexpr Name at{"at"};
inline constexpr Name audience{"audience"};
inline constexpr Name payload{"payload"};
} // namespace Events

//! Results of client writes by (user, client id), so a repeated write returns the first result.
namespace ClientRequests {
inline constexpr Name table{"client_requests"};
inline constexpr Name userId{"user_id"};
inline constexpr Name clientId{"client_id"};
inline constexpr Name target{"target"};
inline constexpr Name status{"status"};
inline constexpr Name body{"body"};
inline constexpr Name createdAt{"created_at"};
} // namespace ClientRequests

//! Who did what that needs accounting for: policy overrides, policy changes.
namespace AuditLog {
inline constexpr Name table{"audit_log"};
inline constexpr Name id{"id"};
inline constexpr Name at{"at"};
inline constexpr Name userId{"user_id"};
inline constexpr Name userName{"user_name"};
inline constexpr Name action{"action"};
inline constexpr Name conversationId{"conversation_id"};
inline constexpr Name messageId{"message_id"};
inline constexpr Name reason{"reason"};
inline constexpr Name details{"details"};
} // namespace AuditLog

//! Files that came with a message (email attachments), numbered from 0 in the order they came.
namespace Attachments {
inline constexpr Name table{"attachments"};
inline constexpr Name messageId{"message_id"};
inline constexpr Name position{"position"};
inline constexpr Name fileName{"file_name"};
inline constexpr Name contentType{"content_type"};
inline constexpr Name size{"size"};
inline constexpr Name data{"data"};
} // namespace Attachments

//! Admin-defined queues of waiting work (lists and per-channel targets as JSON).
namespace Queues {
inline constexpr Name table{"queues"};
inline constexpr Name id{"id"};
inline constexpr Name name{"name"};
inline constexpr Name position{"position"};
inline constexpr Name topics{"topics"};
inline constexpr Name languages{"languages"};
inline constexpr Name channels{"channels"};
inline constexpr Name skills{"skills"};
inline constexpr Name slaSeconds{"sla_seconds"};
} // namespace Queues

//! Who put which tag on a conversation, and when (the insights count tags by this time).
namespace ConversationTags {
inline constexpr Name table{"conversation_tags"};
inline constexpr Name conversationId{"conversation_id"};
inline constexpr Name tag{"tag"};
//! NULL for tags that were there before the hub kept track.
inline constexpr Name userId{"user_id"};
inline constexpr Name taggedAt{"tagged_at"};
} // namespace ConversationTags

//! The piece of work under way on each conversation that is assigned and not resolved: since
//! when. Kept by triggers on the conversations table, so every path that assigns, reopens or
//! resolves is covered.
namespace ConversationWork {
inline constexpr Name table{"conversation_work"};
inline constexpr Name conversationId{"conversation_id"};
inline constexpr Name startedAt{"started_at"};
inline constexpr Name startTrigger{"conversation_work_start"};
inline constexpr Name startOnInsertTrigger{"conversation_work_start_on_insert"};
inline constexpr Name closeTrigger{"conversation_work_close"};
inline constexpr Name closeOnInsertTrigger{"conversation_work_close_on_insert"};
} // namespace ConversationWork

//! One row each time a conversation was resolved: by whom (its assignee then) and the work's
//! start, for the reports' handled count and handle time.
namespace Closures {
inline constexpr Name table{"conversation_closures"};
inline constexpr Name id{"id"};
inline constexpr Name conversationId{"conversation_id"};
inline constexpr Name userId{"user_id"};
inline constexpr Name startedAt{"started_at"};
inline constexpr Name closedAt{"closed_at"};
} // namespace Closures

} // namespace Switchboard::Hub::Schema
