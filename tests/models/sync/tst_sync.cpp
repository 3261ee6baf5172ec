// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The sync engine against a real hub process on loopback: first sync, live events, the outbox
// across hub outages and desktop crashes, hub restarts mid-stream, conflicts and rejections.
#include "ApiClient.h"
#include "HubProcess.h"
#include "SyncedDesktop.h"
#include "item/ConversationModel.h"
#include "item/InboxModel.h"
#include "net/HttpClient.h"
#include "store/CacheDatabase.h"
#include "store/CacheReader.h"
#include "store/CacheSchema.h"
#include "store/CacheWriter.h"
#include "store/Outbox.h"
#include "sync/SyncEngine.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>
#include <algorithm>

using namespace Switchboard;
using namespace Switchboard::Test;
using Store::OutboxItem;
using Sync::SyncState;

namespace {

constexpr int Long = 60000;
const QString DemoPassword = QStringLiteral("switchboard");

// A hub process on the demo data, with a fixed port so it can be restarted in place.
struct Hub
{
    QTemporaryDir dir;
    std::unique_ptr<HubProcess> process;
    QUrl url;

    bool start(quint16 port = 0)
    {
        QTemporaryFile config(dir.filePath(QStringLiteral("hub-XXXXXX.conf")));
        config.setAutoRemove(false);
        if (!config.open())
            return false;
        // Short heartbeats so silent streams and cursors move quickly in tests.
        config.write("[stream]\nheartbeat_seconds = 1\n");
        config.close();
        process = std::make_unique<HubProcess>(QStringList{QStringLiteral("--listen"),
            QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("--data"), dir.path(),
            QStringLiteral("--demo"), QStringLiteral("--config"), config.fileName()});
        QString error;
        if (!process->start(&error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        url = process->url();
        return true;
    }
    bool restart() { return start(quint16(url.port())); }
};

// One desktop, signed in as a demo user: quick retries, and a stream that falls silent is
// noticed within seconds (the hub here heartbeats every second).
struct Desktop : SyncedDesktop
{
    Desktop()
    {
        network.backoffBaseMs = 10;
        settings.silenceTimeoutMs = 5000;
    }
};

Domain::User userFrom(const ApiReply &reply)
{
    return Domain::User::fromJson(reply.json).value_or(Domain::User{});
}

// Every event the hub has for this token after `since`, through the REST catch-up.
QList<qint64> hubEventSeqs(ApiClient &api, const QString &token, qint64 since)
{
    QList<qint64> seqs;
    for (;;) {
        const ApiReply reply
            = api.get(QStringLiteral("/api/v1/events?since=%1&limit=1000").arg(since), token);
        for (const QJsonValue &event : reply.json.value(QLatin1String("events")).toArray())
            seqs << event.toObject().value(QLatin1String("seq")).toInteger();
        since = reply.json.value(QLatin1String("next")).toInteger();
        if (!reply.json.value(QLatin1String("more")).toBool())
            return seqs;
    }
}

QJsonArray messagesOf(ApiClient &api, const QString &token, qint64 conversationId)
{
    return api
        .get(QStringLiteral("/api/v1/conversations/%1/messages?limit=1000").arg(conversationId),
            token)
        .items();
}

ApiReply postNote(ApiClient &api, const QString &token, qint64 conversationId, const QString &body)
{
    return api.post(QStringLiteral("/api/v1/conversations/%1/messages").arg(conversationId),
        {{QStringLiteral("kind"), QStringLiteral("note")}, {QStringLiteral("body"), body},
            {QStringLiteral("client_id"), newClientId()}},
        token);
}

} // namespace

class SyncTest : public QObject
{
    Q_OBJECT

    Hub m_hub;
    QString m_agentToken;
    QString m_supervisorToken;
    Domain::User m_agent;
    qint64 m_conversation = 0;
    QTemporaryDir m_caches;

    ApiClient api() { return ApiClient(m_hub.url); }

