// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncEngine.h"

#include "AttachmentDownload.h"
#include "GuardrailSync.h"
#include "InitialSync.h"
#include "OutboxSender.h"
#include "SupervisorSync.h"
#include "SyncLog.h"
#include "WakeDetector.h"
#include "domain/IdList.h"
#include "net/EventStream.h"
#include "net/HttpClient.h"
#include "net/HttpJob.h"
#include "net/HttpRequest.h"
#include "net/HttpResponse.h"
#include "policy/Masking.h"
#include "store/CacheDatabase.h"
#include "store/CacheError.h"
#include "store/CacheReader.h"
#include "store/CacheSchema.h"
#include "store/CacheWriter.h"
#include "store/Outbox.h"

#include <QJsonObject>

namespace Switchboard::Sync {

using namespace Domain;
using Store::OutboxItem;

namespace {

// Close codes of the hub's stream (docs/api.md, 4.6).
constexpr int CloseUnauthorized = 4401;
constexpr int CloseCursorAhead = 4409;

QJsonValue optionalIdValue(std::optional<Id> id)
{
    return id ? QJsonValue(*id) : QJsonValue(QJsonValue::Null);
}

QJsonObject overrideBody(const QString &reason)
{
    return {{QLatin1String("reason"), reason.trimmed()}};
}

} // namespace

SyncEngine::SyncEngine(Store::CacheDatabase &cache, Net::HttpClient &http, QObject *parent)
    : QObject(parent)
    , m_cache(cache)
    , m_http(http)
    , m_stream(new Net::EventStream(this))
    , m_initialSync(new InitialSync(http, cache, this))
    , m_sender(new OutboxSender(http, cache, this))
    , m_guardrails(new GuardrailSync(http, cache, this))
    , m_supervisor(new SupervisorSync(http, this))
    , m_wake(new WakeDetector(this))
{
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &SyncEngine::connectToHub);

    connect(m_stream, &Net::EventStream::hello, this, &SyncEngine::onHello);
    connect(m_stream, &Net::EventStream::events, this, &SyncEngine::onEvents);
    connect(m_stream, &Net::EventStream::live, this, [this](qint64 seq) { onCursor(seq, true); });
    connect(
        m_stream, &Net::EventStream::heartbeat, this, [this](qint64 seq) { onCursor(seq, false); });
    connect(m_stream, &Net::EventStream::closed, this, &SyncEngine::onClosed);

    connect(m_initialSync, &InitialSync::changed, this, &SyncEngine::publish);
    connect(m_initialSync, &InitialSync::progress, this, [this](int done, int total) {
        setState(SyncState::CatchingUp);
        Q_EMIT initialSyncProgress(done, total);
    });
    connect(m_initialSync, &InitialSync::finished, this, &SyncEngine::openStream);
    connect(m_initialSync, &InitialSync::failed, this, &SyncEngine::onInitialSyncFailed);

    connect(m_sender, &OutboxSender::changed, this, &SyncEngine::publish);
    connect(m_sender, &OutboxSender::conflict, this, &SyncEngine::outboxConflict);
    connect(m_sender, &OutboxSender::rejected, this, &SyncEngine::outboxRejected);
    connect(m_sender, &OutboxSender::cacheFailed, this, &SyncEngine::cacheFailed);
    connect(m_sender, &OutboxSender::unauthorized, this,
        [this] { endSession(tr("the hub no longer accepts this session")); });
    connect(m_sender, &OutboxSender::hubUnreachable, this, [this](const QString &reason) {
        // The stream will notice too; reconnecting resumes the outbox.
        if (m_state == SyncState::Live || m_state == SyncState::CatchingUp)
            reconnectNow();
        else
            scheduleReconnect(reason);
    });

    connect(m_guardrails, &GuardrailSync::changed, this, &SyncEngine::publish);
    connect(m_guardrails, &GuardrailSync::cacheFailed, this, &SyncEngine::cacheFailed);
    connect(m_guardrails, &GuardrailSync::auditPage, this, &SyncEngine::auditPage);
    connect(m_guardrails, &GuardrailSync::auditFailed, this, &SyncEngine::auditFailed);

