// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Backoff.h"
#include "SyncState.h"
#include "domain/Enums.h"
#include "domain/Event.h"
#include "domain/User.h"
#include "net/NetworkSettings.h"
#include "store/ChangeSet.h"
#include "store/OutboxItem.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <functional>

namespace Switchboard::Net {
class EventStream;
class HttpClient;
} // namespace Switchboard::Net
namespace Switchboard::Store {
class CacheDatabase;
class Outbox;
} // namespace Switchboard::Store

namespace Switchboard::Sync {

class AttachmentDownload;
class GuardrailSync;
class InitialSync;
class OutboxSender;
class SupervisorSync;
class WakeDetector;

//! Keeps the cache in step with the hub and sends the outbox: an explicit state machine
//! (Offline → Connecting → CatchingUp → Live, back to Offline on any loss, then again after a
//! backoff). It lives on one thread with its cache connection and HTTP client; the app runs it
//! on a worker thread so the ui never waits for disk or network.
//!
//! No gap, no duplicate: the cursor is stored in the same transaction as the events it covers,
//! every connection resumes from the stored cursor, and events at or below it are skipped.
class SyncEngine : public QObject
{
    Q_OBJECT
public:
    struct Settings
    {
        int reconnectBaseMs = 1000;
        int reconnectCapMs = 60000;
        //! No frame for this long means the stream is dead (the hub's heartbeat is 15 s).
        int silenceTimeoutMs = 45000;
        //! The first sync stores timelines in batches of about this many messages and calls,
        //! one transaction each: what the item models see at once (docs/performance.md).
        int firstSyncBatchRecords = 20000;
    };

    SyncEngine(Store::CacheDatabase &cache, Net::HttpClient &http, QObject *parent = nullptr);
    ~SyncEngine() override;

    void setSettings(const Settings &settings);
    //! Starts syncing as `me` with a session token: pages the working set if the cache is new,
    //! then catches up and stays live. Sending the outbox starts with the first connection.
    void start(
        const Net::NetworkSettings &network, const QByteArray &token, const Domain::User &me);
    //! Stops everything; the cache and the outbox stay as they are.
    void stop();
    //! Drops the connection and reconnects at once (after sleep, or when the ui asks).
    void reconnectNow();

    SyncState state() const { return m_state; }
    QDateTime lastSyncAt() const { return m_lastSyncAt; }
    //! Why the engine is offline, for the ui; empty otherwise.
    QString offlineReason() const { return m_offlineReason; }

    // What the agent does: written to the outbox first, then sent in order. Each returns the
    // outbox item's id, or -1 if the cache could not record it (cacheFailed() says why).
    //! A reply; with an override reason, one the reply policy blocks goes anyway (the hub lets
    //! only users with the policy's override role do that, and writes it to its audit log).
    qint64 queueReply(Domain::Id conversationId, const QString &body, Domain::Id afterMessageId,
        const QString &overrideReason = {});
    //! A note; card numbers in it are masked before it is written anywhere.
    qint64 queueNote(Domain::Id conversationId, const QString &body);
    //! The first reply to a customer on a private channel ("Move to private"): the hub sends it
    //! on the customer's open conversation on that channel, or starts one, linked to the public
    //! conversation it came from.
    qint64 queueStartConversation(Domain::Id customerId, Domain::ChannelKind channel,
        const QString &body, Domain::Id originConversationId, const QString &overrideReason = {});
    qint64 queueAssign(Domain::Id conversationId, std::optional<Domain::Id> assigneeId);
    qint64 queueStatus(Domain::Id conversationId, Domain::ConversationStatus status);
    qint64 queuePresence(Domain::PresenceState state, const QString &reason);
    //! Supervisors: another user's presence (the hub records it in the audit log).
    qint64 queueUserPresence(
        Domain::Id userId, Domain::PresenceState state, const QString &reason);
    //! Supervisors: a note only the conversation's agent (and supervisors) see; masked as notes are.
    qint64 queueWhisper(Domain::Id conversationId, const QString &body);
    //! Supervisors: the conversation becomes theirs.
    qint64 queueTakeOver(Domain::Id conversationId);
    //! The conversation's tags, replacing the ones it has.
    qint64 queueTags(Domain::Id conversationId, const QStringList &tags);
    //! Call control: action is "answer", "decline", "hold", "resume", "end" or "transfer"
    //! (whose body carries "to_user_id"). The hub decides whether the call's state allows it.
    qint64 queueCallAction(Domain::Id callId, const QString &action, const QJsonObject &body = {});
    //! Completes a call record: a disposition code (a-z 0-9 _) and notes.
    qint64 queueWrapUp(Domain::Id callId, const QString &disposition, const QString &notes);
    //! Supervisors: customer mergedId is the same person as customerId and goes into it.
    qint64 queueMergeCustomers(Domain::Id customerId, Domain::Id mergedId);
    //! Supervisors: the identities and conversations listed belong to someone else, a new
    //! customer called name.
    qint64 queueSplitCustomer(Domain::Id customerId, const QList<Domain::Id> &identityIds,
        const QList<Domain::Id> &conversationIds, const QString &name);
    //! Sends a conflicted reply again, now answering afterMessageId, optionally with new text.
    bool retryConflict(qint64 outboxId, Domain::Id afterMessageId,
        const std::optional<QString> &newBody = std::nullopt);
    //! Sends a rejected item again unchanged (e.g. after an administrator fixed a permission).
    bool retryRejected(qint64 outboxId);
    //! Sends a reply the hub's reply policy refused again, overriding the policy with a reason.
    bool retryWithOverride(qint64 outboxId, const QString &reason);
    //! Drops a conflicted or rejected item the agent gave up on.
    bool discard(qint64 outboxId);
    //! Reads a page of the hub's audit log (supervisors); the answer comes as auditPage().
    void fetchAudit(qint64 after);
    //! Supervisors' reads (board, insights, reports, monitoring); lives on this engine's thread.
    SupervisorSync *supervisor() const { return m_supervisor; }