    // The cache after a first sync holds the agent's working set as the hub has it.
    void verifyWorkingSet(Desktop &desktop)
    {
        ApiClient client = api();
        Store::CacheReader reader = desktop.reader();
        QVERIFY(reader.initialSyncDone());
        // Every user of the directory.
        QCOMPARE(reader.agents().size(),
            client.get(QStringLiteral("/api/v1/users"), m_agentToken).items().size());
        // Every open or pending conversation of the agent and every waiting one, each with the
        // customer's whole timeline.
        for (const QString &query : {QStringLiteral("assignee=me&status=open"),
                 QStringLiteral("assignee=me&status=pending"),
                 QStringLiteral("assignee=unassigned&status=open")}) {
            const QJsonArray conversations
                = client
                      .get(QStringLiteral("/api/v1/conversations?limit=500&") + query, m_agentToken)
                      .items();
            for (const QJsonValue &value : conversations) {
                const QJsonObject conversation = value.toObject();
                const qint64 id = conversation.value(QLatin1String("id")).toInteger();
                QVERIFY2(reader.conversation(id).has_value(), qPrintable(QString::number(id)));
                QVERIFY(reader.timelineLoaded(
                    conversation.value(QLatin1String("customer_id")).toInteger()));
                const QJsonArray messages = messagesOf(client, m_agentToken, id);
                QCOMPARE(reader.messagesPage(id, 0, 1000).size(), messages.size());
                // The first sync builds the full-text index at its end: every message is found
                // by the words of its body.
                for (const QJsonValue &message : messages) {
                    static const QRegularExpression nonWord(
                        QStringLiteral("\\W+"), QRegularExpression::UseUnicodePropertiesOption);
                    const QString body = message.toObject()
                                             .value(QLatin1String("body"))
                                             .toString()
                                             .split(nonWord, Qt::SkipEmptyParts)
                                             .mid(0, 6)
                                             .join(QLatin1Char(' '));
                    if (body.isEmpty())
                        continue;
                    const qint64 messageId
                        = message.toObject().value(QLatin1String("id")).toInteger();
                    const QList<Store::SearchHit> hits = reader.search(body, 100000);
                    QVERIFY2(std::any_of(hits.cbegin(), hits.cend(),
                                 [&](const Store::SearchHit &hit) {
                                     return hit.messageId == messageId;
                                 }),
                        qPrintable(QStringLiteral("message %1 (%2)").arg(messageId).arg(body)));
                }
            }
        }
        // The cursor caught up with the hub's log.
        const qint64 head = client.get(QStringLiteral("/healthz"), QString())
                                .json.value(QLatin1String("event_seq"))
                                .toInteger();
        QTRY_COMPARE_WITH_TIMEOUT(desktop.reader().cursor(), head, Long);
        QVERIFY(desktop.engine->lastSyncAt().isValid());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_hub.start());
        ApiClient client = api();
        m_agentToken = client.login(QStringLiteral("agent1"), DemoPassword);
        m_supervisorToken = client.login(QStringLiteral("supervisor"), DemoPassword);
        QVERIFY(!m_agentToken.isEmpty() && !m_supervisorToken.isEmpty());
        m_agent = userFrom(client.get(QStringLiteral("/api/v1/me"), m_agentToken));
        QVERIFY(m_agent.id > 0);
        const QJsonArray mine
            = client
                  .get(
                      QStringLiteral("/api/v1/conversations?assignee=me&status=open"), m_agentToken)
                  .items();
        QVERIFY(!mine.isEmpty());
        m_conversation = mine.first().toObject().value(QLatin1String("id")).toInteger();
    }

    void firstSyncPagesTheWorkingSetThenGoesLive()
    {
        Desktop desktop;
        QVERIFY(desktop.open(m_caches.filePath(QStringLiteral("first.sqlite"))));
        desktop.start(m_hub.url, m_agentToken, m_agent);
        QTRY_COMPARE_WITH_TIMEOUT(desktop.engine->state(), SyncState::Live, Long);
        verifyWorkingSet(desktop);
    }