    connect(m_wake, &WakeDetector::woke, this, &SyncEngine::reconnectNow);
    connect(m_wake, &WakeDetector::networkOnline, this, [this] {
        if (m_state == SyncState::Offline)
            reconnectNow();
    });
}

SyncEngine::~SyncEngine()
{
    stop();
}

static_assert(SyncEngine::Settings{}.firstSyncBatchRecords == InitialSync::DefaultBatchRecords);

void SyncEngine::setSettings(const Settings &settings)
{
    m_settings = settings;
    m_backoff.setLimits(settings.reconnectBaseMs, settings.reconnectCapMs);
    m_stream->setSilenceTimeoutMs(settings.silenceTimeoutMs);
    m_initialSync->setBatchRecords(settings.firstSyncBatchRecords);
}

void SyncEngine::start(const Net::NetworkSettings &network, const QByteArray &token, const User &me)
{
    stop();
    m_network = network;
    m_token = token;
    m_me = me;
    m_http.setSettings(network);
    m_http.setBearerToken(token);
    m_running = true;
    m_backoff.reset();
    try {
        Store::CacheWriter writer(m_cache);
        Store::CacheReader reader(m_cache);
        m_lastSyncAt = reader.lastSyncAt();
        m_cache.transaction([&] {
            writer.setMeta(Store::Schema::Meta::userIdKey, QString::number(me.id));
            // The signed-in user is in the cache before anything else, so "mine" works offline.
            Store::ChangeSet ignored;
            writer.upsertUser(me, ignored);
        });
    } catch (const Store::CacheError &error) {
        Q_EMIT cacheFailed(error.message());
    }
    connectToHub();
}

void SyncEngine::stop()
{
    m_running = false;
    m_reconnectTimer.stop();
    m_initialSync->abort();
    m_sender->pause();
    m_sender->abort();
    m_guardrails->abort();
    m_supervisor->abort();
    m_stream->close();
    setState(SyncState::Offline);
}

void SyncEngine::reconnectNow()
{
    if (!m_running)
        return;
    m_backoff.reset();
    m_reconnectTimer.stop();
    m_stream->close();
    connectToHub();
}

void SyncEngine::setState(SyncState state, const QString &reason)
{
    const QString offlineReason = state == SyncState::Offline ? reason : QString();
    if (state == m_state && offlineReason == m_offlineReason)
        return;
    m_offlineReason = offlineReason;
    const bool changedState = state != m_state;
    m_state = state;
    if (changedState)
        Q_EMIT stateChanged(state);
    Q_EMIT statusChanged(m_state, m_lastSyncAt, m_offlineReason);
}

void SyncEngine::connectToHub()
{
    if (!m_running)
        return;
    setState(SyncState::Connecting);
    bool initialDone = false;
    try {
        initialDone = Store::CacheReader(m_cache).initialSyncDone();
    } catch (const Store::CacheError &error) {
        Q_EMIT cacheFailed(error.message());
        scheduleReconnect(error.message());
        return;
    }
    if (initialDone)
        openStream();
    else
        m_initialSync->start(m_me);
}

void SyncEngine::openStream()
{
    if (!m_running)
        return;
    Seq cursor = 0;
    try {
        cursor = Store::CacheReader(m_cache).cursor();
    } catch (const Store::CacheError &error) {
        Q_EMIT cacheFailed(error.message());
        scheduleReconnect(error.message());
        return;
    }
    setState(SyncState::Connecting);
    m_stream->open(m_network, m_token, cursor);
}

void SyncEngine::scheduleReconnect(const QString &reason)
{
    if (!m_running)
        return;
    m_sender->pause();
    const int delay = m_backoff.next();
    qCInfo(lcSync, "offline (%s); reconnecting in %d ms", qUtf8Printable(reason), delay);
    setState(SyncState::Offline, reason);
    m_reconnectTimer.start(delay);
}

