// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CacheRows.h"
#include "domain/Conversation.h"
#include "domain/Customer.h"

namespace Switchboard::Store {

class CacheDatabase;

//! The queries the item models page through. Pages use keysets (never OFFSET), so a page is as
//! fast at the end of a million rows as at the start.
class CacheReader
{
public:
    explicit CacheReader(CacheDatabase &db);

    //! Up to limit inbox rows after `after` (the last row of the previous page), in the filter's
    //! order. me is the signed-in user (for the Mine scope).
    QList<InboxRow> inboxPage(
        const InboxFilter &filter, Domain::Id me, const std::optional<InboxRow> &after, int limit);
    //! The inbox row of one customer under the filter; nullopt if nothing of theirs passes it.
    std::optional<InboxRow> inboxRow(
        const InboxFilter &filter, Domain::Id me, Domain::Id customerId);
    //! True if a sorts before b under the filter's order.
    static bool inboxBefore(const InboxFilter &filter, const InboxRow &a, const InboxRow &b);

    //! Up to limit entries of a customer's timeline older than `before`, newest first.
    QList<TimelineEntry> timelinePage(
        Domain::Id customerId, const std::optional<TimelineEntry> &before, int limit);
    //! Up to limit messages of a conversation with an id below beforeId (0: the newest), newest
    //! first.
    QList<Domain::Message> messagesPage(Domain::Id conversationId, Domain::Id beforeId, int limit);
    std::optional<Domain::Message> message(Domain::Id id);

    std::optional<Domain::CallRecord> call(Domain::Id id);
    //! Up to limit calls of a customer, newest first.
    QList<Domain::CallRecord> callsOf(Domain::Id customerId, int limit);

    std::optional<Domain::Customer> customer(Domain::Id id);
    bool timelineLoaded(Domain::Id customerId);
    std::optional<Domain::Conversation> conversation(Domain::Id id);
    QList<Domain::Conversation> conversationsOf(Domain::Id customerId);
    //! Customers opened lately, newest first.
    QList<Domain::Id> recentCustomers(int limit);

    QList<AgentRow> agents();
    std::optional<AgentRow> agent(Domain::Id userId);

    //! Full-text search over message bodies and customer names and identities. Every word must
    //! match (as a prefix); customers come first, then messages, best match first.
    QList<SearchHit> search(const QString &text, int limit);

    Domain::Seq cursor();
    //! When the cache last applied a catch-up or live change; invalid if never.
    QDateTime lastSyncAt();
    bool initialSyncDone();
    Domain::Id signedInUserId();
    //! The hub's reply policy document as last stored; empty if the hub never sent one.
    QJsonObject policy();

private:
    QList<AgentRow> agentRows(std::optional<Domain::Id> onlyUser);
    QList<InboxRow> inboxRows(const InboxFilter &filter, Domain::Id me,
        const std::optional<InboxRow> &after, int limit, std::optional<Domain::Id> onlyCustomer);
    QString meta(QLatin1String key);
    CacheDatabase &m_db;
};

} // namespace Switchboard::Store