    // Small batches: the store thread writes one while the next answers are read, and the
    // answers wait while a full batch waits for it. The cache ends the same, and the item models
    // hear of each batch as it is stored.
    void firstSyncInSmallBatchesStoresTheSameWorkingSet()
    {
        Desktop desktop;
        desktop.settings.firstSyncBatchRecords = 3;
        QVERIFY(desktop.open(m_caches.filePath(QStringLiteral("batches.sqlite"))));
        int customersAnnounced = 0;
        int batches = 0;
        desktop.start(m_hub.url, m_agentToken, m_agent);
        connect(desktop.engine.get(), &Sync::SyncEngine::changed, this,
            [&](const Store::ChangeSet &changes) {
                if (desktop.engine->state() == SyncState::Live)
                    return;
                ++batches;
                customersAnnounced += int(changes.customers.size());
            });
        QTRY_COMPARE_WITH_TIMEOUT(desktop.engine->state(), SyncState::Live, Long);
        QVERIFY2(batches > 3, qPrintable(QString::number(batches)));
        QSqlQuery customers = desktop.cache.exec(
            QStringLiteral("SELECT count(*) FROM %1").arg(Store::Schema::Customers::table));
        QVERIFY(customers.next());
        QVERIFY(customersAnnounced >= customers.value(0).toInt());
        verifyWorkingSet(desktop);
    }

    void liveEventReachesTheCache()
    {
        Desktop desktop;
        QVERIFY(desktop.open(m_caches.filePath(QStringLiteral("live.sqlite"))));
        desktop.start(m_hub.url, m_agentToken, m_agent);
        QTRY_COMPARE_WITH_TIMEOUT(desktop.engine->state(), SyncState::Live, Long);
        QSignalSpy changed(desktop.engine.get(), &Sync::SyncEngine::changed);

        ApiClient client = api();
        const ApiReply note = postNote(client, m_supervisorToken, m_conversation,
            QStringLiteral("Customer called back, see the call notes."));
        QCOMPARE(note.status, 201);
        const qint64 noteId = note.json.value(QLatin1String("id")).toInteger();
        QTRY_VERIFY_WITH_TIMEOUT(desktop.reader().message(noteId).has_value(), Long);
        bool announced = false;
        for (const QList<QVariant> &args : std::as_const(changed))
            announced = announced
                || args.first().value<Store::ChangeSet>().messagesIn.contains(m_conversation);
        QVERIFY(announced);
        QCOMPARE(desktop.reader().message(noteId)->body,
            QStringLiteral("Customer called back, see the call notes."));
    }