void SyncEngine::onHello()
{
    setState(SyncState::CatchingUp);
    // The hub is there: whatever the agent did meanwhile can go now, in order.
    m_sender->resume();
    // Once per connection: a cache from before the policy existed, or a policy changed while
    // the event log was compacted, still gets the hub's rules. policy.updated keeps it current.
    m_guardrails->fetchPolicy();
}

void SyncEngine::publish(const Store::ChangeSet &changes)
{
    if (!changes.isEmpty())
        Q_EMIT changed(changes);
}

void SyncEngine::onEvents(const QList<Event> &events)
{
    Store::ChangeSet changes;
    QList<Seq> applied;
    try {
        Store::CacheWriter writer(m_cache);
        m_cache.transaction([&] { applied = writer.applyEvents(events, changes); });
    } catch (const Store::CacheError &error) {
        // Not applied, cursor not moved: reconnecting replays these events.
        Q_EMIT cacheFailed(error.message());
        m_stream->close();
        scheduleReconnect(error.message());
        return;
    }
    m_lastSyncAt = QDateTime::currentDateTimeUtc();
    if (!applied.isEmpty())
        Q_EMIT eventsApplied(applied);
    publish(changes);
    backfill(changes);
    // Audit entries and board rows are not cached: a supervisor's open audit log and board
    // show them as they come.
    for (const Event &event : events) {
        // The type first: most events are neither, and the seq lookup walks the list.
        if (event.type == EventType::AuditCreated && applied.contains(event.seq))
            Q_EMIT auditCreated(event.data);
        else if (event.type.startsWith(QLatin1String("board.")) && applied.contains(event.seq))
            Q_EMIT boardChanged(event.seq, event.type, event.data);
    }
}

void SyncEngine::onCursor(Seq seq, bool live)
{
    try {
        Store::CacheWriter writer(m_cache);
        m_cache.transaction([&] { writer.advanceCursor(seq); });
    } catch (const Store::CacheError &error) {
        Q_EMIT cacheFailed(error.message());
    }
    m_lastSyncAt = QDateTime::currentDateTimeUtc();
    if (live) {
        m_backoff.reset();
        setState(SyncState::Live);
        Q_EMIT statusChanged(m_state, m_lastSyncAt, m_offlineReason);
    } else {
        // The state is unchanged, but the ui shows the time of the last sync.
        Q_EMIT statusChanged(m_state, m_lastSyncAt, m_offlineReason);
    }
}

void SyncEngine::onClosed(int code, const QString &reason)
{
    if (!m_running)
        return;
    if (code == CloseUnauthorized) {
        endSession(reason);
        return;
    }
    if (code == CloseCursorAhead) {
        // The hub's log is behind our cursor: another database. Start over from its state.
        qCWarning(lcSync, "the hub's event log is behind this cache; syncing from scratch");
        Store::ChangeSet changes;
        try {
            Store::CacheWriter writer(m_cache);
            m_cache.transaction([&] {
                writer.reset(changes);
                writer.upsertUser(m_me, changes);
            });
        } catch (const Store::CacheError &error) {
            Q_EMIT cacheFailed(error.message());
        }
        publish(changes);
        connectToHub();
        return;
    }
    scheduleReconnect(reason.isEmpty() ? tr("connection lost") : reason);
}

void SyncEngine::onInitialSyncFailed(const QString &message, bool transportFailed, int status)
{
    if (status == 401) {
        endSession(message);
        return;
    }
    Q_UNUSED(transportFailed)
    scheduleReconnect(message);
}

void SyncEngine::endSession(const QString &reason)
{
    stop();
    setState(SyncState::Offline, reason);
    Q_EMIT authenticationRequired(reason);
}