    //! Saves the number-th file of a message to path (chosen by the agent); the download reports
    //! and deletes itself. Not through the outbox: it changes nothing on the hub.
    AttachmentDownload *downloadAttachment(Domain::Id messageId, int number, const QString &path);

    void markRead(Domain::Id conversationId);
    //! The agent opened a customer: remembered as recent, and their timeline fetched if the
    //! cache does not hold it yet.
    void noteOpened(Domain::Id customerId);

Q_SIGNALS:
    void stateChanged(Switchboard::Sync::SyncState state);
    //! The state with what the ui shows next to it; emitted with every stateChanged() and
    //! whenever the last-sync time moves (threads other than the engine's should use this one).
    void statusChanged(Switchboard::Sync::SyncState state, const QDateTime &lastSyncAt,
        const QString &offlineReason);
    //! Something in the cache changed; models re-read what the set names.
    void changed(const Switchboard::Store::ChangeSet &changes);
    //! The seqs of the events just applied, in order (each is applied once, ever).
    void eventsApplied(const QList<Switchboard::Domain::Seq> &seqs);
    void initialSyncProgress(int customersDone, int customersTotal);
    //! The hub no longer accepts the session; sign in again. The engine has stopped.
    void authenticationRequired(const QString &reason);
    void outboxConflict(const Switchboard::Store::OutboxItem &item);
    void outboxRejected(const Switchboard::Store::OutboxItem &item);
    //! The cache could not be written; what failed is not recorded.
    void cacheFailed(const QString &message);
    //! A page of the audit log (GET /api/v1/audit items); nextAfter is -1 on the last page.
    void auditPage(const QJsonArray &entries, qint64 nextAfter);
    void auditFailed(const QString &reason);
    //! A new audit log entry arrived on the stream (audit.created; supervisors and admins).
    void auditCreated(const QJsonObject &entry);
    //! A row of the supervisor's board changed (board.agent or board.queue, supervisors only).
    void boardChanged(Switchboard::Domain::Seq seq, const QString &type, const QJsonObject &row);

private:
    void setState(SyncState state, const QString &reason = {});
    void connectToHub();
    void openStream();
    void scheduleReconnect(const QString &reason);
    void onHello();
    void onEvents(const QList<Domain::Event> &events);
    void onCursor(Domain::Seq seq, bool live);
    void onClosed(int code, const QString &reason);
    void onInitialSyncFailed(const QString &message, bool transportFailed, int status);
    void publish(const Store::ChangeSet &changes);
    void backfill(const Store::ChangeSet &changes);
    void fetchTimeline(Domain::Id customerId);
    qint64 enqueue(Store::OutboxItem::Kind kind, std::optional<Domain::Id> conversationId,
        const QString &path, const QJsonObject &body, const QByteArray &method = "POST");
    void endSession(const QString &reason);
    //! Runs action on an outbox item in one transaction; true if it found the item and acted.
    bool settleOutboxItem(qint64 outboxId,
        const std::function<bool(Store::Outbox &, const Store::OutboxItem &, Store::ChangeSet &)>
            &action);

    Store::CacheDatabase &m_cache;
    Net::HttpClient &m_http;
    Net::EventStream *m_stream;
    InitialSync *m_initialSync;
    OutboxSender *m_sender;
    GuardrailSync *m_guardrails;
    SupervisorSync *m_supervisor;
    WakeDetector *m_wake;
    Settings m_settings;
    Net::NetworkSettings m_network;
    QByteArray m_token;
    Domain::User m_me;
    Backoff m_backoff;
    QTimer m_reconnectTimer;
    SyncState m_state = SyncState::Offline;
    QString m_offlineReason;
    QDateTime m_lastSyncAt;
    QSet<Domain::Id> m_timelinesInFlight;
    bool m_running = false;
};

} // namespace Switchboard::Sync
