// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChangeSet.h"
#include "OutboxItem.h"

class QSqlQuery;

namespace Switchboard::Store {

class CacheDatabase;

//! The outbox table: what the agent did, in order, each with the client id that makes sending it
//! twice harmless. Items leave only when the hub confirms them or the agent discards them.
class Outbox
{
public:
    explicit Outbox(CacheDatabase &db);

    //! Queues a request; a fresh client id is generated and written into the body.
    OutboxItem enqueue(OutboxItem::Kind kind, std::optional<Domain::Id> conversationId,
        const QByteArray &method, const QString &path, QJsonObject body, ChangeSet &changes);
    //! The oldest queued item, if any.
    std::optional<OutboxItem> nextQueued();
    std::optional<OutboxItem> item(qint64 id);
    //! Every item not yet confirmed, oldest first; with a conversation id, only that one's.
    QList<OutboxItem> items(std::optional<Domain::Id> conversationId = std::nullopt);
    int queuedCount();

    void noteAttempt(qint64 id);
    //! The hub confirmed it.
    void remove(qint64 id, ChangeSet &changes);
    void markConflict(qint64 id, const QString &message, const QList<Domain::Message> &missed,
        ChangeSet &changes);
    //! The hub refused it; findings are its reply policy's findings for a policy_blocked reply.
    void markRejected(qint64 id, const QString &code, const QString &message,
        const QJsonArray &findings, ChangeSet &changes);
    //! Sends a conflicted or rejected item again with an updated body (e.g. a new `after`, or
    //! edited text); it keeps its client id, which the hub did not store for a failed write.
    bool requeue(qint64 id, const QJsonObject &bodyChanges, ChangeSet &changes);

private:
    OutboxItem read(const QSqlQuery &query);
    CacheDatabase &m_db;
};

} // namespace Switchboard::Store