void SyncEngine::backfill(const Store::ChangeSet &changes)
{
    if (changes.conversations.isEmpty())
        return;
    // A conversation that reached us without its history (transferred to us, or a customer we
    // never had): fetch the customer's whole timeline once.
    try {
        Store::CacheReader reader(m_cache);
        QSet<Id> customers;
        for (const Id conversationId : changes.conversations) {
            if (const auto conversation = reader.conversation(conversationId))
                customers.insert(conversation->customerId);
        }
        for (const Id customerId : std::as_const(customers)) {
            if (!reader.timelineLoaded(customerId))
                fetchTimeline(customerId);
        }
    } catch (const Store::CacheError &error) {
        Q_EMIT cacheFailed(error.message());
    }
}

void SyncEngine::fetchTimeline(Id customerId)
{
    if (!m_running || m_timelinesInFlight.contains(customerId))
        return;
    m_timelinesInFlight.insert(customerId);
    Net::HttpJob *job = m_http.send(
        Net::HttpRequest::get(QStringLiteral("/api/v1/customers/%1/timeline").arg(customerId)));
    connect(
        job, &Net::HttpJob::finished, this, [this, customerId](const Net::HttpResponse &response) {
            m_timelinesInFlight.remove(customerId);
            if (!response.ok()) {
                qCInfo(lcSync, "could not fetch the timeline of customer %lld: %s", customerId,
                    qUtf8Printable(
                        response.transportFailed() ? response.errorString : response.hubMessage()));
                return;
            }
            Store::ChangeSet changes;
            try {
                Store::CacheWriter writer(m_cache);
                m_cache.transaction([&] { writer.applyTimeline(response.json(), changes); });
            } catch (const Store::CacheError &error) {
                Q_EMIT cacheFailed(error.message());
                return;
            }
            publish(changes);
        });
}

qint64 SyncEngine::enqueue(OutboxItem::Kind kind, std::optional<Id> conversationId,
    const QString &path, const QJsonObject &body, const QByteArray &method)
{
    Store::ChangeSet changes;
    qint64 id = -1;
    try {
        Store::Outbox outbox(m_cache);
        m_cache.transaction(
            [&] { id = outbox.enqueue(kind, conversationId, method, path, body, changes).id; });
    } catch (const Store::CacheError &error) {
        Q_EMIT cacheFailed(error.message());
        return -1;
    }
    publish(changes);
    m_sender->pump();
    return id;
}

qint64 SyncEngine::queueReply(
    Id conversationId, const QString &body, Id afterMessageId, const QString &overrideReason)
{
    QJsonObject request{{QLatin1String("kind"), QLatin1String("reply")},
        {QLatin1String("body"), body},
        {QLatin1String("after"),
            afterMessageId > 0 ? QJsonValue(afterMessageId) : QJsonValue(QJsonValue::Null)}};
    if (!overrideReason.trimmed().isEmpty())
        request.insert(QLatin1String("override"), overrideBody(overrideReason));
    return enqueue(OutboxItem::Kind::Reply, conversationId,
        QStringLiteral("/api/v1/conversations/%1/messages").arg(conversationId), request);
}

qint64 SyncEngine::queueNote(Id conversationId, const QString &body)
{
    // The hub masks them too; masking here keeps full card numbers out of the cache file.
    return enqueue(OutboxItem::Kind::Note, conversationId,
        QStringLiteral("/api/v1/conversations/%1/messages").arg(conversationId),
        {{QLatin1String("kind"), QLatin1String("note")},
            {QLatin1String("body"), Policy::Masking::maskCardNumbers(body)}});
}

qint64 SyncEngine::queueStartConversation(Id customerId, ChannelKind channel, const QString &body,
    Id originConversationId, const QString &overrideReason)
{
    QJsonObject request{{QLatin1String("channel"), toWire(channel)}, {QLatin1String("body"), body}};
    if (originConversationId > 0)
        request.insert(QLatin1String("origin_conversation_id"), originConversationId);
    if (!overrideReason.trimmed().isEmpty())
        request.insert(QLatin1String("override"), overrideBody(overrideReason));
    // Kept with the public conversation, where the agent moved from, until the hub answers.
    return enqueue(OutboxItem::Kind::StartConversation,
        originConversationId > 0 ? std::optional<Id>(originConversationId) : std::nullopt,
        QStringLiteral("/api/v1/customers/%1/conversations").arg(customerId), request);
}

