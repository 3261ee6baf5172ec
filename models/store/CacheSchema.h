// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLatin1String>

// Table and column names of the desktop's cache, one namespace per table. Times are stored as
// milliseconds since the epoch (UTC), NULL where unset; whole records are kept as the hub's JSON
// next to the columns the queries need.
namespace Switchboard::Store::Schema {

using Name = QLatin1String;

namespace Meta {
inline constexpr Name table{"meta"};
inline constexpr Name key{"key"};
inline constexpr Name value{"value"};
//! The highest event seq applied to this cache.
inline constexpr Name cursorKey{"cursor"};
//! When the last catch-up or live event was applied (ms since the epoch).
inline constexpr Name lastSyncKey{"last_sync_at"};
//! Set once the first sign-in finished paging in the working set.
inline constexpr Name initialSyncDoneKey{"initial_sync_done"};
//! The signed-in user's id, so the cache can tell "mine" apart.
inline constexpr Name userIdKey{"user_id"};
//! The hub's reply policy (GET /api/v1/policy, or the last policy.updated event) as JSON, so the
//! composer checks replies with the hub's rules offline too.
inline constexpr Name policyKey{"policy"};
} // namespace Meta

namespace Users {
inline constexpr Name table{"users"};
inline constexpr Name id{"id"};
inline constexpr Name name{"name"};
inline constexpr Name role{"role"};
inline constexpr Name active{"active"};
inline constexpr Name presenceState{"presence_state"};
inline constexpr Name json{"json"};
} // namespace Users

namespace Customers {
inline constexpr Name table{"customers"};
inline constexpr Name id{"id"};
inline constexpr Name name{"name"};
inline constexpr Name updatedAt{"updated_at"};
inline constexpr Name json{"json"};
//! Set once the customer's whole timeline has been fetched from the hub.
inline constexpr Name timelineLoaded{"timeline_loaded"};
} // namespace Customers

//! Full-text index of customer names and identities; rowid is the customer id.
namespace CustomersFts {
inline constexpr Name table{"customers_fts"};
inline constexpr Name name{"name"};
inline constexpr Name identities{"identities"};
} // namespace CustomersFts

namespace Conversations {
inline constexpr Name table{"conversations"};
inline constexpr Name id{"id"};
inline constexpr Name customerId{"customer_id"};
inline constexpr Name channel{"channel"};
inline constexpr Name status{"status"};
inline constexpr Name assigneeId{"assignee_id"};
inline constexpr Name priority{"priority"};
inline constexpr Name slaDueAt{"sla_due_at"};
inline constexpr Name lastMessageAt{"last_message_at"};
inline constexpr Name lastMessageId{"last_message_id"};
inline constexpr Name subject{"subject"};
inline constexpr Name updatedAt{"updated_at"};
inline constexpr Name json{"json"};
//! Local only: the newest message id the agent has seen in this conversation.
inline constexpr Name readUpTo{"read_up_to"};
//! Local only: inbound messages newer than read_up_to and than the team's last answer.
inline constexpr Name unread{"unread"};
} // namespace Conversations

namespace Messages {
inline constexpr Name table{"messages"};
inline constexpr Name id{"id"};
inline constexpr Name conversationId{"conversation_id"};
inline constexpr Name customerId{"customer_id"};
inline constexpr Name kind{"kind"};
inline constexpr Name createdAt{"created_at"};
inline constexpr Name body{"body"};
inline constexpr Name json{"json"};
//! A supervisor's whisper: the agent it is for; 0 for every other message.
inline constexpr Name whisperTo{"whisper_to"};
} // namespace Messages

//! Full-text index of message bodies, an external-content table over messages.
namespace MessagesFts {
inline constexpr Name table{"messages_fts"};
inline constexpr Name body{"body"};
//! Its tokenizer, as migration 1 created it: an index built elsewhere for it (MessageIndexBuild)
//! must split text the same way.
inline constexpr Name tokenize{"unicode61 remove_diacritics 2"};
//! Its shadow tables (FTS5's own): the index's records, its segments' first terms, and each
//! message's token count.
inline constexpr Name dataTable{"messages_fts_data"};
inline constexpr Name idxTable{"messages_fts_idx"};
inline constexpr Name docsizeTable{"messages_fts_docsize"};
} // namespace MessagesFts

namespace Calls {
inline constexpr Name table{"calls"};
inline constexpr Name id{"id"};
inline constexpr Name customerId{"customer_id"};
inline constexpr Name offeredAt{"offered_at"};
inline constexpr Name json{"json"};
} // namespace Calls

//! Customers the agent opened, newest first; they stay in the working set.
namespace Recent {
inline constexpr Name table{"recent"};
inline constexpr Name customerId{"customer_id"};
inline constexpr Name openedAt{"opened_at"};
} // namespace Recent

//! What the agent did that the hub has not confirmed yet, in the order it was done.
namespace Outbox {
inline constexpr Name table{"outbox"};
inline constexpr Name id{"id"};
inline constexpr Name clientId{"client_id"};
inline constexpr Name kind{"kind"};
inline constexpr Name conversationId{"conversation_id"};
inline constexpr Name method{"method"};
inline constexpr Name path{"path"};
inline constexpr Name body{"body"};
inline constexpr Name state{"state"};
inline constexpr Name errorCode{"error_code"};
inline constexpr Name errorMessage{"error_message"};
inline constexpr Name missed{"missed"};
inline constexpr Name attempts{"attempts"};
//! The hub's policy findings when it refused a reply (policy_blocked), as a JSON array.
inline constexpr Name findings{"findings"};
inline constexpr Name createdAt{"created_at"};
} // namespace Outbox

} // namespace Switchboard::Store::Schema
