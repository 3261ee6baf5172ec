// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The reply policy's side of syncing, against a hub in this process: the policy in the cache at
// sign-in and after an admin changes it (never an older copy over a newer one, offline after a
// restart), "Move to private" through the outbox exactly once, a reply the hub's policy refuses
// kept with the hub's reason and findings, and an override that lands in the audit log, which
// reaches supervisors and never agents.
#include "ApiClient.h"
#include "GuardrailScenario.h"
#include "SyncedDesktop.h"
#include "TestHub.h"
#include "item/PolicySource.h"
#include "net/HttpClient.h"
#include "store/CacheDatabase.h"
#include "store/CacheReader.h"
#include "store/CacheWriter.h"
#include "store/Outbox.h"
#include "sync/SyncEngine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Switchboard;
using namespace Switchboard::Test;
using Domain::ChannelKind;
using Domain::IdentityKind;
using Store::OutboxItem;
using Sync::SyncState;

namespace {

constexpr int Long = 30000;
const QString Card = QStringLiteral("4111 1111 1111 1111");

QString updatedAt(const QJsonObject &policy)
{
    return policy.value(QLatin1String("updated_at")).toString();
}

using Desktop = SyncedDesktop;

} // namespace

class GuardrailSyncTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestHub> m_hub;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<GuardrailScenario> m_scenario;
    QTemporaryDir m_dir;
    Domain::User m_agent;
    Domain::User m_supervisor;
    int m_identities = 0;

    QString path(const QString &name) { return m_dir.filePath(name + QLatin1String(".sqlite")); }
    Domain::Conversation facebookComment(std::optional<Domain::Id> assignee)
    {
        return m_scenario->customerWrites(ChannelKind::FacebookComment, IdentityKind::Facebook,
            QStringLiteral("fb-sync-%1").arg(++m_identities), assignee);
    }
    //! A note written on the hub; its id, or 0 if the hub refused it.
    Domain::Id writeNote(Domain::Id conversationId, const QString &token)
    {
        const ApiReply note
            = m_api->post(QStringLiteral("/api/v1/conversations/%1/messages").arg(conversationId),
                {{QStringLiteral("kind"), QStringLiteral("note")},
                    {QStringLiteral("body"), QStringLiteral("Written on the hub after it")},
                    {QStringLiteral("client_id"), newClientId()}},
                token);
        return note.status == 201 ? note.json.value(QLatin1String("id")).toInteger() : 0;
    }
    QJsonObject hubPolicy()
    {
        return m_api->get(QStringLiteral("/api/v1/policy"), m_scenario->agentToken).json;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_hub = std::make_unique<TestHub>();
        m_api = std::make_unique<ApiClient>(m_hub->url());
        m_scenario = std::make_unique<GuardrailScenario>(*m_hub, *m_api);
        QVERIFY(m_scenario->signIn());
        m_agent = m_hub->user(QStringLiteral("agent1"));
        m_supervisor = m_hub->user(QStringLiteral("supervisor"));
    }

    void policyIsCachedAtSignInAndFollowsTheAdmin()
    {
        const ApiReply first
            = m_scenario->blockWord(QStringLiteral("first"), QStringLiteral("Acme"));
        QCOMPARE(first.status, 200);

        Desktop desktop;
        QVERIFY(desktop.open(path(QStringLiteral("policy"))));
        desktop.start(m_hub->url(), m_scenario->agentToken, m_agent);
        // GET /policy at sign-in.
        QTRY_COMPARE_WITH_TIMEOUT(
            updatedAt(desktop.reader().policy()), updatedAt(first.json), Long);
        Item::PolicySettings settings = Item::PolicySource(desktop.cache).settings();
        QVERIFY(settings.config);
        QCOMPARE(settings.config->rules.size(), 1);
        QCOMPARE(settings.config->rules.first().id, QStringLiteral("first"));
        QCOMPARE(settings.overrideRole, Domain::Role::Supervisor);
        QTRY_COMPARE_WITH_TIMEOUT(desktop.engine->state(), SyncState::Live, Long);

        // The admin changes it: policy.updated brings the new document, and says so.
        QSignalSpy changed(desktop.engine.get(), &Sync::SyncEngine::changed);
        const ApiReply second
            = m_scenario->blockWord(QStringLiteral("second"), QStringLiteral("Globex"));
        QCOMPARE(second.status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(desktop.reader().policy(), second.json, Long);
        QVERIFY(std::any_of(changed.cbegin(), changed.cend(), [](const QList<QVariant> &args) {
            return args.first().value<Store::ChangeSet>().policy;
        }));
        settings = Item::PolicySource(desktop.cache).settings();
        QCOMPARE(settings.config->rules.first().id, QStringLiteral("second"));
        QCOMPARE(
            settings.updatedAt, QDateTime::fromString(updatedAt(second.json), Qt::ISODateWithMs));

        // Offline after a restart: the same policy, from the cache alone.
        desktop.stop();
        desktop.cache.close();
        Store::CacheDatabase reopened;
        QVERIFY(reopened.open(path(QStringLiteral("policy"))).ok);
        settings = Item::PolicySource(reopened).settings();
        QVERIFY(settings.config);
        QCOMPARE(settings.config->rules.first().id, QStringLiteral("second"));
    }

    void anOlderPolicyNeverReplacesANewerOne()
    {
        // The cache holds a copy newer than anything the hub sends next (as when policy.updated
        // was applied before a slow GET /policy answered).
        Desktop desktop;
        QVERIFY(desktop.open(path(QStringLiteral("newer"))));
        QJsonObject newer = hubPolicy();
        QVERIFY(!updatedAt(newer).isEmpty());
        newer.insert(QStringLiteral("updated_at"), QStringLiteral("2999-01-01T00:00:00.000Z"));
        newer.insert(QStringLiteral("rules"), QJsonArray());
        {
            Store::ChangeSet changes;
            Store::CacheWriter writer(desktop.cache);
            bool stored = false;
            desktop.cache.transaction([&] { stored = writer.storePolicy(newer, changes); });
            QVERIFY(stored);
        }
        desktop.start(m_hub->url(), m_scenario->agentToken, m_agent);
        QTRY_COMPARE_WITH_TIMEOUT(desktop.engine->state(), SyncState::Live, Long);

        // An admin's change, older than the held copy, comes as policy.updated; a note written
        // after it shows the event has been applied (events are applied in order).
        QCOMPARE(
            m_scenario->blockWord(QStringLiteral("third"), QStringLiteral("Initech")).status, 200);
        const Domain::Conversation comment = facebookComment(m_agent.id);
        const Domain::Id note = writeNote(comment.id, m_scenario->agentToken);
        QVERIFY(note > 0);
        QTRY_VERIFY_WITH_TIMEOUT(desktop.reader().message(note), Long);
        QCOMPARE(desktop.reader().policy(), newer);
    }

    void moveToPrivateStartsTheConversationOnceAcrossAKill()
    {
        const Domain::Conversation comment = facebookComment(m_agent.id);
        const QString text = QStringLiteral("Hi Robin, let's sort out your bill here.");
        const QString cachePath = path(QStringLiteral("start"));
        {
            // The desktop queued it, put it on the wire, and was killed before the answer.
            Desktop killed;
            QVERIFY(killed.open(cachePath));
            // Queued through the engine's own call; an engine not started sends nothing.
            killed.http = std::make_unique<Net::HttpClient>(Net::NetworkSettings{});
            killed.engine = std::make_unique<Sync::SyncEngine>(killed.cache, *killed.http);
            const qint64 id = killed.engine->queueStartConversation(
                comment.customerId, ChannelKind::Messenger, text, comment.id);
            QVERIFY(id > 0);
            const OutboxItem item = *Store::Outbox(killed.cache).item(id);
            QCOMPARE(item.kind, OutboxItem::Kind::StartConversation);
            QCOMPARE(item.conversationId, std::optional<Domain::Id>(comment.id));
            const ApiReply sent = m_api->post(item.path, item.body, m_scenario->agentToken);
            QCOMPARE(sent.status, 201);
        }
        Desktop desktop;
        QVERIFY(desktop.open(cachePath));
        QCOMPARE(desktop.outbox().size(), 1);
        desktop.start(m_hub->url(), m_scenario->agentToken, m_agent);
        QTRY_VERIFY_WITH_TIMEOUT(desktop.outbox().isEmpty(), Long);
        QVERIFY(desktop.rejections.isEmpty());

        // One private conversation on the hub, linked to the comment, with one message.
        QList<Domain::Conversation> privateOnes;
        for (const Domain::Conversation &c : m_scenario->conversationsOf(comment.customerId)) {
            if (c.channel == ChannelKind::Messenger)
                privateOnes << c;
        }
        QCOMPARE(privateOnes.size(), 1);
        const Domain::Conversation messenger = privateOnes.first();
        QCOMPARE(messenger.originConversationId, std::optional<Domain::Id>(comment.id));
        QCOMPARE(messenger.assigneeId, std::optional<Domain::Id>(m_agent.id));
        const QJsonArray messages = m_scenario->messagesOf(messenger.id);
        QCOMPARE(messages.size(), 1);
        QCOMPARE(messages.first().toObject().value(QLatin1String("body")).toString(), text);

        // Both are in the cache.
        const auto cached = desktop.reader().conversation(messenger.id);
        QVERIFY(cached);
        QCOMPARE(cached->originConversationId, std::optional<Domain::Id>(comment.id));
        const auto message = desktop.reader().message(
            messages.first().toObject().value(QLatin1String("id")).toInteger());
        QVERIFY(message);
        QCOMPARE(message->conversationId, messenger.id);
        QCOMPARE(message->body, text);
    }

    void refusedReplyKeepsTheHubsReasonAndFindings()
    {
        const Domain::Conversation comment = facebookComment(m_agent.id);
        const QString text = QStringLiteral("Your card %1 is on file.").arg(Card);
        Desktop desktop;
        QVERIFY(desktop.open(path(QStringLiteral("refused"))));
        desktop.start(m_hub->url(), m_scenario->agentToken, m_agent);
        QTRY_COMPARE_WITH_TIMEOUT(desktop.engine->state(), SyncState::Live, Long);

        // A client that did not check (the composer would not have let this go).
        const qint64 id = desktop.engine->queueReply(comment.id, text, comment.lastMessageId);
        QTRY_COMPARE_WITH_TIMEOUT(desktop.rejections.size(), 1, Long);
        OutboxItem refused = *Store::Outbox(desktop.cache).item(id);
        QCOMPARE(refused.state, OutboxItem::State::Rejected);
        QCOMPARE(refused.errorCode, QStringLiteral("policy_blocked"));
        QVERIFY2(refused.errorMessage.contains(QLatin1String("payment card number")),
            qPrintable(refused.errorMessage));
        QCOMPARE(refused.findings.size(), 1);
        const QJsonObject finding = refused.findings.first().toObject();
        QCOMPARE(finding.value(QLatin1String("kind")).toString(), QStringLiteral("card_number"));
        QCOMPARE(finding.value(QLatin1String("severity")).toString(), QStringLiteral("block"));
        QCOMPARE(finding.value(QLatin1String("start")).toInt(), int(text.indexOf(Card)));
        QCOMPARE(
            finding.value(QLatin1String("end")).toInt(), int(text.indexOf(Card) + Card.size()));
        QCOMPARE(m_scenario->messagesOf(comment.id).size(), 1); // the customer's only

        // An agent may not override: the hub says so and the reply stays refused.
        QVERIFY(!desktop.engine->retryWithOverride(id, QStringLiteral("   ")));
        QVERIFY(desktop.engine->retryWithOverride(id, QStringLiteral("The customer asked")));
        QTRY_COMPARE_WITH_TIMEOUT(desktop.rejections.size(), 2, Long);
        refused = *Store::Outbox(desktop.cache).item(id);
        QCOMPARE(refused.state, OutboxItem::State::Rejected);
        QCOMPARE(refused.errorCode, QStringLiteral("forbidden"));
        QCOMPARE(m_scenario->messagesOf(comment.id).size(), 1);
        QVERIFY(desktop.engine->discard(id));
        QVERIFY(desktop.outbox().isEmpty());
    }

    void supervisorsOverrideLandsInTheAuditLogOfSupervisorsOnly()
    {
        const Domain::Conversation comment = facebookComment(m_agent.id);
        const QString text = QStringLiteral("Card %1 confirmed, as you asked.").arg(Card);
        const QString reason = QStringLiteral("Customer's own test card, confirmed by phone");

        Desktop agent;
        QVERIFY(agent.open(path(QStringLiteral("audit-agent"))));
        agent.start(m_hub->url(), m_scenario->agentToken, m_agent);
        Desktop supervisor;
        QVERIFY(supervisor.open(path(QStringLiteral("audit-supervisor"))));
        supervisor.start(m_hub->url(), m_scenario->supervisorToken, m_supervisor);
        QTRY_COMPARE_WITH_TIMEOUT(agent.engine->state(), SyncState::Live, Long);
        QTRY_COMPARE_WITH_TIMEOUT(supervisor.engine->state(), SyncState::Live, Long);

        const qint64 id = supervisor.engine->queueReply(comment.id, text, comment.lastMessageId);
        QTRY_COMPARE_WITH_TIMEOUT(supervisor.rejections.size(), 1, Long);
        QCOMPARE(supervisor.rejections.first().errorCode, QStringLiteral("policy_blocked"));
        QVERIFY(supervisor.engine->retryWithOverride(id, reason));
        QTRY_VERIFY_WITH_TIMEOUT(supervisor.outbox().isEmpty(), Long);

        // On the hub, and in both caches (the agent's through the stream).
        const QJsonArray messages = m_scenario->messagesOf(comment.id);
        QCOMPARE(messages.size(), 2);
        const QJsonObject sent = messages.last().toObject();
        QCOMPARE(sent.value(QLatin1String("body")).toString(), text);
        const Domain::Id messageId = sent.value(QLatin1String("id")).toInteger();
        QVERIFY(supervisor.reader().message(messageId));
        QTRY_VERIFY_WITH_TIMEOUT(agent.reader().message(messageId).has_value(), Long);

        // audit.created reaches the supervisor's engine live...
        QTRY_COMPARE_WITH_TIMEOUT(supervisor.auditCreated.size(), 1, Long);
        const QJsonObject live = supervisor.auditCreated.first();
        QCOMPARE(live.value(QLatin1String("action")).toString(),
            QStringLiteral("reply_policy.override"));
        QCOMPARE(live.value(QLatin1String("reason")).toString(), reason);
        QCOMPARE(live.value(QLatin1String("message_id")).toInteger(), messageId);
        QCOMPARE(live.value(QLatin1String("conversation_id")).toInteger(), comment.id);
        QVERIFY(!QJsonDocument(live).toJson().contains(Card.toUtf8())); // never the text

        // ...and never the agent's, which has applied everything written with it and after it.
        const Domain::Id noteId = writeNote(comment.id, m_scenario->supervisorToken);
        QVERIFY(noteId > 0);
        QTRY_VERIFY_WITH_TIMEOUT(agent.reader().message(noteId).has_value(), Long);
        QVERIFY(agent.auditCreated.isEmpty());

        // The audit log read through the engine: the supervisor's page has the entry.
        QSignalSpy page(supervisor.engine.get(), &Sync::SyncEngine::auditPage);
        supervisor.engine->fetchAudit(0);
        QTRY_COMPARE_WITH_TIMEOUT(page.size(), 1, Long);
        const QJsonArray entries = page.first().at(0).toJsonArray();
        QVERIFY(std::any_of(entries.begin(), entries.end(), [&](const QJsonValue &entry) {
            return entry.toObject().value(QLatin1String("message_id")).toInteger() == messageId
                && entry.toObject().value(QLatin1String("reason")).toString() == reason;
        }));
        // An agent's engine is refused it.
        QSignalSpy refused(agent.engine.get(), &Sync::SyncEngine::auditFailed);
        QSignalSpy agentPage(agent.engine.get(), &Sync::SyncEngine::auditPage);
        agent.engine->fetchAudit(0);
        QTRY_COMPARE_WITH_TIMEOUT(refused.size(), 1, Long);
        QVERIFY(agentPage.isEmpty());
    }
};

QTEST_GUILESS_MAIN(GuardrailSyncTest)
#include "tst_guardrail_sync.moc"