qint64 SyncEngine::queueAssign(Id conversationId, std::optional<Id> assigneeId)
{
    return enqueue(OutboxItem::Kind::Assign, conversationId,
        QStringLiteral("/api/v1/conversations/%1/assign").arg(conversationId),
        {{QLatin1String("assignee_id"), optionalIdValue(assigneeId)}});
}

qint64 SyncEngine::queueStatus(Id conversationId, ConversationStatus status)
{
    return enqueue(OutboxItem::Kind::Status, conversationId,
        QStringLiteral("/api/v1/conversations/%1/status").arg(conversationId),
        {{QLatin1String("status"), toWire(status)}});
}

qint64 SyncEngine::queuePresence(PresenceState state, const QString &reason)
{
    return enqueue(OutboxItem::Kind::Presence, std::nullopt, QStringLiteral("/api/v1/me/presence"),
        {{QLatin1String("state"), toWire(state)}, {QLatin1String("reason"), reason}}, "PUT");
}

qint64 SyncEngine::queueUserPresence(Id userId, PresenceState state, const QString &reason)
{
    return enqueue(OutboxItem::Kind::Presence, std::nullopt,
        QStringLiteral("/api/v1/users/%1/presence").arg(userId),
        {{QLatin1String("state"), toWire(state)}, {QLatin1String("reason"), reason}}, "PUT");
}

qint64 SyncEngine::queueWhisper(Id conversationId, const QString &body)
{
    return enqueue(OutboxItem::Kind::Whisper, conversationId,
        QStringLiteral("/api/v1/conversations/%1/whisper").arg(conversationId),
        {{QLatin1String("body"), Policy::Masking::maskCardNumbers(body)}});
}

qint64 SyncEngine::queueTakeOver(Id conversationId)
{
    return enqueue(OutboxItem::Kind::TakeOver, conversationId,
        QStringLiteral("/api/v1/conversations/%1/take-over").arg(conversationId), {});
}

qint64 SyncEngine::queueTags(Id conversationId, const QStringList &tags)
{
    return enqueue(OutboxItem::Kind::Tags, conversationId,
        QStringLiteral("/api/v1/conversations/%1/tags").arg(conversationId),
        {{QLatin1String("tags"), QJsonArray::fromStringList(tags)}}, "PUT");
}

qint64 SyncEngine::queueCallAction(Id callId, const QString &action, const QJsonObject &body)
{
    return enqueue(OutboxItem::Kind::CallAction, std::nullopt,
        QStringLiteral("/api/v1/calls/%1/%2").arg(callId).arg(action), body);
}

qint64 SyncEngine::queueWrapUp(Id callId, const QString &disposition, const QString &notes)
{
    return enqueue(OutboxItem::Kind::WrapUp, std::nullopt,
        QStringLiteral("/api/v1/calls/%1/wrapup").arg(callId),
        {{QLatin1String("disposition"), disposition},
            {QLatin1String("notes"), Policy::Masking::maskCardNumbers(notes)}});
}

qint64 SyncEngine::queueMergeCustomers(Id customerId, Id mergedId)
{
    return enqueue(OutboxItem::Kind::MergeCustomers, std::nullopt,
        QStringLiteral("/api/v1/customers/%1/merge").arg(customerId),
        {{QLatin1String("customer_id"), mergedId}});
}

qint64 SyncEngine::queueSplitCustomer(Id customerId, const QList<Id> &identityIds,
    const QList<Id> &conversationIds, const QString &name)
{
    return enqueue(OutboxItem::Kind::SplitCustomer, std::nullopt,
        QStringLiteral("/api/v1/customers/%1/split").arg(customerId),
        {{QLatin1String("identity_ids"), Domain::idsToJson(identityIds)},
            {QLatin1String("conversation_ids"), Domain::idsToJson(conversationIds)},
            {QLatin1String("name"), name}});
}