    void liveEventReachesTheModels()
    {
        Desktop desktop;
        QVERIFY(desktop.open(m_caches.filePath(QStringLiteral("models.sqlite"))));
        desktop.start(m_hub.url, m_agentToken, m_agent);
        QTRY_COMPARE_WITH_TIMEOUT(desktop.engine->state(), SyncState::Live, Long);
        // The ui's side: its own read-only connection, fed by the engine's change sets.
        Store::CacheDatabase uiCache;
        QVERIFY(uiCache.open(desktop.cachePath, Store::CacheDatabase::Mode::ReadOnly).ok);
        Item::InboxModel inbox(uiCache);
        Item::ConversationModel conversation(uiCache);
        QAbstractItemModelTester inboxTester(
            &inbox, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester conversationTester(
            &conversation, QAbstractItemModelTester::FailureReportingMode::QtTest);
        connect(desktop.engine.get(), &Sync::SyncEngine::changed, &inbox,
            &Item::InboxModel::applyChanges);
        connect(desktop.engine.get(), &Sync::SyncEngine::changed, &conversation,
            &Item::ConversationModel::applyChanges);
        inbox.setSignedInUser(m_agent.id);
        conversation.setConversation(m_conversation);
        QVERIFY(inbox.rowCount() > 0);
        const int before = conversation.rowCount();
        const qint64 customerId = desktop.reader().conversation(m_conversation)->customerId;

        // The customer's row moves to the top when sorted by activity and something new comes in.
        Store::InboxFilter byActivity;
        byActivity.sort = Store::InboxFilter::Sort::LastActivity;
        inbox.setFilter(byActivity);
        ApiClient client = api();
        QCOMPARE(postNote(client, m_supervisorToken, m_conversation,
                     QStringLiteral("Heads-up from the supervisor"))
                     .status,
            201);
        QTRY_COMPARE_WITH_TIMEOUT(conversation.rowCount(), before + 1, Long);
        QCOMPARE(conversation.index(before).data().toString(),
            QStringLiteral("Heads-up from the supervisor"));
        QCOMPARE(conversation.index(before).data(Item::ConversationModel::KindRole).toString(),
            QStringLiteral("note"));
        QTRY_COMPARE_WITH_TIMEOUT(
            inbox.index(0).data(Item::InboxModel::CustomerIdRole).toLongLong(), customerId, Long);

        // The agent's own reply shows at once as pending, then as the hub's message.
        desktop.engine->queueReply(
            m_conversation, QStringLiteral("Thanks, on it."), conversation.lastMessageId());
        QTRY_VERIFY_WITH_TIMEOUT(conversation.rowCount() == before + 2, Long);
        QTRY_VERIFY_WITH_TIMEOUT(
            !conversation.index(before + 1).data(Item::ConversationModel::PendingRole).toBool(),
            Long);
        QCOMPARE(
            conversation.index(before + 1).data().toString(), QStringLiteral("Thanks, on it."));
    }

    void replyWrittenWhileTheHubIsDownIsDeliveredOnce()
    {
        Desktop desktop;
        QVERIFY(desktop.open(m_caches.filePath(QStringLiteral("outage.sqlite"))));
        desktop.start(m_hub.url, m_agentToken, m_agent);
        QTRY_COMPARE_WITH_TIMEOUT(desktop.engine->state(), SyncState::Live, Long);

        m_hub.process->kill();
        QTRY_COMPARE_WITH_TIMEOUT(desktop.engine->state(), SyncState::Offline, Long);
        const qint64 last = desktop.reader().conversation(m_conversation)->lastMessageId;
        const QString text = QStringLiteral("Reply written during the outage");
        const qint64 outboxId = desktop.engine->queueReply(m_conversation, text, last);
        QVERIFY(outboxId > 0);
        QCOMPARE(desktop.outbox().size(), 1);
        QCOMPARE(desktop.outbox().first().state, OutboxItem::State::Queued);
        // Still down: the reply waits, queued, through several reconnect attempts.
        QTest::qWait(700);
        QCOMPARE(desktop.outbox().size(), 1);

        QVERIFY(m_hub.restart());
        QTRY_COMPARE_WITH_TIMEOUT(desktop.engine->state(), SyncState::Live, Long);
        QTRY_VERIFY_WITH_TIMEOUT(desktop.outbox().isEmpty(), Long);
        ApiClient client = api();
        int copies = 0;
        for (const QJsonValue &message : messagesOf(client, m_agentToken, m_conversation))
            copies += message.toObject().value(QLatin1String("body")).toString() == text;
        QCOMPARE(copies, 1);
        QVERIFY(desktop.conflicts.isEmpty() && desktop.rejections.isEmpty());
    }

    void desktopKilledAroundSendingSendsExactlyOnce()
    {
        // The two states a kill can leave the cache in, made directly: (a) queued, never sent;
        // (b) queued and stored by the hub, but the answer never recorded.
        const QString path = m_caches.filePath(QStringLiteral("crash.sqlite"));
        ApiClient client = api();
        const QString neverSent = QStringLiteral("Queued, then the desktop was killed");
        const QString sentUnrecorded = QStringLiteral("Sent, then the desktop was killed");
        {
            Store::CacheDatabase cache;
            QVERIFY(cache.open(path).ok);
            Store::Outbox outbox(cache);
            Store::ChangeSet changes;
            outbox.enqueue(OutboxItem::Kind::Note, m_conversation, "POST",
                QStringLiteral("/api/v1/conversations/%1/messages").arg(m_conversation),
                {{QStringLiteral("kind"), QStringLiteral("note")},
                    {QStringLiteral("body"), neverSent}},
                changes);
            const OutboxItem second = outbox.enqueue(OutboxItem::Kind::Note, m_conversation, "POST",
                QStringLiteral("/api/v1/conversations/%1/messages").arg(m_conversation),
                {{QStringLiteral("kind"), QStringLiteral("note")},
                    {QStringLiteral("body"), sentUnrecorded}},
                changes);
            // What the killed desktop had already put on the wire.
            const ApiReply sent = client.post(second.path, second.body, m_agentToken);
            QCOMPARE(sent.status, 201);
        }
        Desktop desktop;
        QVERIFY(desktop.open(path));
        QCOMPARE(desktop.outbox().size(), 2);
        desktop.start(m_hub.url, m_agentToken, m_agent);
        QTRY_VERIFY_WITH_TIMEOUT(desktop.outbox().isEmpty(), Long);
        int neverSentCopies = 0;
        int sentCopies = 0;
        for (const QJsonValue &message : messagesOf(client, m_agentToken, m_conversation)) {
            const QString body = message.toObject().value(QLatin1String("body")).toString();
            neverSentCopies += body == neverSent;
            sentCopies += body == sentUnrecorded;
        }
        QCOMPARE(neverSentCopies, 1);
        QCOMPARE(sentCopies, 1);
    }

    void hubKilledMidStreamLeavesNoGapAndNoDuplicate()
    {
        Desktop desktop;
        QVERIFY(desktop.open(m_caches.filePath(QStringLiteral("restart.sqlite"))));
        desktop.start(m_hub.url, m_agentToken, m_agent);
        QTRY_COMPARE_WITH_TIMEOUT(desktop.engine->state(), SyncState::Live, Long);
        const qint64 from = desktop.reader().cursor();
        desktop.applied.clear();

        auto write = [&](int count) {
            ApiClient client = api();
            for (int i = 0; i < count; ++i)
                QCOMPARE(postNote(client, m_supervisorToken, m_conversation,
                             QStringLiteral("note %1").arg(i))
                             .status,
                    201);
        };
        write(15);
        m_hub.process->kill();
        QVERIFY(m_hub.restart());
        write(15);
        QTRY_COMPARE_WITH_TIMEOUT(desktop.engine->state(), SyncState::Live, Long);
        ApiClient client = api();
        const QList<qint64> expected = hubEventSeqs(client, m_agentToken, from);
        QTRY_COMPARE_WITH_TIMEOUT(desktop.applied.size(), expected.size(), Long);
        QCOMPARE(desktop.applied, expected);
    }

    void desktopRestartResumesFromItsCursor()
    {
        const QString path = m_caches.filePath(QStringLiteral("resume.sqlite"));
        qint64 cursor = 0;
        {
            Desktop desktop;
            QVERIFY(desktop.open(path));
            desktop.start(m_hub.url, m_agentToken, m_agent);
            QTRY_COMPARE_WITH_TIMEOUT(desktop.engine->state(), SyncState::Live, Long);
            desktop.stop();
            cursor = desktop.reader().cursor();
        }
        ApiClient client = api();
        for (int i = 0; i < 5; ++i)
            QCOMPARE(postNote(client, m_supervisorToken, m_conversation,
                         QStringLiteral("while closed %1").arg(i))
                         .status,
                201);
        Desktop desktop;
        QVERIFY(desktop.open(path));
        desktop.start(m_hub.url, m_agentToken, m_agent);
        QTRY_COMPARE_WITH_TIMEOUT(desktop.engine->state(), SyncState::Live, Long);
        QCOMPARE(desktop.applied, hubEventSeqs(client, m_agentToken, cursor));
        QVERIFY(desktop.applied.size() >= 5);
    }

    void conflictComesBackWithTheMissedMessages()
    {
        Desktop desktop;
        QVERIFY(desktop.open(m_caches.filePath(QStringLiteral("conflict.sqlite"))));
        desktop.start(m_hub.url, m_agentToken, m_agent);
        QTRY_COMPARE_WITH_TIMEOUT(desktop.engine->state(), SyncState::Live, Long);
        const qint64 seen = desktop.reader().conversation(m_conversation)->lastMessageId;
        // A colleague writes while the agent types.
        ApiClient client = api();
        QCOMPARE(client
                     .post(QStringLiteral("/api/v1/conversations/%1/messages").arg(m_conversation),
                         {{QStringLiteral("kind"), QStringLiteral("reply")},
                             {QStringLiteral("body"), QStringLiteral("Colleague's answer")},
                             {QStringLiteral("after"), seen},
                             {QStringLiteral("client_id"), newClientId()}},
                         m_supervisorToken)
                     .status,
            201);
        const qint64 outboxId
            = desktop.engine->queueReply(m_conversation, QStringLiteral("My answer"), seen);
        QTRY_COMPARE_WITH_TIMEOUT(desktop.conflicts.size(), 1, Long);
        const OutboxItem conflict = desktop.conflicts.first();
        QCOMPARE(conflict.id, outboxId);
        QCOMPARE(conflict.state, OutboxItem::State::Conflict);
        QVERIFY(!conflict.missed.isEmpty());
        QCOMPARE(conflict.missed.last().body, QStringLiteral("Colleague's answer"));
        // Kept, visible, not sent.
        QCOMPARE(desktop.outbox().size(), 1);
        QCOMPARE(desktop.outbox().first().state, OutboxItem::State::Conflict);

        // The agent read what they missed and sends anyway.
        QVERIFY(desktop.engine->retryConflict(outboxId, conflict.missed.last().id));
        QTRY_VERIFY_WITH_TIMEOUT(desktop.outbox().isEmpty(), Long);
        int copies = 0;
        for (const QJsonValue &message : messagesOf(client, m_agentToken, m_conversation))
            copies += message.toObject().value(QLatin1String("body")).toString()
                == QLatin1String("My answer");
        QCOMPARE(copies, 1);
    }

    void rejectedItemStaysWithTheHubsReason()
    {
        Desktop desktop;
        QVERIFY(desktop.open(m_caches.filePath(QStringLiteral("rejected.sqlite"))));
        desktop.start(m_hub.url, m_agentToken, m_agent);
        QTRY_COMPARE_WITH_TIMEOUT(desktop.engine->state(), SyncState::Live, Long);
        desktop.engine->queueStatus(99999999, Domain::ConversationStatus::Resolved);
        // Items after a rejected one still go.
        desktop.engine->queueNote(m_conversation, QStringLiteral("after the rejected one"));
        QTRY_COMPARE_WITH_TIMEOUT(desktop.rejections.size(), 1, Long);
        QTRY_COMPARE_WITH_TIMEOUT(desktop.outbox().size(), 1, Long);
        const OutboxItem rejected = desktop.outbox().first();
        QCOMPARE(rejected.state, OutboxItem::State::Rejected);
        QCOMPARE(rejected.errorCode, QStringLiteral("not_found"));
        QVERIFY(rejected.errorMessage.contains(QLatin1String("99999999")));
        QVERIFY(desktop.engine->discard(rejected.id));
        QVERIFY(desktop.outbox().isEmpty());
    }

    void signedOutSessionAsksForSignIn()
    {
        ApiClient client = api();
        const QString token = client.login(QStringLiteral("agent1"), DemoPassword);
        Desktop desktop;
        QVERIFY(desktop.open(m_caches.filePath(QStringLiteral("signout.sqlite"))));
        desktop.start(m_hub.url, token, m_agent);
        QTRY_COMPARE_WITH_TIMEOUT(desktop.engine->state(), SyncState::Live, Long);
        QSignalSpy required(desktop.engine.get(), &Sync::SyncEngine::authenticationRequired);
        QCOMPARE(client.post(QStringLiteral("/api/v1/auth/logout"), {}, token).status, 204);
        QTRY_COMPARE_WITH_TIMEOUT(required.size(), 1, Long);
        QCOMPARE(desktop.engine->state(), SyncState::Offline);
        // It stays down: no reconnect loop with a dead token.
        QTest::qWait(600);
        QCOMPARE(desktop.engine->state(), SyncState::Offline);
    }

    void cursorAheadOfTheHubSyncsFromScratch()
    {
        Desktop desktop;
        QVERIFY(desktop.open(m_caches.filePath(QStringLiteral("ahead.sqlite"))));
        {
            // A cache from another hub's database: its cursor is far ahead of this log.
            Store::CacheWriter writer(desktop.cache);
            writer.setMeta(Store::Schema::Meta::cursorKey, QStringLiteral("999999999"));
            writer.setMeta(Store::Schema::Meta::initialSyncDoneKey, QStringLiteral("1"));
        }
        desktop.start(m_hub.url, m_agentToken, m_agent);
        QTRY_COMPARE_WITH_TIMEOUT(desktop.engine->state(), SyncState::Live, Long);
        Store::CacheReader reader = desktop.reader();
        QVERIFY(reader.cursor() < 999999999);
        QVERIFY(reader.conversation(m_conversation).has_value());
    }
};

QTEST_GUILESS_MAIN(SyncTest)
#include "tst_sync.moc"