bool SyncEngine::settleOutboxItem(qint64 outboxId,
    const std::function<bool(Store::Outbox &, const OutboxItem &, Store::ChangeSet &)> &action)
{
    Store::ChangeSet changes;
    bool ok = false;
    try {
        Store::Outbox outbox(m_cache);
        m_cache.transaction([&] {
            const auto item = outbox.item(outboxId);
            ok = item && action(outbox, *item, changes);
        });
    } catch (const Store::CacheError &error) {
        Q_EMIT cacheFailed(error.message());
        return false;
    }
    publish(changes);
    m_sender->pump();
    return ok;
}

bool SyncEngine::retryConflict(
    qint64 outboxId, Id afterMessageId, const std::optional<QString> &newBody)
{
    QJsonObject bodyChanges{{QLatin1String("after"), afterMessageId}};
    if (newBody)
        bodyChanges.insert(QLatin1String("body"), *newBody);
    return settleOutboxItem(
        outboxId, [&](Store::Outbox &outbox, const OutboxItem &item, Store::ChangeSet &changes) {
            return item.state == OutboxItem::State::Conflict
                && outbox.requeue(outboxId, bodyChanges, changes);
        });
}

bool SyncEngine::retryRejected(qint64 outboxId)
{
    return settleOutboxItem(
        outboxId, [&](Store::Outbox &outbox, const OutboxItem &item, Store::ChangeSet &changes) {
            return item.state == OutboxItem::State::Rejected
                && outbox.requeue(outboxId, {}, changes);
        });
}

bool SyncEngine::retryWithOverride(qint64 outboxId, const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return false;
    return settleOutboxItem(
        outboxId, [&](Store::Outbox &outbox, const OutboxItem &item, Store::ChangeSet &changes) {
            const bool reply = item.kind == OutboxItem::Kind::Reply
                || item.kind == OutboxItem::Kind::StartConversation;
            return reply && item.state == OutboxItem::State::Rejected
                && outbox.requeue(
                    outboxId, {{QLatin1String("override"), overrideBody(reason)}}, changes);
        });
}

void SyncEngine::fetchAudit(qint64 after)
{
    if (m_running)
        m_guardrails->fetchAudit(after);
    else
        Q_EMIT auditFailed(tr("not signed in"));
}

bool SyncEngine::discard(qint64 outboxId)
{
    return settleOutboxItem(
        outboxId, [&](Store::Outbox &outbox, const OutboxItem &item, Store::ChangeSet &changes) {
            // A queued item may be on the wire; only settled ones can be dropped.
            if (item.state == OutboxItem::State::Queued)
                return false;
            outbox.remove(outboxId, changes);
            return true;
        });
}

AttachmentDownload *SyncEngine::downloadAttachment(
    Id messageId, int number, const QString &path)
{
    auto *download = new AttachmentDownload(m_http, messageId, number, path);
    download->start();
    return download;
}

void SyncEngine::markRead(Id conversationId)
{
    Store::ChangeSet changes;
    try {
        Store::CacheWriter writer(m_cache);
        m_cache.transaction([&] { writer.markRead(conversationId, changes); });
    } catch (const Store::CacheError &error) {
        Q_EMIT cacheFailed(error.message());
        return;
    }
    publish(changes);
}

void SyncEngine::noteOpened(Id customerId)
{
    Store::ChangeSet changes;
    bool loaded = true;
    try {
        Store::CacheWriter writer(m_cache);
        m_cache.transaction(
            [&] { writer.noteOpened(customerId, QDateTime::currentDateTimeUtc(), changes); });
        loaded = Store::CacheReader(m_cache).timelineLoaded(customerId);
    } catch (const Store::CacheError &error) {
        Q_EMIT cacheFailed(error.message());
        return;
    }
    publish(changes);
    if (!loaded)
        fetchTimeline(customerId);
}

} // namespace Switchboard::Sync
